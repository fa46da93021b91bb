// `npm run db:copy -- <from DATABASE_URL> <to DATABASE_URL>`: moves a site from one engine to the
// other (SQLite to PostgreSQL when it outgrows one machine, or back), or between two servers. The
// target is migrated first and must hold no content; every table is copied in foreign-key order, in
// one transaction on the target, so a failure leaves it as empty as it was. Request counters and
// the content token stay behind: they describe the old deployment's traffic, not the site.
import { getTableColumns, getTableName, is, sql, type SQL } from 'drizzle-orm';
import { getTableConfig as pgTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { connect, explainConnectionError, first, type Connection, type Db } from './connect';
import { DatabaseUrlError, describeEngine, parseDatabaseUrl, type Engine } from './engine';
import { migrateConnection } from './migrate';
import * as pgSchema from './schema/pg';
import * as sqliteSchema from './schema/sqlite';

const OPERATIONAL = new Set(['content_state', 'rate_limit_hits']);
// PostgreSQL takes at most 65,535 parameters per statement.
const MAX_PARAMETERS = 30_000;

type AnyTable = PgTable;
type Entry = { key: string; name: string; pg: AnyTable };

/** The tables of the schema, each after every table it references. */
export function tablesInCopyOrder(): Entry[] {
  const entries = Object.entries(pgSchema as Record<string, unknown>)
    .flatMap(([key, value]) => (is(value, PgTable) ? [{ key, name: getTableName(value), pg: value }] : []))
    .filter((e) => !OPERATIONAL.has(e.name));
  const byName = new Map(entries.map((e) => [e.name, e]));
  const ordered: Entry[] = [];
  const seen = new Set<string>();
  const visit = (entry: Entry) => {
    if (seen.has(entry.name)) return;
    seen.add(entry.name);
    for (const fk of pgTableConfig(entry.pg).foreignKeys) {
      const target = byName.get(getTableName(fk.reference().foreignTable));
      if (target && target !== entry) visit(target);
    }
    ordered.push(entry);
  };
  entries.forEach(visit);
  return ordered;
}

/** The property names of a table's primary key (its columns in order when it has none). */
function primaryKeyOf(table: AnyTable): string[] {
  const columns = Object.entries(getTableColumns(table));
  const keyOf = (name: string) => columns.find(([, c]) => c.name === name)?.[0];
  const single = columns.filter(([, c]) => c.primary).map(([key]) => key);
  if (single.length > 0) return single;
  const composite = pgTableConfig(table).primaryKeys[0]?.columns.map((c) => keyOf(c.name)).filter((k): k is string => Boolean(k));
  return composite?.length ? composite : columns.map(([key]) => key);
}

/** The table object of `key` for the engine `connection` runs on. */
function tableFor(connection: Connection, key: string): AnyTable {
  const schema = (connection.dialect === 'sqlite' ? sqliteSchema : pgSchema) as unknown as Record<string, AnyTable>;
  const table = schema[key];
  if (!table) throw new Error(`table ${key} is missing from the ${connection.dialect} schema`);
  return table;
}

async function count(connection: Connection, name: string, on?: Db): Promise<number> {
  const row = first(await connection.rows<{ n: number }>(sql`select count(*) as n from ${sql.identifier(name)}`, on));
  return Number(row?.n ?? 0);
}

export type CopyReport = { table: string; rows: number }[];

export async function copyDatabase(from: Connection, to: Connection): Promise<CopyReport> {
  await migrateConnection(to);
  const order = tablesInCopyOrder();
  for (const table of ['articles', 'users', 'authors']) {
    if ((await count(to, table)) > 0) throw new CopyRefused(`the target already holds ${table}: copy only into an empty database`);
  }
  const report: CopyReport = [];
  await to.transaction(async (tx) => {
    // Rows the migrations seed (site settings, say) give way to the source's.
    for (const entry of [...order].reverse()) await to.execute(sql`delete from ${sql.identifier(entry.name)}`, tx);
    for (const entry of order) {
      const source = tableFor(from, entry.key);
      const target = tableFor(to, entry.key);
      const columns = Object.keys(getTableColumns(target));
      const batch = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
      const orderBy = primaryKeyOf(entry.pg).map((key) => sql`${getTableColumns(source)[key]}`);
      let copied = 0;
      for (let offset = 0; ; offset += batch) {
        const rows = (await (from.db as unknown as SelectAll).select().from(source).orderBy(...orderBy).limit(batch).offset(offset)) as Record<string, unknown>[];
        if (rows.length === 0) break;
        await (tx as unknown as InsertAll).insert(target).values(rows);
        copied += rows.length;
        if (rows.length < batch) break;
      }
      report.push({ table: entry.name, rows: copied });
    }
    // PostgreSQL hands out ids from sequences, which the copied rows did not advance.
    if (to.dialect === 'pg') {
      for (const entry of order) {
        if (!('id' in getTableColumns(entry.pg))) continue;
        await to.execute(sql`select setval(pg_get_serial_sequence(${entry.name}, 'id'), coalesce((select max(id) from ${sql.identifier(entry.name)}), 0) + 1, false)`, tx);
      }
    }
  });
  for (const entry of order) {
    const [source, target] = [await count(from, entry.name), await count(to, entry.name)];
    if (source !== target) throw new Error(`${entry.name}: ${source} rows in the source, ${target} in the copy`);
  }
  return report;
}

type SelectAll = { select(): { from(t: AnyTable): { orderBy(...o: SQL[]): { limit(n: number): { offset(n: number): Promise<unknown[]> } } } } };
type InsertAll = { insert(t: AnyTable): { values(rows: Record<string, unknown>[]): Promise<unknown> } };

export class CopyRefused extends Error {}

async function main() {
  const [fromUrl, toUrl] = process.argv.slice(2);
  if (!fromUrl || !toUrl) {
    console.error('usage: npm run db:copy -- <from DATABASE_URL> <to DATABASE_URL>');
    process.exit(2);
  }
  let from: Connection | undefined;
  let to: Connection | undefined;
  let target: Engine | undefined;
  try {
    const source = parseDatabaseUrl(fromUrl);
    target = parseDatabaseUrl(toUrl);
    if (describeEngine(source) === describeEngine(target)) throw new CopyRefused('the source and the target are the same database');
    from = connect(fromUrl);
    to = connect(toUrl);
    const started = Date.now();
    const report = await copyDatabase(from, to);
    for (const { table, rows } of report) console.log(`${table}: ${rows}`);
    console.log(`copied ${describeEngine(source)} to ${describeEngine(target)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    if (error instanceof DatabaseUrlError || error instanceof CopyRefused) {
      console.error(`db:copy: ${error.message}`);
      process.exitCode = 2;
    } else {
      console.error(`db:copy: ${target ? explainConnectionError(error, target) : String(error)}`);
      process.exitCode = 1;
    }
  } finally {
    await from?.close();
    await to?.close();
  }
}

if (require.main === module) void main();
