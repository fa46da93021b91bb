import path from 'node:path';
import { connect, explainConnectionError, type Connection } from './connect';
import { describeEngine, parseDatabaseUrl } from './engine';

export const MIGRATIONS_FOLDER = { sqlite: path.join(__dirname, 'migrations'), pg: path.join(__dirname, 'migrations-pg') };

/** Applies every committed migration of the connection's engine; safe to run repeatedly. */
export async function migrateConnection(connection: Connection): Promise<void> {
  const { engine } = connection;
  if (engine.kind === 'sqlite') {
    const { migrate } = await import('drizzle-orm/better-sqlite3/migrator');
    const { drizzle } = await import('drizzle-orm/better-sqlite3');
    // On the writer: the connection's reader is read-only. Foreign keys off around the migration
    // transaction (SQLite ignores the PRAGMA inside one): a table rebuild drops the old table, and
    // with them on that drop would cascade to every row that references it (migration 0010).
    const sqlite = connection.sqlite!;
    sqlite.pragma('foreign_keys = OFF');
    try {
      migrate(drizzle(sqlite), { migrationsFolder: MIGRATIONS_FOLDER.sqlite });
      const broken = sqlite.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw new Error(`Migrations left ${broken.length} rows whose references are missing.`);
    } finally {
      sqlite.pragma('foreign_keys = ON');
    }
  } else if (engine.kind === 'postgres') {
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    await migrate(connection.db as never, { migrationsFolder: MIGRATIONS_FOLDER.pg });
  } else {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(connection.db as never, { migrationsFolder: MIGRATIONS_FOLDER.pg });
  }
}

/** Applies every committed migration to the database `url` names (DATABASE_URL by default). */
export async function runMigrations(url: string | undefined = process.env.DATABASE_URL): Promise<void> {
  const connection = connect(url);
  try {
    await migrateConnection(connection);
  } finally {
    await connection.close();
  }
}

if (require.main === module) {
  const url = process.env.DATABASE_URL;
  let engine;
  try {
    engine = parseDatabaseUrl(url);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  runMigrations(url).then(
    () => console.log(`Migrations applied to ${describeEngine(engine)}`),
    (error: unknown) => {
      console.error(explainConnectionError(error, engine));
      process.exit(1);
    },
  );
}
