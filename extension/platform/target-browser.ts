// Which engine a build is for, read from SOURCELIGHT_BROWSER, and where each
// build goes. A misspelt value stops the build instead of quietly building
// the Chromium package.
import type { TargetBrowser } from './manifest-for-browser.ts';

const OUT_DIRS: Record<TargetBrowser, string> = { chrome: 'dist', firefox: 'dist-firefox' };

export function targetBrowserFromEnv(value: string | undefined): TargetBrowser {
  if (value === undefined || value === '' || value === 'chrome' || value === 'chromium') return 'chrome';
  if (value === 'firefox') return 'firefox';
  throw new Error(`SOURCELIGHT_BROWSER="${value}" is not a target: use "firefox", or leave it unset for Chromium.`);
}

export function outDirFor(browser: TargetBrowser): string {
  return OUT_DIRS[browser];
}
