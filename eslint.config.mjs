import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle },
    rules: {
      // An update or delete without a where clause rewrites the whole table.
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Only db/ talks to the database (STYLE.md section 1). Anything else importing drizzle, the driver, the
    // schema or the client risks shipping table definitions (down to password_hash) to the browser;
    // shared literal unions live in lib/domain.ts, and server code reads through @/db/queries/*.
    files: ['app/**', 'components/**', 'lib/**', 'proxy.ts', 'instrumentation.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['drizzle-orm', 'drizzle-orm/*', 'better-sqlite3'], message: 'Only db/ imports the database driver and drizzle.' },
            {
              group: ['@/db/schema', '@/db/client', '@/db/open', '**/db/schema', '**/db/client', '**/db/open'],
              message: 'Import literal unions from @/lib/domain and read through @/db/queries/*.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['e2e/**', 'test/**', '**/*.test.ts', 'scripts/**', 'bench/**'],
    rules: { 'drizzle/enforce-delete-with-where': 'off', 'drizzle/enforce-update-with-where': 'off' },
  },
  { ignores: ['.next*/**', 'node_modules/**', 'data/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'bench/tmp/**'] },
];

export default config;
