import { z } from 'zod';
import { slugField } from './author';

const name = z.string().trim().min(1, 'Enter a name.').max(80, 'At most 80 characters.');
const description = z
  .string()
  .trim()
  .max(500, 'At most 500 characters.')
  .refine((v) => !/<\s*\/?\s*[a-z!?]/i.test(v), 'The description is plain text: remove the HTML tags.');

export const sectionSchema = z.object({
  name,
  slug: slugField,
  description,
  position: z.coerce.number({ error: 'Enter a whole number.' }).int('Enter a whole number.').min(0, 'Use 0 or more.').max(999, 'At most 999.'),
});

export const tagSchema = z.object({ name, slug: slugField, description });

export const idSchema = z.coerce.number().int().positive();
export const mergeTargetSchema = z.object({ target: z.coerce.number({ error: 'Pick where to merge.' }).int().positive('Pick where to merge.') });
