import { z } from 'zod';
import { linksSchema, plainBioSchema } from './author';

export const profileSchema = z.object({
  name: z.string().trim().min(1, 'Enter your name.').max(120, 'At most 120 characters.'),
  bio: plainBioSchema,
  links: linksSchema,
});

export const passwordSchema = z
  .object({
    current: z.string().min(1, 'Enter your current password.').max(1000),
    next: z.string().min(12, 'Use at least 12 characters.').max(200, 'At most 200 characters.'),
    confirm: z.string().max(200),
  })
  .refine((v) => v.next === v.confirm, { path: ['confirm'], message: 'The two new passwords differ.' });
