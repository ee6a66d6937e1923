// The Firefox build in Firefox ESR: the same page contract as in Chromium on
// the five corpus pages and a few variants, nothing on a few look-alikes, the
// articles that arrive after load, and an overlay the page cannot open but the
// keyboard can reach.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixturePage, loadFixturePages } from '../support/fixture-pages.ts';
import { expectedContract, readPageContract } from '../support/page-contract.ts';
import { lateRenderingPage, SPA_ARTICLE_PATH, singlePageAppHome } from '../support/late-article-pages.ts';
import { DIST_FIREFOX_DIR, type FirefoxSession, launchFirefox } from '../support/launch-firefox.ts';
import { requireBuild } from '../support/require-build.ts';
import { fixtureRoutes } from '../support/routes.ts';

const pages = loadFixturePages();
const routes = fixtureRoutes();

function pick(predicate: (page: FixturePage) => boolean, count: number): FixturePage[] {
  const found = pages.filter(predicate).slice(0, count);
  if (found.length < count) throw new Error(`fixtures/pages/pages.json has fewer than ${count} pages of this kind`);
  return found;
}

// Every corpus page, one of each kind of variant the Firefox content script
// must also see through, and negatives that share text or chrome with the corpus.
const corpusPages = pick((p) => p.case === 'corpus', 5);
const variants = ['query-string', 'typographic', 'redesign', 'hostile'].map((kind) => pick((p) => p.case === kind, 1)[0]!);
const negatives = [
  'hard-negative-shared-paragraphs',
  'related-list',
  'home',
  'other-language',
].map((kind) => pick((p) => p.case === kind && p.expect === null, 1)[0]!);

let session: FirefoxSession;
/** The slowest time from load to host on a recognised page: negatives wait well past it. */
let slowestRecognitionMs = 0;

beforeAll(async () => {
  requireBuild(DIST_FIREFOX_DIR);
  session = await launchFirefox();
});
afterAll(() => session?.close());

describe('Firefox: recognised pages carry the page contract', () => {
  it.each([...corpusPages, ...variants].map((p) => [`${p.case}: ${p.url}`, p] as const))('%s', async (_label, fixture) => {
    const page = await session.openPage(fixture.url, routes);
    try {
      const loaded = Date.now();
      await page.waitForSelector('sourcelight-root', { timeout: 20_000 });
      slowestRecognitionMs = Math.max(slowestRecognitionMs, Date.now() - loaded);
      expect(await readPageContract(page)).toEqual(expectedContract(fixture.expect!));
      if (fixture.case === 'hostile') {
        // The page swapped attachShadow and polls the host: it must have caught nothing.
        await new Promise((r) => setTimeout(r, 500));
        const leaked = await page.evaluate(() => (window as unknown as { __leaked?: unknown[] }).__leaked);
        expect(leaked).toEqual([]);
      }
    } finally {
      await page.close();
    }
  });
});

describe('Firefox: other pages are left as they were', () => {
  it.each(negatives.map((p) => [`${p.case}: ${p.url}`, p] as const))('%s', async (_label, fixture) => {
    const page = await session.openPage(fixture.url, routes);
    try {
      // Over BiDi the test cannot ask the content script for its verdict, so it
      // waits three times as long as the slowest recognition above (at least 2 s).
      await new Promise((r) => setTimeout(r, Math.max(2_000, 3 * slowestRecognitionMs)));
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

describe('Firefox: articles that arrive after load', () => {
  const article = corpusPages.find((p) => p.url.includes('sputnik'))!;
  // [label, address served, page, the address's path once the article shows]
  const late: [string, string, string, string][] = [
    ['an app renders it late', 'https://sputniknews.com/amp-app/late', lateRenderingPage(article), '/amp-app/late'],
    ['a single-page app navigates to it', 'https://sputniknews.com/spa-home/address-first', singlePageAppHome(article, 'address-first'), SPA_ARTICLE_PATH],
  ];
  it.each(late)('%s', async (_label, url, html, finalPath) => {
    const page = await session.openPage(url, new Map(routes).set(url, html));
    try {
      await page.waitForSelector('sourcelight-root', { timeout: 20_000 });
      expect(await readPageContract(page)).toEqual(expectedContract(article.expect!));
      // The page's own location: over BiDi, Firefox 140.12 ESR reports no same-document navigation (pushState), so
      // Puppeteer's page.url() stays at the address first loaded.
      expect(new URL(await page.evaluate(() => location.href)).pathname).toBe(finalPath);
    } finally {
      await page.close();
    }
  });
});

describe('Firefox: the overlay', () => {
  it('lives in a closed shadow root whose badge the keyboard reaches', async () => {
    const fixture = corpusPages[0]!;
    const page = await session.openPage(fixture.url, routes);
    try {
      await page.waitForSelector('sourcelight-root', { timeout: 20_000 });
      expect(await page.evaluate(() => document.querySelector('sourcelight-root')?.shadowRoot)).toBeNull();
      // Focus lands on the UI host (the plain <div> under <html>, before <body>) when the badge inside its shadow root takes it.
      const linksBefore = await page.evaluate(() => document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]').length);
      let presses = 0;
      let reached = false;
      while (!reached && presses < linksBefore + 10) {
        await page.keyboard.press('Tab');
        presses += 1;
        reached = await page.evaluate(
          () => document.activeElement?.tagName === 'DIV' && document.activeElement.parentNode === document.documentElement,
        );
      }
      expect(reached, `Tab never reached the Sourcelight badge in ${presses} presses`).toBe(true);
      // Still closed to the page after focusing it.
      expect(await page.evaluate(() => (document.activeElement as Element).shadowRoot)).toBeNull();
    } finally {
      await page.close();
    }
  });
});
