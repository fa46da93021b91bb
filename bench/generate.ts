// Generates a large archive of published stories straight into SQLite, deterministically from a
// seed: the same arguments always give the same database. Used by bench/run.ts; also runnable on
// its own: `npx tsx bench/generate.ts <file> [stories]`.
import fs from 'node:fs';
import { runMigrations } from '../db/migrate';
import Database from 'better-sqlite3';
import { buildVocabulary } from './words';

export type ArchiveSpec = { file: string; stories: number; seed?: number; authors?: number; sections?: number; tags?: number };
export type ArchiveInfo = {
  stories: number;
  seconds: number;
  bytes: number;
  sample: { section: string; article: string; articleSection: string; author: string; tag: string; extraArticles: string[] };
  searchTerms: string[];
};

const SECTION_NAMES = [
  'World', 'Politics', 'Business', 'Markets', 'Technology', 'Science', 'Health', 'Climate', 'Sport', 'Culture',
  'Europe', 'Americas', 'Asia', 'Africa', 'Middle East', 'Energy', 'Transport', 'Education', 'Opinion', 'Lifestyle',
];

/** mulberry32: tiny, fast, good enough for test data, and stable across Node versions. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Zipf(s=1) sampler over `n` ranks through a lookup table (O(1) per draw). */
function zipfTable(n: number, size = 1 << 18): Uint16Array {
  const weights = Array.from({ length: n }, (_, r) => 1 / (r + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const table = new Uint16Array(size);
  let rank = 0;
  let cumulative = weights[0]! / total;
  for (let i = 0; i < size; i++) {
    while ((i + 0.5) / size > cumulative && rank < n - 1) cumulative += weights[++rank]! / total;
    table[i] = rank;
  }
  return table;
}

const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

function textMaker(random: () => number, vocabulary: string[]) {
  const table = zipfTable(vocabulary.length);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const word = () => vocabulary[table[Math.floor(random() * table.length)]!]!;
  const sentence = (words: number) => {
    const parts = [capital(word())];
    for (let i = 1; i < words; i++) parts.push(word());
    return `${parts.join(' ')}.`;
  };
  /** A story body of `words` words: HTML paragraphs and the same text in plain form. */
  const body = (words: number) => {
    const paragraphs: string[] = [];
    let left = words;
    while (left > 0) {
      const sentences: string[] = [];
      let size = Math.min(left, int(40, 110));
      left -= size;
      while (size > 0) {
        const n = Math.min(size, int(8, 24));
        sentences.push(sentence(n));
        size -= n;
      }
      paragraphs.push(sentences.join(' '));
    }
    return { html: paragraphs.map((p) => `<p>${p}</p>`).join('\n'), text: paragraphs.join('\n\n') };
  };
  return { int, word, sentence, body };
}

/** Drops the FTS triggers, runs `fill`, then indexes everything in one pass and restores them. */
function withBulkFts(sqlite: Database.Database, fill: () => void) {
  const triggers = sqlite.prepare(`select name, sql from sqlite_master where type = 'trigger' and name like 'articles_fts_%'`).all() as {
    name: string;
    sql: string;
  }[];
  for (const t of triggers) sqlite.exec(`drop trigger ${t.name}`);
  fill();
  // The same content the triggers would have written, built once per story instead of once per
  // byline and tag (each trigger rewrites the whole row).
  sqlite.exec(`insert into articles_fts(rowid, headline, dek, body, authors, tags)
    select a.id, a.headline, a.dek, a.body_text,
      coalesce((select group_concat(au.name, ' ') from article_authors aa join authors au on au.id = aa.author_id where aa.article_id = a.id), ''),
      coalesce((select group_concat(t.name, ' ') from article_tags at join tags t on t.id = at.tag_id where at.article_id = a.id), '')
    from articles a`);
  for (const t of triggers) sqlite.exec(t.sql);
}

export async function generateArchive(spec: ArchiveSpec): Promise<ArchiveInfo> {
  const started = Date.now();
  const { file, stories, seed = 20260701, authors: authorCount = 200, sections: sectionCount = 20, tags: tagCount = 2000 } = spec;
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  await runMigrations(`file:${file}`);
  const sqlite = new Database(file);
  // A throwaway file filled in one go: a rollback journal kept in memory (a fresh file has almost
  // nothing to roll back), pages read through a memory map. In WAL mode the search index's
  // one-pass fill re-read its pages from a multi-gigabyte log with a system call each (1.5 TB
  // read, over 25 minutes, for 100,000 stories). WAL is back at the end.
  sqlite.pragma('journal_mode = MEMORY');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -1000000');
  sqlite.pragma('mmap_size = 8589934592');
  const random = prng(seed);
  const vocabulary = buildVocabulary(4000);
  const text = textMaker(random, vocabulary);
  // Names and topics come from the tail of the vocabulary so they read like proper nouns.
  const names = vocabulary.slice(300);
  const now = Date.now();
  // Spread over ~4 years, oldest first, the newest a minute ago: all visible to readers.
  const step = Math.floor((4 * 365 * 86_400_000) / stories);

  const insertSection = sqlite.prepare('insert into sections (slug, name, description, position) values (?, ?, ?, ?)');
  const insertTag = sqlite.prepare('insert into tags (slug, name, description) values (?, ?, ?)');
  const insertAuthor = sqlite.prepare('insert into authors (slug, name, job_title, bio) values (?, ?, ?, ?)');
  const insertArticle = sqlite.prepare(`insert into articles (slug, headline, dek, body, body_text, section_id, status,
    published_at, updated_at, modified_at, created_at, source_name) values (?, ?, ?, ?, ?, ?, 'published', ?, null, ?, ?, ?)`);
  const insertByline = sqlite.prepare('insert into article_authors (article_id, author_id, position) values (?, ?, ?)');
  const insertTagLink = sqlite.prepare('insert into article_tags (article_id, tag_id) values (?, ?)');

  const sectionSlugs: string[] = [];
  const tagSlugs: string[] = [];
  const authorSlugs: string[] = [];
  const tagTable = zipfTable(tagCount);
  let sampleArticle = '';
  let sampleArticleSection = '';
  const extraArticles: string[] = [];

  withBulkFts(sqlite, () =>
    sqlite.transaction(() => {
      for (let i = 0; i < sectionCount; i++) {
        const name = SECTION_NAMES[i] ?? `Section ${i + 1}`;
        sectionSlugs.push(slugify(name));
        insertSection.run(slugify(name), name, text.sentence(12), i);
      }
      for (let i = 0; i < tagCount; i++) {
        const name = i % 3 === 0 ? capital(names[i]!) : `${capital(names[i]!)} ${capital(vocabulary[100 + (i % 200)]!)}`;
        const slug = `${slugify(name)}-${i}`;
        tagSlugs.push(slug);
        insertTag.run(slug, name, text.sentence(10));
      }
      for (let i = 0; i < authorCount; i++) {
        const name = `${capital(names[(i * 7) % names.length]!)} ${capital(names[(i * 13 + 500) % names.length]!)}`;
        const slug = `${slugify(name)}-${i}`;
        authorSlugs.push(slug);
        insertAuthor.run(slug, name, 'Correspondent', [text.sentence(18), text.sentence(14)].join(' '));
      }
      for (let i = 0; i < stories; i++) {
        const headlineWords = Array.from({ length: text.int(6, 11) }, () => text.word());
        const headline = capital(headlineWords.join(' '));
        const slug = `${slugify(headlineWords.slice(0, 8).join(' '))}-${i + 1}`;
        const body = text.body(text.int(600, 1200));
        const publishedAt = now - 60_000 - (stories - i) * step;
        const sectionIndex = Math.floor(random() * sectionCount);
        const id = Number(
          insertArticle.run(slug, headline, text.sentence(text.int(16, 28)), body.html, body.text, sectionIndex + 1, publishedAt, publishedAt, publishedAt, 'Meridian Wire')
            .lastInsertRowid,
        );
        const bylineCount = random() < 0.8 ? 1 : random() < 0.85 ? 2 : 3;
        const firstAuthor = Math.floor(random() * authorCount);
        for (let p = 0; p < bylineCount; p++) insertByline.run(id, ((firstAuthor + p * 37) % authorCount) + 1, p);
        const tagIds = new Set<number>();
        const tagWanted = text.int(2, 5);
        while (tagIds.size < tagWanted) tagIds.add(tagTable[Math.floor(random() * tagTable.length)]! + 1);
        for (const tagId of tagIds) insertTagLink.run(id, tagId);
        // A recent story from the middle of the archive's newest page: the "hot" article.
        if (i === stories - 20) {
          sampleArticle = slug;
          sampleArticleSection = sectionSlugs[sectionIndex]!;
        } else if (i > stories - 2000 && i % 50 === 0) {
          extraArticles.push(`/${sectionSlugs[sectionIndex]}/${slug}`);
        }
      }
    })(),
  );
  sqlite.exec('analyze');
  sqlite.pragma('journal_mode = WAL');
  sqlite.close();
  return {
    stories,
    seconds: (Date.now() - started) / 1000,
    bytes: fs.statSync(file).size,
    sample: { section: sectionSlugs[3]!, article: sampleArticle, articleSection: sampleArticleSection, author: authorSlugs[42]!, tag: tagSlugs[10]!, extraArticles },
    // Mid-frequency words and names (a few hundred to a few thousand matching stories at 100k),
    // the last one typed as a prefix, as the search page treats it.
    searchTerms: [vocabulary[150]!, `${vocabulary[320]} ${vocabulary[90]}`, vocabulary[800]!, `${capital(vocabulary[1500]!)}`, vocabulary[60]!.slice(0, 4)],
  };
}

if (require.main === module) {
  const [file, count] = process.argv.slice(2);
  if (!file) throw new Error('usage: tsx bench/generate.ts <file> [stories]');
  void generateArchive({ file, stories: Number(count ?? 5000) }).then((info) => console.log(JSON.stringify(info, null, 2)));
}
