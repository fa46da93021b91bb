import { z } from 'zod';
import { decodeCursor } from '@/lib/api/cursor';
import { slugParamSchema } from './params';

export const API_DEFAULT_LIMIT = 20;
export const API_MAX_LIMIT = 50;

/**
 * Query string of GET /api/v1/articles. Unlike the reader pages, bad input is a 400, not a
 * fallback. Unknown parameters (cache busters) are ignored.
 */
export const articleListQuerySchema = z.object({
    limit: z
      .string()
      .regex(/^[0-9]{1,3}$/, 'limit must be a whole number')
      .transform(Number)
      .pipe(z.number().int().min(1).max(API_MAX_LIMIT))
      .optional(),
    cursor: z
      .string()
      .transform((text, ctx) => {
        const cursor = decodeCursor(text);
        if (!cursor) ctx.addIssue({ code: 'custom', message: 'cursor is not valid; use nextCursor from a previous page' });
        return cursor ?? z.NEVER;
      })
      .optional(),
    section: slugParamSchema.optional(),
    author: slugParamSchema.optional(),
  });

export type ArticleListQueryInput = z.infer<typeof articleListQuerySchema>;

/** Flattened `{ field: [messages] }` for a 400 body. */
export function issuesByField(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    (out[key] ??= []).push(issue.code === 'unrecognized_keys' ? `unknown parameter(s): ${issue.keys.join(', ')}` : issue.message);
  }
  return out;
}
