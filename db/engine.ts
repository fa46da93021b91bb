import path from 'node:path';
import { isPostgresUrl } from '../scripts/database-url.mjs';

/**
 * Which engine DATABASE_URL names. `file:…` or a plain path is SQLite (the embedded default);
 * `postgres://…` or `postgresql://…` is a PostgreSQL server; `pglite:` (in memory) or
 * `pglite:<folder>` is PostgreSQL in-process (the unit tests' second engine, no server needed).
 */
export type Engine =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir: string | null };

export type Dialect = 'sqlite' | 'pg';

export class DatabaseUrlError extends Error {}

const DEFAULT_URL = 'file:./data/news.db';

export function parseDatabaseUrl(raw: string | undefined): Engine {
  const value = raw && raw.trim().length > 0 ? raw.trim() : DEFAULT_URL;
  if (isPostgresUrl(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new DatabaseUrlError('DATABASE_URL is not a valid postgres:// address (expected postgres://user:password@host:port/database).');
    }
    if (!url.hostname && !url.searchParams.get('host')) throw new DatabaseUrlError('DATABASE_URL names no PostgreSQL host.');
    if (url.pathname.replace(/^\//, '').length === 0) throw new DatabaseUrlError('DATABASE_URL names no PostgreSQL database (add /<name> after the host).');
    return { kind: 'postgres', url: value };
  }
  if (/^pglite:/i.test(value)) {
    const rest = value.slice('pglite:'.length).replace(/^\/\//, '');
    return { kind: 'pglite', dataDir: rest.length === 0 || rest === 'memory' ? null : path.resolve(/* turbopackIgnore: true */ process.cwd(), rest) };
  }
  if (value.startsWith('file:')) return { kind: 'sqlite', file: path.resolve(/* turbopackIgnore: true */ process.cwd(), value.slice('file:'.length)) };
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value);
  if (scheme) throw new DatabaseUrlError(`DATABASE_URL uses "${scheme[1]}:", which is not supported: use file:<path> (SQLite) or postgres://… (PostgreSQL).`);
  return { kind: 'sqlite', file: path.resolve(/* turbopackIgnore: true */ process.cwd(), value) };
}

export function dialectOf(engine: Engine): Dialect {
  return engine.kind === 'sqlite' ? 'sqlite' : 'pg';
}

/** The address without its password, for messages and logs. */
export function describeEngine(engine: Engine): string {
  if (engine.kind === 'sqlite') return engine.file;
  if (engine.kind === 'pglite') return `PGlite (${engine.dataDir ?? 'in memory'})`;
  const url = new URL(engine.url);
  if (url.password) url.password = '***';
  return url.toString();
}
