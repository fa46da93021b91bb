import 'server-only';
import { notFound } from 'next/navigation';
import { z } from 'zod';

const idParam = z.string().regex(/^[1-9][0-9]{0,9}$/).transform(Number);

/** The numeric story id from the route, or a 404 for anything else. */
export async function storyIdFrom(params: Promise<{ id: string }>): Promise<number> {
  const parsed = idParam.safeParse((await params).id);
  if (!parsed.success) notFound();
  return parsed.data;
}
