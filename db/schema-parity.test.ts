import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getTableName, is, sql } from 'drizzle-orm';
import { getTableConfig as pgTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Connection } from './connect';
import { migrateConnection } from './migrate';
import * as pgSchema from './schema/pg';
import * as sqliteSchema from './schema/sqlite';

// The two engines' schemas are twins: a fresh SQLite file and a fresh PostgreSQL database, each
// migrated with its own engine's migrations, have the same tables, columns (logical type,
// nullability, default), primary keys, indexes (name, columns, uniqueness, partial predicate),
// foreign keys (with their actions) and checks. And each schema file declares exactly what its
// migrations built, so an edit to one file without its twin, or without a migration, fails here.

/**
 * Left out by name, on purpose. Each engine's search structure is its own (FTS5 virtual table and
 * its shadow tables on SQLite, a tsvector table on PostgreSQL; db/dialect/*-search.ts), as are the
 * engines' bookkeeping tables and drizzle's record of applied migrations.
 */
const ENGINE_ONLY = {
  sqlite: ['articles_fts', 'articles_fts_data', 'articles_fts_idx', 'articles_fts_content', 'articles_fts_docsize', 'articles_fts_config', 'sqlite_sequence', 'sqlite_schema', 'sqlite_temp_schema', '__drizzle_migrations'],
  pg: ['article_search'],
};

type Column = { name: string; type: string; notNull: boolean; default: string | null };
type Index = { name: string; columns: string[]; unique: boolean; where: string | null };
type ForeignKey = { columns: string[]; references: string; referencedColumns: string[]; onDelete: string; onUpdate: string };
type Table = { columns: Column[]; primaryKey: string[]; indexes: Index[]; foreignKeys: ForeignKey[]; checks: { name: string; expression: string }[] };
type Model = Record<string, Table>;
type Declared = Record<string, ReturnType<typeof sqliteTableConfig> | ReturnType<typeof pgTableConfig>>;

/** Same text for the same expression on both engines: no quotes, casts, qualifiers, parentheses or spaces. */
function expression(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/["`]/g, '')
    .replace(/(\w+) = any \(array\[([^\]]*)\]\)/g, '$1 in ($2)') // PostgreSQL's spelling of `in (…)`
    .replace(/(\w+) <> all \(array\[([^\]]*)\]\)/g, '$1 not in ($2)') // and of `not in (…)`
    .replace(/::[a-z ]+?(?=[\s,)\]]|$)/g, '')
    .replace(/\b\w+\.(?=\w)/g, '') // "table"."column"
    .replace(/= true\b/g, '= 1')
    .replace(/= false\b/g, '= 0')
    .replace(/[()\s]/g, '');
}

/** The time of the write in unix milliseconds (unixepoch() * 1000 on SQLite, extract(epoch …) on PostgreSQL). */
function columnDefault(raw: string | null, type: string): string | null {
  if (raw === null) return null;
  if (/^nextval\(/i.test(raw)) return 'autoincrement';
  if (/unixepoch\(\)\s*\*\s*1000|extract\(epoch from now\(\)\)\s*\*\s*\(?1000/i.test(raw)) return 'now_ms';
  const value = expression(raw);
  if (type === 'boolean' && ['1', 'true'].includes(value)) return 'true';
  if (type === 'boolean' && ['0', 'false'].includes(value)) return 'false';
  return value;
}

/** SQLite stores integer or text; what they hold (time, flag, JSON) is declared in the schema file. */
function sqliteType(dbType: string, declared: { columnType: string } | undefined): string {
  const type = dbType.toLowerCase();
  const mode: Record<string, string> = { SQLiteTimestamp: 'timestamp_ms', SQLiteBoolean: 'boolean', SQLiteTextJson: 'json' };
  const logical = declared ? mode[declared.columnType] : undefined;
  return logical && ['integer', 'text'].includes(type) ? logical : type;
}

/** bigint holds unix milliseconds when the schema file declares it so (epochMs); serial is an integer. */
function pgType(dbType: string, declared: { columnType: string } | undefined): string {
  if (dbType === 'bigint' && declared?.columnType === 'PgCustomColumn') return 'timestamp_ms';
  return ({ jsonb: 'json', json: 'json' } as Record<string, string>)[dbType] ?? dbType;
}

function declaredTables(schema: object, dialect: 'sqlite' | 'pg'): Declared {
  const tables: Declared = {};
  for (const value of Object.values(schema)) {
    if (dialect === 'sqlite' && is(value, SQLiteTable)) tables[getTableName(value)] = sqliteTableConfig(value);
    if (dialect === 'pg' && is(value, PgTable)) tables[getTableName(value)] = pgTableConfig(value);
  }
  return tables;
}
const declaredColumn = (declared: Declared, table: string, column: string) => declared[table]?.columns.find((c) => c.name === column);

/** The text inside the parentheses that open at `start` (balanced). */
function parenthesised(text: string, start: number): string {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '(') depth++;
    if (text[i] === ')' && --depth === 0) return text.slice(start + 1, i);
  }
  throw new Error(`unbalanced parentheses in ${text}`);
}

function sqliteModel(connection: Connection, declared: Declared): Model {
  const db = connection.sqlite!;
  const all = <T>(query: string, ...params: unknown[]) => db.prepare(query).all(...params) as T[];
  const model: Model = {};
  const tables = all<{ name: string; schema: string }>('pragma table_list').filter((t) => !ENGINE_ONLY.sqlite.includes(t.name));
  for (const { name: table } of tables) {
    const createSql = all<{ sql: string }>(`select sql from sqlite_master where type = 'table' and name = ?`, table)[0]!.sql;
    const info = all<{ name: string; type: string; notnull: number; dflt_value: string | null; pk: number }>(`select * from pragma_table_info(?)`, table);
    const columns = info.map((c) => {
      const type = sqliteType(c.type, declaredColumn(declared, table, c.name));
      const autoincrement = new RegExp(`[\`"]${c.name}[\`"]\\s+integer\\s+primary\\s+key\\s+autoincrement`, 'i').test(createSql);
      return { name: c.name, type, notNull: c.notnull === 1 || c.pk > 0, default: autoincrement ? 'autoincrement' : columnDefault(c.dflt_value, type) };
    });
    const indexes = all<{ name: string; unique: number; origin: string; partial: number }>(`select * from pragma_index_list(?)`, table)
      .filter((i) => i.origin !== 'pk')
      .map((i) => {
        const indexSql = all<{ sql: string }>(`select sql from sqlite_master where type = 'index' and name = ?`, i.name)[0]!.sql;
        const listed = parenthesised(indexSql, indexSql.indexOf('(', indexSql.indexOf(' ON ')));
        const expressions = listed.split(',');
        const names = all<{ seqno: number; name: string | null }>(`select * from pragma_index_info(?)`, i.name);
        const where = i.partial ? indexSql.slice(indexSql.search(/\sWHERE\s/i) + 7) : null;
        return { name: i.name, columns: names.map((n) => expression(n.name ?? expressions[n.seqno]!)), unique: i.unique === 1, where: where && expression(where) };
      });
    const keys = all<{ id: number; table: string; from: string; to: string; on_delete: string; on_update: string }>(`select * from pragma_foreign_key_list(?)`, table);
    const foreignKeys = [...new Set(keys.map((k) => k.id))].map((id) => {
      const parts = keys.filter((k) => k.id === id);
      return { columns: parts.map((k) => k.from), references: parts[0]!.table, referencedColumns: parts.map((k) => k.to), onDelete: parts[0]!.on_delete.toLowerCase(), onUpdate: parts[0]!.on_update.toLowerCase() };
    });
    const checks = [...createSql.matchAll(/CONSTRAINT\s+["`]?(\w+)["`]?\s+CHECK\s*\(/gi)].map((m) => ({
      name: m[1]!,
      expression: expression(parenthesised(createSql, m.index + m[0].length - 1)),
    }));
    const primaryKey = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
    model[table] = { columns, primaryKey, indexes, foreignKeys, checks };
  }
  return model;
}

const PG_ACTIONS: Record<string, string> = { a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default' };

async function pgModel(connection: Connection, declared: Declared): Promise<Model> {
  // Whole-schema queries (one each), grouped by table below: PGlite answers a few large queries
  // much faster than many small ones.
  const rows = <T>(query: ReturnType<typeof sql>) => connection.rows<T>(query);
  const tables = (await rows<{ name: string }>(sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`))
    .map((t) => t.name)
    .filter((t) => !ENGINE_ONLY.pg.includes(t));
  const columns = await rows<{ table: string; name: string; type: string; nullable: string; default: string | null }>(
    sql`select table_name as table, column_name as name, data_type as type, is_nullable as nullable, column_default as default
        from information_schema.columns where table_schema = 'public' order by ordinal_position`,
  );
  const indexes = await rows<{ table: string; name: string; columns: string[]; unique: boolean; primary: boolean; where: string | null }>(
    sql`select t.relname as table, i.relname as name, ix.indisunique as unique, ix.indisprimary as primary, pg_get_expr(ix.indpred, ix.indrelid) as where,
          array(select pg_get_indexdef(ix.indexrelid, k, true) from generate_series(1, ix.indnatts) k order by k) as columns
        from pg_index ix join pg_class i on i.oid = ix.indexrelid join pg_class t on t.oid = ix.indrelid
        where t.relnamespace = 'public'::regnamespace`,
  );
  const constraints = await rows<{ table: string; name: string; type: string; definition: string; references: string | null; onDelete: string; onUpdate: string; columns: string[]; referencedColumns: string[] }>(
    sql`select c.conrelid::regclass::text as table, c.conname as name, c.contype as type, pg_get_constraintdef(c.oid) as definition,
          case when c.contype = 'f' then c.confrelid::regclass::text end as references, c.confdeltype as "onDelete", c.confupdtype as "onUpdate",
          array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as columns,
          array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) as "referencedColumns"
        from pg_constraint c where c.connamespace = 'public'::regnamespace and c.contype in ('p', 'f', 'c')`,
  );
  const model: Model = {};
  for (const table of tables) {
    const own = constraints.filter((c) => c.table === table);
    model[table] = {
      columns: columns
        .filter((c) => c.table === table)
        .map((c) => {
          const type = pgType(c.type, declaredColumn(declared, table, c.name));
          return { name: c.name, type, notNull: c.nullable === 'NO', default: columnDefault(c.default, type) };
        }),
      primaryKey: own.find((c) => c.type === 'p')?.columns ?? [],
      // A column's .unique() is a unique index on SQLite and a UNIQUE constraint (with its index) on
      // PostgreSQL: both are compared as unique indexes of the same name. The primary key is compared apart.
      indexes: indexes
        .filter((i) => i.table === table && !i.primary)
        .map((i) => ({ name: i.name, columns: i.columns.map(expression), unique: i.unique, where: i.where && expression(i.where) })),
      foreignKeys: own
        .filter((c) => c.type === 'f')
        .map((k) => ({ columns: k.columns, references: k.references!, referencedColumns: k.referencedColumns, onDelete: PG_ACTIONS[k.onDelete]!, onUpdate: PG_ACTIONS[k.onUpdate]! })),
      checks: own.filter((c) => c.type === 'c').map((c) => ({ name: c.name, expression: expression(c.definition.replace(/^CHECK\s*/i, '')) })),
    };
  }
  return model;
}

/** Order-free: columns by name, indexes by name, keys by their columns. */
function sorted(model: Model): Model {
  const by = <T>(key: (item: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b));
  return Object.fromEntries(
    Object.keys(model)
      .sort()
      .map((name) => {
        const t = model[name]!;
        return [
          name,
          {
            columns: [...t.columns].sort(by((c) => c.name)),
            primaryKey: t.primaryKey,
            indexes: [...t.indexes].sort(by((i) => i.name)),
            foreignKeys: [...t.foreignKeys].sort(by((k) => k.columns.join())),
            checks: [...t.checks].sort(by((c) => c.name)),
          },
        ];
      }),
  );
}

/** What a schema file declares, in the terms the database can be checked against. */
function declaredModel(declared: Declared, dialect: 'sqlite' | 'pg') {
  return Object.fromEntries(
    Object.entries(declared)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, config]) => [
        name,
        {
          columns: config.columns
            .map((c) => ({
              name: c.name,
              type: dialect === 'sqlite' ? sqliteType(c.getSQLType(), c) : pgType(c.getSQLType() === 'serial' ? 'integer' : c.getSQLType(), c),
              notNull: c.notNull,
              // Not `hasDefault`: drizzle sets it on every SQLite integer primary key (the rowid).
              hasDefault: c.default !== undefined || c.columnType === 'PgSerial' || (c as { autoIncrement?: boolean }).autoIncrement === true,
            }))
            .sort((a, b) => a.name.localeCompare(b.name)),
          indexes: [...config.indexes.map((i) => i.config.name), ...config.columns.filter((c) => c.isUnique).map((c) => c.uniqueName!)].sort(),
          foreignKeys: config.foreignKeys
            .map((k) => {
              const ref = k.reference();
              return { columns: ref.columns.map((c) => c.name), references: getTableName(ref.foreignTable), onDelete: k.onDelete ?? 'no action' };
            })
            .sort((a, b) => a.columns.join().localeCompare(b.columns.join())),
          checks: config.checks.map((c) => c.name).sort(),
        },
      ]),
  );
}

/** The database's model reduced to what declaredModel states. */
function builtModel(model: Model) {
  return Object.fromEntries(
    Object.entries(sorted(model)).map(([name, t]) => [
      name,
      {
        columns: t.columns.map((c) => ({ name: c.name, type: c.type, notNull: c.notNull, hasDefault: c.default !== null })),
        indexes: t.indexes.map((i) => i.name),
        foreignKeys: t.foreignKeys.map((k) => ({ columns: k.columns, references: k.references, onDelete: k.onDelete })),
        checks: t.checks.map((c) => c.name),
      },
    ]),
  );
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-parity-'));
const declared = { sqlite: declaredTables(sqliteSchema, 'sqlite'), pg: declaredTables(pgSchema, 'pg') };
let sqliteDb: Connection;
let pgDb: Connection;
let built: { sqlite: Model; pg: Model };

beforeAll(async () => {
  sqliteDb = connect(`file:${path.join(tmp, 'parity.db')}`);
  pgDb = connect('pglite:');
  await migrateConnection(sqliteDb);
  await migrateConnection(pgDb);
  built = { sqlite: sorted(sqliteModel(sqliteDb, declared.sqlite)), pg: sorted(await pgModel(pgDb, declared.pg)) };
}, 60_000);
afterAll(async () => {
  await sqliteDb?.close();
  await pgDb?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('schema parity of SQLite and PostgreSQL', () => {
  it('builds the same tables, columns, keys, indexes and checks on both engines', () => {
    expect(Object.keys(built.pg)).toEqual(Object.keys(built.sqlite));
    expect(built.pg).toEqual(built.sqlite); // the diff names every drift at once
  });

  it('has each schema file declare exactly what its migrations build', () => {
    expect(declaredModel(declared.sqlite, 'sqlite')).toEqual(builtModel(built.sqlite));
    expect(declaredModel(declared.pg, 'pg')).toEqual(builtModel(built.pg));
  });

  it('leaves out only engine-specific structures that exist', async () => {
    const sqliteNames = (sqliteDb.sqlite!.prepare('pragma table_list').all() as { name: string }[]).map((t) => t.name);
    expect(sqliteNames).toEqual(expect.arrayContaining(ENGINE_ONLY.sqlite));
    const pgNames = (await pgDb.rows<{ name: string }>(sql`select table_name as name from information_schema.tables where table_schema = 'public'`)).map((t) => t.name);
    expect(pgNames).toEqual(expect.arrayContaining(ENGINE_ONLY.pg));
    // Sanity of the comparison itself: it sees the partial indexes, defaults and foreign-key actions.
    expect(built.sqlite.articles!.indexes.find((i) => i.name === 'articles_visible_published_idx')!.where).toBe(`statusin'published','scheduled'`);
    expect(built.sqlite.article_authors!.foreignKeys).toContainEqual(expect.objectContaining({ references: 'authors', onDelete: 'restrict' }));
    expect(built.pg.authors!.columns.find((c) => c.name === 'created_at')).toEqual({ name: 'created_at', type: 'timestamp_ms', notNull: true, default: 'now_ms' });
  });
});
