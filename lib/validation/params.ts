import { z } from 'zod';

/** URL slugs as we mint them: lowercase ASCII words joined by hyphens, at most 120 characters. */
export const slugParamSchema = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** A listing page number from the URL: a whole number from 1 to 100000. */
export const pageParamSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,5}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(100_000));

export function parseSlug(value: string): string | null {
  const result = slugParamSchema.safeParse(value);
  return result.success ? result.data : null;
}

export function parsePage(value: string): number | null {
  const result = pageParamSchema.safeParse(value);
  return result.success ? result.data : null;
}
