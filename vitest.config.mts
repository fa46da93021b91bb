import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
import { defineConfig } from 'vitest/config';

const DATA_LAYER = ['db/queries/**/*.test.ts'];
const EXCLUDE = ['node_modules/**', '.next*/**', 'e2e/**', 'bench/**', 'test-results/**', 'data/**'];

export default defineConfig({
  resolve: {
    alias: [
      { find: /^server-only$/, replacement: path.join(root, 'test/server-only-stub.ts') },
      { find: /^@\//, replacement: `${root}/` },
    ],
  },
  test: {
    environment: 'node',
    // Each test file gets its own database with every migration applied (test/setup-db.ts).
    setupFiles: ['test/setup-db.ts'],
    pool: 'forks',
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'sqlite', include: ['**/*.test.ts'], exclude: [...EXCLUDE] },
      },
      {
        // The data layer again on PostgreSQL, in-process (PGlite): every test of db/queries, and
        // the parity and PostgreSQL migration tests. Files named *.sqlite.test.ts test what only
        // SQLite has (query plans, the file's crash safety, backups of the file) and run once.
        extends: true,
        test: { name: 'pglite', include: DATA_LAYER, exclude: [...EXCLUDE, '**/*.sqlite.test.ts'], env: { TEST_ENGINE: 'pglite' } },
      },
      // CI (.ci/run) runs them once more against a real PostgreSQL server from Debian's packages.
      ...(process.env.TEST_POSTGRES_URL
        ? [{ extends: true as const, test: { name: 'postgres', include: DATA_LAYER, exclude: [...EXCLUDE, '**/*.sqlite.test.ts'], env: { TEST_ENGINE: 'postgres' } } }]
        : []),
    ],
  },
});
