import { z } from 'zod';
import { MAX_QUERY_CHARS } from '@/lib/search/match';
import { pageParamSchema, slugParamSchema } from './params';

// A repeated parameter (?q=a&q=b) arrives as an array: the first value counts.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optionalSlug = z.preprocess(first, slugParamSchema.optional().catch(undefined));

/** Search page query string. Never fails: odd values fall back to "no filter" or page 1. */
export const searchParamsSchema = z.object({
  q: z.preprocess(first, z.string().catch('').default('')).transform((q) => q.slice(0, MAX_QUERY_CHARS)),
  section: optionalSlug,
  author: optionalSlug,
  page: z.preprocess(first, pageParamSchema.catch(1).default(1)),
});

export type SearchParamsInput = z.infer<typeof searchParamsSchema>;
