// The whole suite behind `npm test`: typecheck, lint, unit tests, end-to-end tests against the
// production build. Prints one closing line "Tests: N passed, N failed, N skipped" and exits
// non-zero on any failure or skipped check.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'test-results');
fs.mkdirSync(out, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function run(label, cmd, args, extraEnv = {}) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  return result.status === 0;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
/** Every check that failed or was skipped, named again just above the closing line. */
const notPassed = [];
const stages = [];
function stage(name, ok) {
  stages.push(`${name} ${ok ? 'ok' : 'FAILED'}`);
  if (ok) totals.passed += 1;
  else totals.failed += 1;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

stage('typecheck', run('typecheck', 'npx', ['next', 'typegen']) && run('typecheck', 'npx', ['tsc', '--noEmit']));
stage('lint', run('lint', 'npx', ['eslint', '--max-warnings=0', '.']));

const vitestJson = path.join(out, 'vitest.json');
fs.rmSync(vitestJson, { force: true });
const unitOk = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`]);
const unit = readJson(vitestJson);
if (unit) {
  totals.passed += unit.numPassedTests ?? 0;
  totals.failed += unit.numFailedTests ?? 0;
  totals.skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  for (const file of unit.testResults ?? []) {
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'passed') continue;
      notPassed.push(`unit ${t.status}: ${path.relative(root, file.name)} › ${t.fullName}`);
    }
  }
  if (!unitOk && (unit.numFailedTests ?? 0) === 0) stage('unit runner', false);
} else stage('unit tests', false);

/** One Playwright run; its counts go into the totals. */
function endToEnd(label, json, extraEnv) {
  fs.rmSync(json, { force: true });
  const ok = run(label, 'npx', ['playwright', 'test'], { PW_JSON_OUTPUT: json, ...extraEnv });
  const e2e = readJson(json);
  if (e2e?.stats) {
    totals.passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
    totals.failed += e2e.stats.unexpected ?? 0;
    totals.skipped += e2e.stats.skipped ?? 0;
    const walk = (suite, titles) => {
      for (const spec of suite.specs ?? []) {
        for (const t of spec.tests ?? []) {
          if (t.status === 'expected' || t.status === 'flaky') continue;
          const last = t.results?.at(-1);
          const why = (last?.error?.message?.split('\n')[0] ?? '').replace(/\u001b\[[0-9;]*m/g, '');
          notPassed.push(`${label} ${t.status}: ${spec.file}:${spec.line} › ${[...titles, spec.title].join(' › ')}${why ? ` (${why})` : ''}`);
        }
      }
      for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
    };
    for (const suite of e2e.suites ?? []) walk(suite, []);
    if (!ok && (e2e.stats.unexpected ?? 0) === 0) stage(`${label} runner`, false);
  } else stage(label, false);
}

endToEnd('end-to-end tests', path.join(out, 'playwright.json'), {});
// Again on a real PostgreSQL server when one is given (CI starts one), from the same build.
if (process.env.TEST_POSTGRES_URL) {
  endToEnd('end-to-end tests on PostgreSQL', path.join(out, 'playwright-postgres.json'), {
    E2E_POSTGRES_URL: process.env.TEST_POSTGRES_URL,
    E2E_SKIP_BUILD: '1',
    E2E_PORT: '3250',
  });
}

if (notPassed.length > 0) console.log(`\nNot passed:\n${notPassed.map((l) => `  ${l}`).join('\n')}`);
console.log(`\nStages: ${stages.join(', ')}`);
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || totals.skipped > 0 ? 1 : 0);
