import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3210);
// The second run of the suite, on PostgreSQL (scripts/test.mjs starts it when a server is given),
// leaves out the journeys that work on SQLite database files (copy, restore, kill mid-write) and
// the tests tagged @sqlite. The journeys of their own on PostgreSQL are tagged @postgres.
const onPostgres = Boolean(process.env.E2E_POSTGRES_URL);

export default defineConfig({
  testDir: './e2e',
  testIgnore: onPostgres ? ['**/cache-truth.spec.ts', '**/server-lifecycle.spec.ts'] : [],
  grepInvert: onPostgres ? /@sqlite/ : /@postgres/,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PW_JSON_OUTPUT ? [['list'], ['json', { outputFile: process.env.PW_JSON_OUTPUT }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download is not reachable from here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // Builds the production app against a fresh seeded database of its own, then serves it.
    command: `node scripts/e2e-server.mjs`,
    url: `http://127.0.0.1:${port}/`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { E2E_PORT: String(port), ...(process.env.E2E_POSTGRES_URL ? { E2E_POSTGRES_URL: process.env.E2E_POSTGRES_URL } : {}) },
  },
});
