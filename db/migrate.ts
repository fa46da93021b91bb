import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import path from 'node:path';
import { openDatabase, resolveDatabaseFile } from './open';

/** Applies every committed migration to DATABASE_URL; safe to run repeatedly. */
export function runMigrations(file: string) {
  const { db, sqlite } = openDatabase(file);
  try {
    migrate(db, { migrationsFolder: path.join(__dirname, 'migrations') });
  } finally {
    sqlite.close();
  }
}

if (require.main === module) {
  const file = resolveDatabaseFile(process.env.DATABASE_URL);
  runMigrations(file);
  console.log(`Migrations applied to ${file}`);
}
