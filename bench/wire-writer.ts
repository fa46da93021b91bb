// The benchmark's wire publisher, a child of bench/wire.ts: it writes wire versions exactly as the
// newsroom's publish does (db/queries/wire.ts writeWireVersion, which feeds the outbox in the same
// transaction), on the benchmark's database (DATABASE_URL). It runs with the react-server
// condition, so the data layer's `server-only` guard lets it in, and it talks over IPC:
//   { op: 'backfill', count }  the first version of the `count` newest stories, at their publication time
//   { op: 'publish', ids }     a publish of each story now, one transaction each; answers the commit times
import { and, desc, eq, sql } from 'drizzle-orm';
import { closeDatabase, db, transaction } from '../db/client';
import { writeWireVersion } from '../db/queries/wire';
import { articles } from '../db/schema';

export type WriterRequest = { op: 'backfill'; count: number } | { op: 'publish'; ids: number[] } | { op: 'unversioned'; count: number };
export type WriterReply = { ok: true; committedAt?: number[]; ids?: number[] } | { ok: false; error: string };

const BATCH = 200;

async function backfill(count: number) {
  const newest = await db
    .select({ id: articles.id, at: articles.publishedAt })
    .from(articles)
    .where(eq(articles.status, 'published'))
    .orderBy(desc(articles.publishedAt))
    .limit(count);
  // Oldest first, so the versions' ids rise with publication time as they would have on the day.
  newest.reverse();
  for (let i = 0; i < newest.length; i += BATCH) {
    await transaction(async (tx) => {
      for (const s of newest.slice(i, i + BATCH)) {
        const at = s.at?.getTime() ?? Date.now();
        await writeWireVersion(tx, { articleId: s.id, change: 'publish', pubstatus: 'usable', actorId: null, at, availableAt: at, embargoed: null });
      }
    });
  }
}

/** Published stories that have no wire version yet: the trials publish them to the wire. */
async function unversioned(count: number) {
  const found = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.status, 'published'), eq(articles.wireVersion, 0)))
    .orderBy(sql`${articles.id} % 997`, articles.id)
    .limit(count);
  return found.map((r) => r.id);
}

async function publish(ids: number[]) {
  const committedAt: number[] = [];
  for (const articleId of ids) {
    await transaction(async (tx) => {
      const at = Date.now();
      await writeWireVersion(tx, { articleId, change: 'publish', pubstatus: 'usable', actorId: null, at, availableAt: at, embargoed: null });
    });
    committedAt.push(Date.now());
  }
  return committedAt;
}

process.on('message', (message: WriterRequest) => {
  const run = async (): Promise<WriterReply> => {
    if (message.op === 'backfill') await backfill(message.count);
    else if (message.op === 'unversioned') return { ok: true, ids: await unversioned(message.count) };
    else return { ok: true, committedAt: await publish(message.ids) };
    return { ok: true };
  };
  void run()
    .catch((error: unknown) => ({ ok: false as const, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }))
    .then((reply) => process.send!(reply));
});
process.on('disconnect', () => void closeDatabase().finally(() => process.exit(0)));
