import { z } from 'zod';

/** Position in the newest-first list of stories: the last item seen. */
export type Cursor = { publishedAt: number; id: number };

const cursorSchema = z.tuple([z.number().int().nonnegative().max(8.64e15), z.number().int().positive().max(Number.MAX_SAFE_INTEGER)]);

/** Opaque to clients: base64url of `[publishedAt, id]`. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.publishedAt, cursor.id])).toString('base64url');
}

/** The cursor, or null when the text is not one we issued (wrong alphabet, JSON or shape). */
export function decodeCursor(text: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(text)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = cursorSchema.safeParse(value);
  return parsed.success ? { publishedAt: parsed.data[0], id: parsed.data[1] } : null;
}
