import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { env } from '@/lib/env';
import { articles } from '../schema';

/**
 * The one rule for what readers may see: published (or scheduled) and due. The status list is a
 * literal, not a bound parameter, so SQLite can use the partial indexes declared in the schema.
 * Scheduled stories need no job to go live: they become visible once their time has come.
 */
export function visibleToReaders(now: number = Date.now()): SQL {
  return sql`${articles.status} in ('published', 'scheduled') and ${articles.publishedAt} <= ${now}`;
}

/** Stories per listing page (configurable so tests can page through a small archive). */
export const PAGE_SIZE = env.LISTING_PAGE_SIZE;

export function pageWindow(page: number, perPage: number = PAGE_SIZE) {
  return { limit: perPage, offset: (page - 1) * perPage };
}
