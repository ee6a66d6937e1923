#!/usr/bin/env node
// `npm test`: everything, on a fresh machine too — installs what is missing,
// type-checks, lints, builds both targets, runs the unit and end-to-end suites
// (Chromium and Firefox), and ends with one line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBrowsers, ensureNodeModules } from './lib/setup.js';

const ROOT = join(import.meta.dirname, '..');
const REPORT = join(ROOT, '.cache/vitest-report.json');

let passed = 0;
let failed = 0;

function step(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✖'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function check(label, command, args, env) {
  if (step(label, command, args, env)) passed += 1;
  else failed += 1;
}

try {
  ensureNodeModules();
  const missing = ensureBrowsers(['chromium', 'firefox']);
  if (missing.length) {
    console.error(`\nMissing browsers: ${missing.join(', ')}. Install them (as root: apt-get install -y chromium firefox-esr)`);
    console.error('or point SOURCELIGHT_CHROMIUM / SOURCELIGHT_FIREFOX at them; their end-to-end tests will fail without them.');
  }
} catch (error) {
  console.error(`Setup failed: ${error.message}`);
  failed += 1;
}

check('type-check (tsc)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
check('lint (biome)', 'npx', ['biome', 'lint', '.']);
const built = step('build: Chromium (dist/)', 'npm', ['run', '--silent', 'build']);
if (built) passed += 1;
else failed += 1;
check('build: Firefox (dist-firefox/)', 'npm', ['run', '--silent', 'build:firefox']);
check('web-ext lint (dist-firefox/)', 'npx', ['web-ext', 'lint', '--source-dir', 'dist-firefox', '--no-input', '--output', 'text']);

mkdirSync(join(ROOT, '.cache'), { recursive: true });
rmSync(REPORT, { force: true });
step('unit and end-to-end tests (vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${REPORT}`,
]);
try {
  const report = JSON.parse(readFileSync(REPORT, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + report.numPendingTests + report.numTodoTests;
  // A suite that failed to load has no tests to count: count it as a failure.
  failed += report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
} catch {
  console.error('vitest wrote no report: counting the test run as failed.');
  failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
