// The page contract in a real Chromium: every corpus page (and every variant
// that must be recognised) gets <sourcelight-root data-corpus-id data-outlet>;
// every other page is left alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixturePages } from './support/fixture-pages.ts';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
import { expectedContract, readPageContract } from './support/page-contract.ts';
import { pageStatus } from './support/page-status.ts';
import { requireBuild } from './support/require-build.ts';
import { fixtureRoutes } from './support/routes.ts';

const pages = loadFixturePages();
const routes = fixtureRoutes();
let session: ChromiumSession;

beforeAll(async () => {
  requireBuild(DIST_DIR);
  session = await launchChromium();
});
afterAll(() => session?.close());

describe('recognised pages carry the page contract', () => {
  const positives = pages.filter((p) => p.expect !== null);
  it.each(positives.map((p) => [`${p.case}: ${p.url}`, p] as const))('%s', async (_label, fixture) => {
    const page = await session.openPage(fixture.url, routes);
    try {
      await page.waitForSelector('sourcelight-root', { timeout: 20_000 });
      expect(await readPageContract(page)).toEqual(expectedContract(fixture.expect!));
    } finally {
      await page.close();
    }
  });
});

describe('other pages are left exactly as they were', () => {
  const negatives = pages.filter((p) => p.expect === null);
  it.each(negatives.map((p) => [`${p.case}: ${p.url}`, p] as const))('%s', async (_label, fixture) => {
    const page = await session.openPage(fixture.url, routes);
    try {
      const status = await pageStatus(session, page.url());
      // Pages with no story body stop at the cheap gate (and stay quiet); stories are checked and refused.
      const stopsAtGate = ['home', 'section', 'chrome-only'].includes(fixture.case);
      expect(status.state).toBe(stopsAtGate ? 'quiet' : 'not-in-corpus');
      const touched = await page.evaluate(() => ({
        hosts: document.querySelectorAll('sourcelight-root').length,
        highlights: CSS.highlights.size,
      }));
      expect(touched).toEqual({ hosts: 0, highlights: 0 });
    } finally {
      await page.close();
    }
  });
});
