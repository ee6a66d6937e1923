#!/usr/bin/env node
// `npm start`: installs what is missing, builds the extension and opens it in
// Chromium on the five corpus pages, served locally at their real addresses
// (no network). With no display, or with --headless, it writes a screenshot
// of each page with its overlay open into screenshots/ and prints where.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureBrowsers, ensureNodeModules } from './lib/setup.js';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;

try {
  ensureNodeModules();
  const missing = ensureBrowsers(['chromium']);
  if (missing.length) {
    // Let the opener print the exact install instructions.
    console.error('Chromium is missing and could not be installed here.');
  }
} catch (error) {
  console.error(`Setup failed: ${error.message}`);
  process.exit(1);
}

const run = (command, commandArgs) => spawnSync(command, commandArgs, { stdio: 'inherit', cwd: ROOT }).status ?? 1;
if (run('npm', ['run', '--silent', 'build']) !== 0) process.exit(1);
process.exitCode = run('npx', ['tsx', 'scripts/open-corpus-pages.ts', ...(headless ? ['--headless'] : [])]);
