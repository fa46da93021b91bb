import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db } from '../client';
import { articles, contentState, frontBanner } from '../schema';
import { articlesByPublished } from './visibility';

export type ContentState = {
  /** Changes with every write readers can see (triggers of migration 0007, in the write's own transaction). */
  token: string;
  /**
   * The earliest moment still in the future at which readers' pages change by time alone, with no
   * write to change the token: a published or scheduled story comes due, or the breaking-news
   * banner expires. Null when none is ahead.
   */
  nextChangeAt: number | null;
};

/**
 * What reader pages depend on, in one query: the content token and the next time a story comes
 * due or the banner expires. The minimum is one seek of the partial "visible" index (articles_visible_published_idx).
 */
export async function readContentState(now: number = Date.now()): Promise<ContentState> {
  const [row] = await db
    .select({
      token: contentState.token,
      nextChangeAt: sql<number | null>`(select min(due.at) from (
        select min(${articles.publishedAt}) as at from ${articlesByPublished} where ${articles.status} in ('published', 'scheduled') and ${articles.publishedAt} > ${now}
        union all select ${frontBanner.expiresAt} as at from ${frontBanner} where ${frontBanner.expiresAt} > ${now}) as due)`,
    })
    .from(contentState)
    .where(eq(contentState.id, 1))
    .limit(1);
  if (!row) throw new Error('content_state has no row: the database is not migrated (npm run db:migrate)');
  return { token: row.token, nextChangeAt: row.nextChangeAt === null ? null : Number(row.nextChangeAt) };
}
