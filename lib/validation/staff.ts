import { z } from 'zod';
import { ROLES } from '@/lib/domain';

const role = z.enum(ROLES, { error: 'Pick a role.' });

export const inviteSchema = z.object({
  email: z.string().trim().toLowerCase().max(320, 'At most 320 characters.').pipe(z.email('Enter a valid email address, like name@example.org.')),
  name: z.string().trim().min(1, 'Enter the person’s name.').max(120, 'At most 120 characters.'),
  role,
  // 'new' creates a profile, 'none' links none, a number links that existing profile.
  author: z.union([z.enum(['new', 'none']), z.coerce.number().int().positive()], { error: 'Pick an author profile option.' }),
});
export type InviteInput = z.infer<typeof inviteSchema>;

export const roleChangeSchema = z.object({ id: z.coerce.number().int().positive(), role });
export const staffIdSchema = z.object({ id: z.coerce.number().int().positive() });

/** The password an invited person (or a reset link) sets. */
export const newPasswordSchema = z
  .object({
    password: z.string().min(12, 'Use at least 12 characters.').max(200, 'At most 200 characters.'),
    confirm: z.string().max(200),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The two passwords differ.' });

/** One-time link tokens are 32 random bytes in base64url. */
export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
