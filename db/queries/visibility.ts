import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { env } from '@/lib/env';
import { dialectSql } from '../dialect';
import { articleAuthors, articles, articleTags, authors } from '../schema';

/**
 * The one rule for what readers may see: published (or scheduled) and due. The status list is a
 * literal, not a bound parameter, so SQLite can use the partial indexes declared in the schema.
 * Scheduled stories need no job to go live: they become visible once their time has come.
 */
export function visibleToReaders(now: number = Date.now()): SQL {
  return sql`${articles.status} in ('published', 'scheduled') and ${articles.publishedAt} <= ${now}`;
}

/**
 * The same rule for rows already found by id (search matches joined to their story): the unary
 * plus keeps status and time out of the index key, so the covering index is probed once per id
 * rather than once per visible status (800 search matches checked in 1 ms instead of 2).
 */
export function visibleToReadersById(now: number = Date.now()): SQL {
  return sql`${dialectSql.noIndex(sql`${articles.status}`)} in ('published', 'scheduled') and ${dialectSql.noIndex(sql`${articles.publishedAt}`)} <= ${now}`;
}

/**
 * The same rule on a story's byline or tag link: triggers (migration 0003) copy the story's
 * visibility (`listed`) and publish time onto the link, so an author's or tag's page is one range
 * of the link's listing index. Callers still load the cards through visibleToReaders.
 */
export function listedForReaders(link: typeof articleAuthors | typeof articleTags, now: number = Date.now()): SQL {
  return sql`${link.listed} = true and ${link.publishedAt} <= ${now}`;
}

/** The author (in a query over authors) has a byline on a story readers can see now. */
export function hasVisibleStory(now: number = Date.now()): SQL<boolean> {
  return sql<boolean>`exists (select 1 from ${articleAuthors} where ${articleAuthors.authorId} = ${authors.id} and ${listedForReaders(articleAuthors, now)})`;
}

// Reader queries keep visibleToReaders() in their WHERE and order or aggregate by published_at, so
// a partial "visible" index serves them and stops at the limit. They name the index: without
// statistics, and with the sampled statistics openDatabase keeps (analysis_limit), SQLite takes the
// newsroom's articles_status_modified_idx and reads every visible row instead (the home page's
// latest stories: 1 s at 100,000 stories instead of 0.1 ms). query-plans.test.ts catches a query
// that seeks on the status alone.
// (PostgreSQL plans from its statistics and takes no index names: db/dialect/pg.ts.)
export const articlesByPublished = dialectSql.fromIndexed(sql`${articles}`, 'articles_visible_published_idx');
export const articlesBySectionPublished = dialectSql.fromIndexed(sql`${articles}`, 'articles_visible_section_idx');

/** Stories per listing page (configurable so tests can page through a small archive). */
export const PAGE_SIZE = env.LISTING_PAGE_SIZE;

export function pageWindow(page: number, perPage: number = PAGE_SIZE) {
  return { limit: perPage, offset: (page - 1) * perPage };
}
