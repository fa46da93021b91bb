import 'server-only';
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { env } from '@/lib/env';
import type { ItemVersion } from '@/lib/wire/item-version';
import type { Position } from '@/lib/wire/cursor';
import { settingsSchema } from '@/lib/validation/settings';
import { db, type Db } from '../client';
import { articleAuthors, articles, authors, media, sections, siteSettings } from '../schema';
import { visibleToReaders } from './visibility';
import { enqueueDeliveries } from './wire-outbox';

// THE ADAPTER between today's stories and the client side of the wire service (issue 12). It maps
// each story readers can see to one item version: uri urn:meridianwire:item:<id>, the story's
// version column as its version, pubstatus usable, urgency 3, the site's language and the agency's
// copyright. The story side of issue 12 brings real versions (kill, withhold, embargo, Media
// Topics, past versions); at merge these four functions read those instead, and nothing else on
// the client side changes.

export const itemUri = (id: number) => `urn:meridianwire:item:${id}`;

const versionCreated = sql<number>`coalesce(${articles.updatedAt}, ${articles.publishedAt})`;

type Row = Awaited<ReturnType<typeof load>>[number];

type Site = { name: string; url: string; locale: string };

async function readSite(ex: Db): Promise<Site> {
  const stored = new Map((await ex.select().from(siteSettings)).map((r) => [r.key, r.value]));
  const pick = <K extends 'name' | 'url' | 'locale'>(key: K, fallback: string) => {
    const parsed = settingsSchema.shape[key].safeParse(stored.get(key));
    return parsed.success ? String(parsed.data) : fallback;
  };
  return { name: pick('name', 'Meridian Wire'), url: pick('url', env.SITE_URL).replace(/\/$/, ''), locale: pick('locale', 'en-GB') };
}

async function load(ex: Db, where: SQL, limit: number, newestFirst = true) {
  return await ex
    .select({
      id: articles.id,
      slug: articles.slug,
      headline: articles.headline,
      dek: articles.dek,
      body: articles.body,
      bodyText: articles.bodyText,
      heroImageUrl: articles.heroImageUrl,
      heroImageAlt: articles.heroImageAlt,
      heroImageCaption: articles.heroImageCaption,
      heroImageCredit: articles.heroImageCredit,
      sourceName: articles.sourceName,
      sourceUrl: articles.sourceUrl,
      version: articles.version,
      publishedAt: articles.publishedAt,
      createdAt: articles.createdAt,
      at: sql<number>`${versionCreated}`.mapWith(Number),
      sectionId: sections.id,
      sectionSlug: sections.slug,
      sectionName: sections.name,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(where)
    .orderBy(...(newestFirst ? [sql`${versionCreated} desc`, sql`${articles.id} desc`] : [sql`${versionCreated} asc`, sql`${articles.id} asc`]))
    .limit(limit);
}

async function hydrate(ex: Db, rows: Row[]): Promise<ItemVersion[]> {
  if (rows.length === 0) return [];
  const site = await readSite(ex);
  const ids = rows.map((r) => r.id);
  const bylines = new Map<number, string[]>();
  const found = await ex
    .select({ articleId: articleAuthors.articleId, name: authors.name })
    .from(articleAuthors)
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
    .where(inArray(articleAuthors.articleId, ids))
    .orderBy(asc(articleAuthors.articleId), asc(articleAuthors.position));
  for (const b of found) bylines.set(b.articleId, [...(bylines.get(b.articleId) ?? []), b.name]);
  const paths = rows.flatMap((r) => (r.heroImageUrl?.startsWith('/media/') ? [r.heroImageUrl.slice('/media/'.length)] : []));
  const sizes = new Map(
    paths.length ? (await ex.select().from(media).where(inArray(media.path, paths))).map((m) => [`/media/${m.path}`, m]) : [],
  );
  return rows.map((r): ItemVersion => {
    const firstCreated = r.publishedAt ?? r.createdAt;
    const m = r.heroImageUrl ? sizes.get(r.heroImageUrl) : undefined;
    return {
      itemId: r.id,
      uri: itemUri(r.id),
      version: r.version,
      pubstatus: 'usable',
      firstCreated,
      versionCreated: new Date(r.at),
      embargoedUntil: null,
      urgency: 3,
      language: site.locale,
      slugline: null,
      headline: r.headline,
      dek: r.dek,
      bodyHtml: r.body,
      bodyText: r.bodyText,
      byline: bylines.get(r.id) ?? [],
      located: null,
      genre: null,
      section: { id: r.sectionId, slug: r.sectionSlug, name: r.sectionName },
      mediaTopics: [],
      copyrightHolder: site.name,
      copyrightNotice: `© ${firstCreated.getUTCFullYear()} ${site.name}`,
      usageTerms: null,
      ednote: null,
      source: r.sourceName ? { name: r.sourceName, url: r.sourceUrl } : null,
      webUrl: `${site.url}/${r.sectionSlug}/${r.slug}`,
      image: r.heroImageUrl
        ? {
            href: r.heroImageUrl.startsWith('/') ? `${site.url}${r.heroImageUrl}` : r.heroImageUrl,
            alt: r.heroImageAlt,
            caption: r.heroImageCaption,
            credit: r.heroImageCredit,
            width: m?.width ?? null,
            height: m?.height ?? null,
            bytes: m?.bytes ?? null,
            mime: m?.mime ?? null,
          }
        : null,
    };
  });
}

/**
 * Wire API list: the latest version of each item clients may be offered, newest version first,
 * strictly older than `before` and strictly newer than `after` (either may be null).
 */
export async function listItemVersions(opts: { before: Position | null; after: Position | null; limit: number }, now = Date.now()): Promise<ItemVersion[]> {
  const older = (p: Position) => sql`(${versionCreated} < ${p.at} or (${versionCreated} = ${p.at} and ${articles.id} < ${p.itemId}))`;
  const newer = (p: Position) => sql`(${versionCreated} > ${p.at} or (${versionCreated} = ${p.at} and ${articles.id} > ${p.itemId}))`;
  const where = and(visibleToReaders(now), opts.before ? older(opts.before) : undefined, opts.after ? newer(opts.after) : undefined)!;
  return hydrate(db, await load(db, where, opts.limit));
}

/** One item at its latest version (`version` null) or at exactly `version`; null when there is none. */
export async function getItemVersion(itemId: number, version: number | null, now = Date.now()): Promise<ItemVersion | null> {
  const rows = await load(db, and(eq(articles.id, itemId), visibleToReaders(now))!, 1);
  const [item] = await hydrate(db, rows);
  // Today's stories keep only their current version; the story side keeps every one.
  if (!item || (version !== null && item.version !== version)) return null;
  return item;
}

/**
 * The story's current version as clients would receive it, read inside `tx` (the transaction that
 * made the version), or null when readers cannot see it. What enqueueDeliveries is given.
 */
export async function itemVersionInTx(tx: Db, articleId: number): Promise<ItemVersion | null> {
  // Scheduled stories are enqueued when published; their deliveries wait for the publish time.
  const rows = await load(tx, and(eq(articles.id, articleId), sql`${articles.status} in ('published', 'scheduled')`)!, 1);
  const [item] = await hydrate(tx, rows);
  return item ?? null;
}

/**
 * Queues today's story as a new item version for the clients' webhooks, inside the transaction of
 * the save that made it (a publish or a substantive update of a live story: lib/workflow.ts decides).
 */
export async function queueStoryVersion(tx: Db, articleId: number): Promise<void> {
  const item = await itemVersionInTx(tx, articleId);
  if (item) await enqueueDeliveries(tx, item);
}
