import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// Reads the production build the webServer just made (issue 11, item 12): no browser chunk may carry
// the database schema or drizzle. When a client component imported @/db/schema, the editor's chunk
// held every table definition, down to the password hash column.
const distDir = path.resolve(process.cwd(), process.env.NEXT_DIST_DIR || '.next');
const MARKERS = [
  // Column names only the schema spells out in SQL form.
  'password_hash',
  'token_hash',
  'session_version',
  // drizzle tags its entities with Symbol.for('drizzle:…'), which survives minifying.
  'drizzle:',
];

function jsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(full);
    return entry.name.endsWith('.js') ? [full] : [];
  });
}

test('no browser chunk carries the database schema or drizzle', () => {
  const files = jsFiles(path.join(distDir, 'static', 'chunks'));
  // An empty folder would pass vacuously: the build must have produced the newsroom's chunks.
  expect(files.length).toBeGreaterThan(5);
  const found = files.flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8');
    return MARKERS.filter((m) => text.includes(m)).map((m) => `${path.relative(distDir, file)}: ${m}`);
  });
  expect(found).toEqual([]);
});
