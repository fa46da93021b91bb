import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: [
      { find: /^server-only$/, replacement: path.join(root, 'test/server-only-stub.ts') },
      { find: /^@\//, replacement: `${root}/` },
    ],
  },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', '.next*/**', 'e2e/**', 'bench/**', 'test-results/**', 'data/**'],
    environment: 'node',
    // Each test file gets its own temporary SQLite file with every migration applied.
    setupFiles: ['test/setup-db.ts'],
    pool: 'forks',
    testTimeout: 20_000,
  },
});
