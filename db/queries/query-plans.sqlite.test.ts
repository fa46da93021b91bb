// Every reader query must stay an index seek (or a walk of an index) with a large archive: a full
// scan of `articles` costs milliseconds per 100,000 stories on every cache miss. This test runs each
// exported reader query on a few thousand rows, records the SQL it really sends, and checks SQLite's
// EXPLAIN QUERY PLAN: on a fresh file without statistics, with the sampled statistics openDatabase
// keeps (PRAGMA optimize with an analysis limit), and after a full ANALYZE.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Statement } from 'better-sqlite3';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { sqlite, sqliteReader } from '../client';
import * as articlesQ from './articles';
import * as authorsQ from './authors';
import * as contentApiQ from './content-api';
import * as distributionQ from './distribution';
import * as searchQ from './search';
import * as storiesQ from './stories';
import * as taxonomyQ from './taxonomy';
import { visibleToReaders, visibleToReadersById } from './visibility';

type Recorded = { sql: string; params: unknown[] };

/**
 * Tables that may be read whole, and why. Everything else (articles, article_authors,
 * article_tags, article_notes, slug_redirects, ...) must be reached through an index.
 */
const SMALL_TABLES: Record<string, string> = {
  sections: 'a few dozen rows at most; listed whole for navigation, rails and the sitemap',
  s: 'alias of sections (content API)',
  authors: 'people with a byline: hundreds, not growing with the archive; listed whole by the search filter and the sitemap',
};

/** Per-query allowances: a listing whose job is to go through a whole (mid-sized) table. */
const QUERY_ALLOWANCES: Record<string, Record<string, string>> = {
  'distribution.listSitemapPagesPublished': {
    tags: 'the sitemap names every tag page: thousands of rows read once per sitemap build; stories are reached by index',
  },
};

async function recordStatements(run: () => unknown): Promise<Recorded[]> {
  const db = sqliteReader();
  const recorded: Recorded[] = [];
  const original = db.prepare.bind(db);
  const wrap = (stmt: Statement, sql: string): Statement =>
    new Proxy(stmt, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function') return value;
        if (prop === 'all' || prop === 'get' || prop === 'run' || prop === 'iterate') {
          return (...params: unknown[]) => {
            recorded.push({ sql, params });
            return value.apply(target, params);
          };
        }
        // raw(), pluck(), expand() return the statement itself: keep recording through them.
        return (...args: unknown[]) => {
          const out = value.apply(target, args);
          return out === target ? receiver : out;
        };
      },
    });
  db.prepare = ((sql: string) => wrap(original(sql), sql)) as typeof db.prepare;
  try {
    await run();
  } finally {
    db.prepare = original as typeof db.prepare;
  }
  return recorded;
}

/** Plan lines that read a big table row by row, without an index. */
function fullScans(statement: Recorded, allowed: Record<string, string> = {}): string[] {
  const plan = sqlite()
    .prepare(`explain query plan ${statement.sql}`)
    .all(...(statement.params as never[])) as { detail: string }[];
  return plan
    .map((row) => row.detail)
    .filter((detail) => {
      // A seek on the story status alone is a scan in disguise: every published story matches
      // (the planner picks the newsroom's status index without statistics; a max(published_at)
      // through it read 100,000 rows, 700 ms, on every content API request).
      if (/^SEARCH \S+ USING (COVERING )?INDEX \S+ \(status=\?\)$/.test(detail)) return true;
      const scan = /^SCAN (\S+)(.*)$/.exec(detail);
      if (!scan) return false; // SEARCH ..., USE TEMP B-TREE, COMPOUND, CO-ROUTINE, ...
      const [, table, rest] = scan;
      if (/USING (COVERING )?INDEX|VIRTUAL TABLE|USING INTEGER PRIMARY KEY/.test(rest!)) return false; // walking an index end to end is allowed (sitemap lastmod)
      if (table === 'CONSTANT' || table!.startsWith('(')) return false; // constant rows, subquery results
      if (table === 'rail') return false; // a section rail's derived table: the result of one limited index range
      return !(table! in SMALL_TABLES) && !(table! in allowed);
    });
}

let ids = { section: 0, tag: 0, author: 0, article: 0, articleSlug: '', sectionSlug: '', tagSlug: '', authorSlug: '' };

function seed() {
  const db = sqlite();
  const now = Date.now();
  db.transaction(() => {
    const section = db.prepare('insert into sections (slug, name, position) values (?, ?, ?)');
    const tag = db.prepare('insert into tags (slug, name) values (?, ?)');
    const author = db.prepare('insert into authors (slug, name) values (?, ?)');
    const byline = db.prepare('insert into article_authors (article_id, author_id, position) values (?, ?, 0)');
    const tagLink = db.prepare('insert into article_tags (article_id, tag_id) values (?, ?)');
    const note = db.prepare(`insert into article_notes (article_id, kind, body) values (?, 'correction', 'Fixed.')`);
    for (let i = 1; i <= 20; i++) section.run(`section-${i}`, `Section ${i}`, i);
    for (let i = 1; i <= 400; i++) tag.run(`tag-${i}`, `Tag ${i}`);
    for (let i = 1; i <= 60; i++) author.run(`author-${i}`, `Author ${i}`);
    const statuses = ['published', 'published', 'published', 'published', 'published', 'published', 'draft', 'in_review', 'scheduled', 'unpublished'];
    const article = db.prepare(`insert into articles (slug, headline, dek, body, body_text, section_id, status, published_at, updated_at)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (let i = 1; i <= 4000; i++) {
      const status = statuses[i % statuses.length]!;
      const words = `harbour grain talks minister river ${i % 7 === 0 ? 'ceasefire' : 'market'} story ${i}`;
      const publishedAt = status === 'draft' || status === 'in_review' ? null : now - (4000 - i) * 60_000 + (status === 'scheduled' ? 3_600_000 : 0);
      const id = Number(
        article.run(`story-${i}`, `Headline ${words}`, `Dek ${i}`, `<p>${words}</p>`, words, (i % 20) + 1, status, publishedAt, publishedAt).lastInsertRowid,
      );
      byline.run(id, (i % 60) + 1);
      for (let t = 0; t < 3; t++) tagLink.run(id, ((i * 7 + t * 131) % 400) + 1);
      if (i % 50 === 0) note.run(id);
    }
    db.prepare(`insert into slug_redirects (kind, old_slug, target_id) values ('article', 'old-story', 3991)`);
  })();
  const pick = db.prepare(`select a.id, a.slug, s.id as sectionId, s.slug as sectionSlug from articles a join sections s on s.id = a.section_id where a.slug = 'story-3991'`).get() as {
    id: number;
    slug: string;
    sectionId: number;
    sectionSlug: string;
  };
  ids = { section: pick.sectionId, tag: 5, author: 7, article: pick.id, articleSlug: pick.slug, sectionSlug: pick.sectionSlug, tagSlug: 'tag-5', authorSlug: 'author-7' };
}

// One entry per exported reader query. The completeness test below fails when a module exports a
// query that is not listed here, so a new query cannot skip the check.
const QUERIES: Record<string, Record<string, () => unknown>> = {
  articles: {
    listLatestPublished: () => articlesQ.listLatestPublished(13),
    listSectionRailsPublished: () => articlesQ.listSectionRailsPublished(4),
    listPublishedBySection: () => articlesQ.listPublishedBySection(ids.section, 3),
    listPublishedByTag: () => articlesQ.listPublishedByTag(ids.tag, 2),
    listPublishedByAuthor: () => articlesQ.listPublishedByAuthor(ids.author, 2),
    listRelatedPublished: () => articlesQ.listRelatedPublished(ids.article, ids.section),
    getPublishedArticleBySlug: () => articlesQ.getPublishedArticleBySlug(ids.articleSlug),
    articleExtras: () => articlesQ.articleExtras(ids.article),
    getPublishedArticlePathById: () => articlesQ.getPublishedArticlePathById(ids.article),
  },
  taxonomy: {
    listSections: () => taxonomyQ.listSections(),
    getSectionBySlug: () => taxonomyQ.getSectionBySlug(ids.sectionSlug),
    getTagBySlug: () => taxonomyQ.getTagBySlug(ids.tagSlug),
    getTaxonomySlugById: async () => {
      await taxonomyQ.getTaxonomySlugById('section', ids.section);
      await taxonomyQ.getTaxonomySlugById('tag', ids.tag);
    },
    findRedirectTarget: () => taxonomyQ.findRedirectTarget('article', 'old-story'),
    sectionIdsBySlug: () => taxonomyQ.sectionIdsBySlug([ids.sectionSlug, 'no-such-section']),
  },
  authors: {
    getAuthorBySlug: () => authorsQ.getAuthorBySlug(ids.authorSlug),
    getAuthorSlugById: () => authorsQ.getAuthorSlugById(ids.author),
  },
  search: {
    searchPublishedArticles: async () => {
      await searchQ.searchPublishedArticles('harbour grain');
      await searchQ.searchPublishedArticles('ceasefire', { section: ids.sectionSlug, author: ids.authorSlug }, 2);
    },
    listAuthorsForSearchFilter: () => searchQ.listAuthorsForSearchFilter(),
  },
  distribution: {
    listFeedStoriesPublished: async () => {
      await distributionQ.listFeedStoriesPublished();
      await distributionQ.listFeedStoriesPublished({ sectionId: ids.section });
      await distributionQ.listFeedStoriesPublished({ authorId: ids.author });
    },
    countVisibleArticles: () => distributionQ.countVisibleArticles(),
    listSitemapStoriesPublished: () => distributionQ.listSitemapStoriesPublished(1000, 500),
    listNewsSitemapStoriesPublished: () => distributionQ.listNewsSitemapStoriesPublished(Date.now() - 2 * 86_400_000, 1000),
    listSitemapPagesPublished: () => distributionQ.listSitemapPagesPublished(),
  },
  'content-api': {
    listApiStoriesPublished: async () => {
      await contentApiQ.listApiStoriesPublished({ limit: 20 });
      await contentApiQ.listApiStoriesPublished({ limit: 20, after: { publishedAt: Date.now() - 600_000, id: 3990 }, sectionSlug: ids.sectionSlug });
      await contentApiQ.listApiStoriesPublished({ limit: 20, authorSlug: ids.authorSlug });
    },
    contentLastModified: () => contentApiQ.contentLastModified(),
    articleLastModified: () => contentApiQ.articleLastModified(ids.article),
  },
};

const MODULES: Record<string, Record<string, unknown>> = {
  articles: articlesQ,
  taxonomy: taxonomyQ,
  authors: authorsQ,
  search: searchQ,
  distribution: distributionQ,
  'content-api': contentApiQ,
};

describe('reader query plans', () => {
  // A few thousand stories: enough that the planner's choices are the ones it makes at scale.
  beforeAll(() => seed(), 120_000);

  it('lists every exported query of the reader modules', async () => {
    for (const [name, module] of Object.entries(MODULES)) {
      const exported = Object.entries(module)
        .filter(([, v]) => typeof v === 'function')
        .map(([k]) => k)
        .sort();
      expect(exported, `db/queries/${name}.ts`).toEqual(Object.keys(QUERIES[name]!).sort());
    }
  });

  // The newsroom's "Mine" (a contributor's whole dashboard): found from the writer's ids through
  // indexes, never by walking every story of the archive, even along an index (1.5 s at 100,000).
  it("finds a writer's own stories without walking the archive", async () => {
    const writers = [
      { id: 1, role: 'contributor', authorId: null },
      { id: 2, role: 'journalist', authorId: ids.author },
    ] as const;
    for (const actor of writers) {
      for (const run of [() => storiesQ.listStoriesForStaff(actor, { mine: true }), () => storiesQ.countStoriesByStatus(actor, true)]) {
        const statements = await recordStatements(run);
        expect(statements.length, 'the query ran').toBeGreaterThan(0);
        for (const statement of statements) {
          const plan = (sqlite().prepare(`explain query plan ${statement.sql}`).all(...(statement.params as never[])) as { detail: string }[]).map((r) => r.detail);
          expect(plan.filter((d) => /^SCAN (articles|article_authors)\b/.test(d)), statement.sql).toEqual([]);
        }
      }
    }
  });

  // Statistics as a fresh file has none, as openDatabase keeps them (sampled: analysis_limit), and
  // as a full ANALYZE writes them; the planner's choice differs between the three.
  const STATS = {
    'without statistics': null,
    'with sampled statistics': 'pragma analysis_limit = 400; analyze',
    'after ANALYZE': 'pragma analysis_limit = 0; analyze',
  } as const;
  for (const [stats, setup] of Object.entries(STATS)) {
    describe(stats, () => {
      beforeAll(async () => {
        if (setup) sqlite().exec(setup);
      });
      for (const [module, queries] of Object.entries(QUERIES)) {
        for (const [name, run] of Object.entries(queries)) {
          it(`${module}.${name} reads big tables through indexes only`, async () => {
            const statements = await recordStatements(run);
            expect(statements.length, 'the query ran').toBeGreaterThan(0);
            for (const statement of statements) {
              expect(fullScans(statement, QUERY_ALLOWANCES[`${module}.${name}`]), statement.sql).toEqual([]);
            }
          });
        }
      }
    });
  }

  it('explains each allowance, for a table that exists and a query that is checked', async () => {
    const tables = new Set((sqlite().prepare(`select name from sqlite_master where type = 'table'`).all() as { name: string }[]).map((r) => r.name));
    for (const [table, why] of [...Object.entries(SMALL_TABLES), ...Object.values(QUERY_ALLOWANCES).flatMap((a) => Object.entries(a))]) {
      // An alias ("s") must say which table it stands for.
      expect(tables, table).toContain(/^alias of (\w+)/.exec(why)?.[1] ?? table);
      expect(why.trim(), table).not.toBe('');
    }
    for (const key of Object.keys(QUERY_ALLOWANCES)) {
      const [module, name] = key.split('.');
      expect(QUERIES[module!]?.[name!], key).toBeTypeOf('function');
    }
  });

  // One visibility rule (issue 11): a reader statement that tests a story's status does so through
  // visibleToReaders(), never a hand-written copy of it that could drift.
  it('states story visibility only through visibleToReaders', async () => {
    const dialect = new SQLiteSyncDialect();
    const rules = [visibleToReaders(0), visibleToReadersById(0)].map((rule) => dialect.sqlToQuery(rule).sql);
    for (const [module, queries] of Object.entries(QUERIES)) {
      for (const [name, run] of Object.entries(queries)) {
        for (const statement of await recordStatements(run)) {
          if (!/\bstatus\b\s*(in|=|<>|!=)/i.test(statement.sql)) continue;
          expect(
            rules.some((rule) => statement.sql.includes(rule)),
            `${module}.${name}: ${statement.sql}`,
          ).toBe(true);
        }
      }
    }
  });
});
