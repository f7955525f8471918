#!/usr/bin/env node
// `npm test`: every gate, in order of cost: type-check (four projects), lint, format check, unit + integration
// tests (Vitest), build, end-to-end tests (Playwright: the preview project in Chromium, and the
// Electron project where its binary exists). Ends with one plain summary line:
// "tests: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = join(root, 'test-results');
mkdirSync(reports, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function step(name, cmd, args, env = {}) {
  const started = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  console.log(
    `=== ${name}: ${ok ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (!ok) failures.push(name);
  return ok;
}

function gate(name, cmd, args) {
  // A gate that is not a test runner counts as one test.
  if (step(name, cmd, args)) totals.passed++;
  else totals.failed++;
}

for (const project of ['shared', 'electron', 'renderer', 'tools'])
  gate(`typecheck ${project}`, 'tsc', ['-p', `tsconfig.${project}.json`]);
gate('lint', 'eslint', ['--max-warnings', '0', '.']);
// Prettier names every file that is not formatted (`npm run format` writes them).
gate('format', 'prettier', ['--check', '.']);
gate('electronegativity', 'node', ['scripts/electronegativity-gate.mjs']);

const vitestJson = join(reports, 'vitest.json');
step('unit and integration tests', 'vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  totals.passed += v.numPassedTests ?? 0;
  // A suite that fails to load has no failed tests of its own: count it as one failure.
  totals.failed += Math.max(v.numFailedTests ?? 0, v.numFailedTestSuites ?? 0);
  totals.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
} else totals.failed++;

const built =
  step('build', 'electron-vite', ['build']) &&
  step('build CLI and preview', 'node', ['scripts/build-node-entries.mjs']);
if (!built) totals.failed++;
else {
  const pwJson = join(reports, 'playwright.json');
  step('end-to-end tests', 'playwright', ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
  if (existsSync(pwJson)) {
    const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats ?? {};
    totals.passed += (s.expected ?? 0) + (s.flaky ?? 0);
    totals.failed += s.unexpected ?? 0;
    totals.skipped += s.skipped ?? 0;
  } else totals.failed++;
}

if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length || totals.failed ? 1 : 0);
