// The page contract in a real Chromium: every corpus page (and every variant
// that must be recognised) gets <sourcelight-root data-corpus-id data-outlet>;
// every other page is left alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixturePages } from './support/fixture-pages.ts';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
import { pageStatus } from './support/page-status.ts';
import { requireBuild } from './support/require-build.ts';
import { fixtureRoutes } from './support/routes.ts';
import catalog from '../../fixtures/corpus/catalog.json' with { type: 'json' };

const pages = loadFixturePages();
const outletOf = new Map(catalog.articles.map((a) => [a.id, a.outlet]));
let session: ChromiumSession;

beforeAll(async () => {
  requireBuild(DIST_DIR);
  session = await launchChromium();
});
afterAll(() => session?.close());

describe('recognised pages carry the page contract', () => {
  const positives = pages.filter((p) => p.expect !== null);
  it.each(positives.map((p) => [`${p.case}: ${p.url}`, p] as const))('%s', async (_label, fixture) => {
    const page = await session.openPage(fixture.url, fixtureRoutes());
    try {
      const host = await page.waitForSelector('sourcelight-root', { timeout: 20_000 });
      const attributes = await page.evaluate(() => {
        const all = document.querySelectorAll('sourcelight-root');
        const el = all[0]!;
        return {
          count: all.length,
          parent: el.parentElement?.tagName,
          corpusId: el.getAttribute('data-corpus-id'),
          outlet: el.getAttribute('data-outlet'),
          shadowVisibleToPage: el.shadowRoot !== null,
          innerText: el.innerHTML,
        };
      });
      expect(host).not.toBeNull();
      expect(attributes).toEqual({
        count: 1,
        parent: 'HTML',
        corpusId: fixture.expect,
        outlet: outletOf.get(fixture.expect!),
        shadowVisibleToPage: false,
        innerText: '',
      });
    } finally {
      await page.close();
    }
  });
});

describe('other pages are left exactly as they were', () => {
  const negatives = pages.filter((p) => p.expect === null);
  it.each(negatives.map((p) => [`${p.case}: ${p.url}`, p] as const))('%s', async (_label, fixture) => {
    const page = await session.openPage(fixture.url, fixtureRoutes());
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
