// Finds Debian's Chromium or Firefox ESR (or one named by an environment
// variable). Puppeteer's own browser download does not work offline, so the
// project always drives a system browser.
import { existsSync } from 'node:fs';

const CANDIDATES = {
  chromium: {
    env: ['SOURCELIGHT_CHROMIUM', 'CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH'],
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
    install: 'sudo apt-get update && sudo apt-get install -y chromium   (or set SOURCELIGHT_CHROMIUM=/path/to/chrome)',
  },
  firefox: {
    env: ['SOURCELIGHT_FIREFOX', 'FIREFOX_PATH'],
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    install: 'sudo apt-get update && sudo apt-get install -y firefox-esr   (or set SOURCELIGHT_FIREFOX=/path/to/firefox)',
  },
};

/** The executable's path, or null. */
export function findBrowser(kind) {
  const spec = CANDIDATES[kind];
  for (const name of spec.env) {
    const value = process.env[name];
    if (value && existsSync(value)) return value;
  }
  return spec.paths.find((p) => existsSync(p)) ?? null;
}

/** The executable's path, or an Error whose message says how to install it. */
export function requireBrowser(kind) {
  const found = findBrowser(kind);
  if (found) return found;
  const spec = CANDIDATES[kind];
  throw new Error(
    `No ${kind} found (looked at $${spec.env.join(', $')} and ${spec.paths.join(', ')}).\nInstall it with:\n  ${spec.install}`,
  );
}
