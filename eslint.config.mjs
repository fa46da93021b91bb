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
    // The data layer is async on both engines: a query, a transaction or an audit record that is not
    // awaited would run after its transaction committed (or never). Type-aware, for TypeScript files.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    // Every write is one transaction: on SQLite the shared handle is a read-only connection.
    files: ['db/queries/**', 'lib/**', 'app/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='db'][property.name=/^(insert|update|delete|transaction|run|all|get|execute)$/]",
          message: 'Write inside transaction(async (tx) => …) and read with awaited builders; raw SQL goes through rows().',
        },
        {
          selector: "CallExpression[callee.property.name=/^(get|all|run|values)$/][arguments.length=0][callee.object.type='CallExpression']",
          message: 'SQLite-only executor: await the query builder instead (it works on both engines).',
        },
      ],
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
