// "Installs what is missing" for `npm start` and `npm test`: the npm packages
// and Debian's Chromium (and Firefox ESR for the Firefox suite). Only Node
// built-ins here: this runs before node_modules exists.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findBrowser } from './find-browser.js';

const ROOT = join(import.meta.dirname, '../..');

const APT_PACKAGES = { chromium: 'chromium', firefox: 'firefox-esr' };

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

export function ensureNodeModules() {
  if (existsSync(join(ROOT, 'node_modules/.package-lock.json'))) return;
  console.log('Installing npm packages (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

function canApt() {
  try {
    return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  } catch {
    return false;
  }
}

let aptUpdated = false;

/** Installs the browsers that are missing, when this machine lets us; returns what is still missing. */
export function ensureBrowsers(kinds) {
  const missing = kinds.filter((kind) => !findBrowser(kind));
  if (missing.length === 0) return [];
  if (!canApt()) return missing;
  const packages = missing.map((kind) => APT_PACKAGES[kind]);
  console.log(`Installing ${packages.join(', ')} from Debian's packages…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    run('apt-get', ['update', '-qq'], { env });
    aptUpdated = true;
  }
  run('apt-get', ['install', '-y', '-qq', ...packages], { env });
  return kinds.filter((kind) => !findBrowser(kind));
}

export function npmScript(name, extraArgs = [], options = {}) {
  run('npm', ['run', '--silent', name, ...(extraArgs.length ? ['--', ...extraArgs] : [])], options);
}

export function gitHead() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
  } catch {
    return 'unknown';
  }
}
