// The toolbar popup, opened for real (chrome.action.openPopup) over a tab:
// it says whether the tab is a corpus article and which one, and opens the
// overlay's panel in that tab.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixturePages } from './support/fixture-pages.ts';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
import { OverlayProbe } from './support/overlay-probe.ts';
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

/** Opens the action popup over `tab` and waits for it to say something. */
async function openPopup(tab: Page): Promise<Page> {
  await tab.bringToFront();
  const opened = session.browser.waitForTarget((t) => t.url().includes('/popup/index.html'), { timeout: 10_000 });
  const worker = await session.worker();
  await worker.evaluate(() => chrome.action.openPopup());
  const popup = (await (await opened).asPage())!;
  await popup.waitForFunction(() => {
    const text = document.querySelector('[role="status"]')?.textContent ?? '';
    return text !== '' && !text.includes('Looking at this tab');
  });
  return popup;
}

const statusText = (popup: Page) => popup.evaluate(() => document.querySelector('[role="status"]')!.textContent);

describe('the toolbar popup', () => {
  it('names the corpus article and opens its panel', async () => {
    const fixture = pages.find((p) => p.case === 'corpus' && p.expect === 'reuters-2009-12-04-nato-russia-sign-agreement')!;
    const tab = await session.openPage(fixture.url, routes);
    await tab.waitForSelector('sourcelight-root');
    const probe = await OverlayProbe.attach(tab, session.extensionId);
    await probe.waitFor('.sl-badge');
    const popup = await openPopup(tab);
    expect(await statusText(popup)).toBe(
      'Corpus article from Reuters: BELGIUM: NATO and Russia sign agreement paving the way to smoother relations',
    );
    await popup.click('button.sl-primary');
    expect((await probe.waitFor('#sl-panel')).text).toContain('Trust Principles');
    await tab.close();
  });

  it.each([
    ['https://www.oyetimes.com/news/europe/6151-nato-chief-urges-missile-defence-cooperation-with-russia', 'Oye! Times', /not established/i, true],
    ['https://www.reuters.com/article/us-nato-russia-idUSTRE5B02BD20091201', 'Reuters', /Thomson Reuters/, true],
    ['https://sputniknews.com/', 'Sputnik', /Rossiya Segodnya/, false],
  ] as const)('on %s (not in the corpus) gives the outlet facts with sources and the highlighting hint', async (url, name, fact, article) => {
    const tab = await session.openPage(url, routes);
    await pageStatus(session, tab.url());
    const popup = await openPopup(tab);
    await popup.waitForSelector('.sl-popup-outlet');
    const card = await popup.$eval('.sl-popup-outlet', (el) => ({
      title: el.querySelector('h2')?.textContent,
      text: el.textContent ?? '',
      sources: [...el.querySelectorAll('a[href^="http"]')].length,
    }));
    expect(card.title).toBe(`About ${name}`);
    expect(card.text).toMatch(fact);
    expect(card.sources).toBeGreaterThan(0);
    const hint = await popup.$eval('[data-hint="highlighting"]', (el) => el.textContent ?? '');
    expect(hint).toMatch(article ? /^You can highlight here/ : /^You can highlight on any/);
    expect(await popup.$('.sl-verdict')).toBeNull();
    await popup.close();
    await tab.close();
  });

  it.each([
    ['home', 'This page does not look like an article.'],
    ['hard-negative-shared-paragraphs', 'This article is not in the Sourcelight corpus.'],
  ])('says what it made of a %s page', async (kind, expected) => {
    const fixture = pages.find((p) => p.case === kind)!;
    const tab = await session.openPage(fixture.url, routes);
    await pageStatus(session, tab.url());
    const popup = await openPopup(tab);
    expect(await statusText(popup)).toBe(expected);
    expect(await popup.$('button.sl-primary')).toBeNull();
    await popup.close();
    await tab.close();
  });
});
