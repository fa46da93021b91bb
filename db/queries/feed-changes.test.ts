import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startHubNotifier } from '@/lib/feeds/websub';
import { makeAuthor, makeSection, makeUser, resetContent, storyContent } from '@/test/factories';
import { unpublishStory } from './story-bulk';
import { writeStory } from './story-writes';
import { killStory } from './wire-actions';

const SITE = 'https://news.example';
const TIMEOUT_MS = 400;

type Post = { method: string; type: string; form: Record<string, string> };
type Hub = { url: string; posts: Post[]; close(): Promise<void> };

/** A hub on loopback that records each announcement and answers as `answer` says (or never). */
async function startHub(answer: 'accept' | 'fail' | 'hang'): Promise<Hub> {
  const posts: Post[] = [];
  const open = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      posts.push({ method: req.method ?? '', type: req.headers['content-type'] ?? '', form: Object.fromEntries(new URLSearchParams(body)) });
      if (answer === 'hang') return void open.add(res);
      res.writeHead(answer === 'accept' ? 202 : 500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hub`,
    posts,
    close: () => {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

const feedsOf = (...pages: string[]) => pages.flatMap((p) => ['feed.xml', 'feed.atom', 'feed.json'].map((f) => `${SITE}${p === '/' ? '' : p}/${f}`)).sort();
const announced = (hub: Hub) => hub.posts.map((p) => p.form['hub.url']).sort();

async function setup(answer: 'accept' | 'fail' | 'hang' = 'accept') {
  const hub = await startHub(answer);
  const notifier = startHubNotifier({ hubUrl: hub.url, timeoutMs: TIMEOUT_MS, siteUrl: async () => SITE });
  cleanups.push(() => notifier.stop(), () => hub.close());
  const section = await makeSection();
  const author = await makeAuthor();
  const editor = await makeUser('editor');
  const content = storyContent({ sectionId: section.id, authorIds: [author.id], body: '<p>Text.</p>' });
  // The announcements of a save are sent on the next turn of the event loop after its commit.
  const settle = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    await notifier.idle();
  };
  return { hub, notifier, section, author, editor, content, settle };
}

const cleanups: (() => unknown)[] = [];
const published = (at = Date.now() - 1000) => ({ status: 'published' as const, publishedAt: new Date(at), updatedAt: new Date(at) });

describe('WebSub announcements', () => {
  beforeEach(resetContent);
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
    vi.restoreAllMocks();
  });

  it('a publish announces the site, section and author feeds in every format, once each, as form posts', async () => {
    const { hub, section, author, editor, content, settle } = await setup();
    const draft = await writeStory(editor.id, null, 0, content, { status: 'draft', publishedAt: null, updatedAt: null }, 'Saved');
    await settle();
    expect(hub.posts, 'a draft is in no feed').toEqual([]);
    if (!draft.ok) throw new Error('not saved');
    expect(await writeStory(editor.id, draft.id, draft.version, content, published(), 'Published')).toMatchObject({ ok: true });
    await settle();
    expect(announced(hub)).toEqual(feedsOf('/', `/${section.slug}`, `/authors/${author.slug}`));
    for (const post of hub.posts) {
      expect(post).toMatchObject({ method: 'POST', type: 'application/x-www-form-urlencoded' });
      expect(post.form['hub.mode']).toBe('publish');
    }
  });

  it('a move announces the feeds the story left and joined; unpublish and kill the feeds it left', async () => {
    const { hub, section, author, editor, content, settle } = await setup();
    const other = await makeSection();
    const saved = await writeStory(editor.id, null, 0, content, published(), 'Published');
    if (!saved.ok) throw new Error('not saved');
    await settle();
    hub.posts.length = 0;
    const moved = await writeStory(editor.id, saved.id, saved.version, { ...content, sectionId: other.id }, published(), 'Moved');
    await settle();
    expect(announced(hub)).toEqual(feedsOf('/', `/${section.slug}`, `/${other.slug}`, `/authors/${author.slug}`));
    if (!moved.ok) throw new Error('not saved');

    hub.posts.length = 0;
    expect(await unpublishStory(editor.id, saved.id)).toBe(true);
    await settle();
    expect(announced(hub)).toEqual(feedsOf('/', `/${other.slug}`, `/authors/${author.slug}`));

    const second = await writeStory(editor.id, null, 0, { ...content, headline: 'Second story' }, published(), 'Published');
    if (!second.ok) throw new Error('not saved');
    await settle();
    hub.posts.length = 0;
    expect(await killStory(editor.id, second.id, 'Legal')).toMatchObject({ ok: true });
    await settle();
    expect(announced(hub)).toEqual(feedsOf('/', `/${section.slug}`, `/authors/${author.slug}`));
  });

  it('a refused save announces nothing', async () => {
    const { hub, editor, content, settle } = await setup();
    await writeStory(editor.id, null, 0, { ...content, slug: 'taken' }, { status: 'draft', publishedAt: null, updatedAt: null }, 'Saved');
    const refused = await writeStory(editor.id, null, 0, { ...content, slug: 'taken' }, published(), 'Published');
    expect(refused).toMatchObject({ ok: false, kind: 'fields' });
    await settle();
    expect(hub.posts).toEqual([]);
  });

  it('a scheduled story is announced when it comes due, not at the save', async () => {
    const { hub, editor, content, settle } = await setup();
    const dueAt = Date.now() + 700;
    const saved = await writeStory(editor.id, null, 0, content, { status: 'scheduled', publishedAt: new Date(dueAt), updatedAt: null }, 'Scheduled');
    expect(saved.ok).toBe(true);
    await settle();
    expect(hub.posts).toEqual([]);
    await vi.waitFor(() => expect(hub.posts.length).toBe(9), { timeout: 3000, interval: 50 });
    expect(Date.now()).toBeGreaterThanOrEqual(dueAt);
  });

  for (const answer of ['hang', 'fail'] as const) {
    it(`a hub that ${answer === 'hang' ? 'never answers' : 'fails'} neither delays nor fails the save, and is logged`, async () => {
      const warnings = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const { hub, editor, content, notifier } = await setup(answer);
      const started = Date.now();
      const saved = await writeStory(editor.id, null, 0, content, published(), 'Published');
      const saveMs = Date.now() - started;
      expect(saved.ok).toBe(true);
      // The save's own work only: the announcements start after it has answered.
      expect(saveMs).toBeLessThan(TIMEOUT_MS);
      await vi.waitFor(() => expect(hub.posts.length).toBe(9), { timeout: 3000, interval: 20 });
      const sent = Date.now();
      await notifier.idle();
      // Every announcement is cut off at the bound (plus a little scheduling), never later.
      expect(Date.now() - sent).toBeLessThan(TIMEOUT_MS + 500);
      // One line for the round, naming every feed the hub did not take.
      const logged = warnings.mock.calls.map((c) => JSON.parse(String(c[0])) as { level: string; msg: string; status?: number; error?: string; feeds: string[] });
      expect(logged).toHaveLength(1);
      const line = logged[0]!;
      expect(line.level).toBe('warn');
      if (answer === 'fail') expect(line).toMatchObject({ msg: 'websub hub refused', status: 500 });
      else expect(line).toMatchObject({ msg: 'websub hub unreachable', error: `No answer within ${TIMEOUT_MS / 1000} s` });
      expect([...line.feeds].sort()).toEqual(announced(hub));
    });
  }

  it('a hub that is down is logged, and the save still succeeds', async () => {
    const warnings = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { hub, editor, content, settle } = await setup();
    await hub.close();
    expect((await writeStory(editor.id, null, 0, content, published(), 'Published')).ok).toBe(true);
    await settle();
    const logged = warnings.mock.calls.map((c) => JSON.parse(String(c[0])) as { msg: string; feeds: string[] });
    expect(logged.map((l) => l.msg)).toEqual(['websub hub unreachable']);
    expect(logged[0]!.feeds).toHaveLength(9);
  });
});
