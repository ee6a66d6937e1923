// The overlay on each corpus page in Chromium: a badge that covers no article
// text, opens by mouse and keyboard into a panel with sourced outlet facts and
// cross-references, closes with Escape, remembers dismissal per site, leads to
// the reader and compare pages, and passes axe-core in light and dark.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixturePages } from './support/fixture-pages.ts';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
import { axeOnOverlay } from './support/overlay-axe.ts';
import { OverlayProbe } from './support/overlay-probe.ts';
import { requireBuild } from './support/require-build.ts';
import { fixtureRoutes } from './support/routes.ts';

const corpusPages = loadFixturePages().filter((p) => p.case === 'corpus');
const routes = fixtureRoutes();
let session: ChromiumSession;

beforeAll(async () => {
  requireBuild(DIST_DIR);
  session = await launchChromium();
});
afterAll(() => session?.close());

async function openCorpusPage(url: string): Promise<{ page: Page; probe: OverlayProbe }> {
  // The overlay remembers per site whether it was left open: start every test collapsed.
  const reply = await session.sendFromExtensionPage({
    type: 'site/set-prefs',
    payload: { host: new URL(url).hostname, overlay: 'collapsed' },
  });
  expect(reply.ok).toBe(true);
  const page = await session.openPage(url, routes);
  await page.waitForSelector('sourcelight-root', { timeout: 20_000 });
  const probe = await OverlayProbe.attach(page, session.extensionId);
  await probe.waitFor('.sl-badge');
  return { page, probe };
}

/** Client rects of the text of every paragraph on the page (text, not element boxes). */
async function paragraphTextRects(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('p, h1, li')].flatMap((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return [...range.getClientRects()]
        .filter((r) => r.width > 0 && r.height > 0)
        .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
    }),
  );
}

const EXPECTED_OUTLET_FACT: Record<string, RegExp> = {
  sputnik: /Rossiya Segodnya/,
  reuters: /Trust Principles/,
  oyetimes: /not established/i,
};

describe.each(corpusPages.map((p) => [p.expect!, p] as const))('%s', (corpusId, fixture) => {
  it('shows a badge that covers no text and opens a sourced panel by mouse', async () => {
    const { page, probe } = await openCorpusPage(fixture.url);
    try {
      const badge = await probe.query('.sl-badge');
      expect(badge?.attributes['aria-expanded']).toBe('false');
      const overlaps = (await paragraphTextRects(page)).filter(
        (r) =>
          r.x < badge!.rect.x + badge!.rect.width &&
          badge!.rect.x < r.x + r.width &&
          r.y < badge!.rect.y + badge!.rect.height &&
          badge!.rect.y < r.y + r.height,
      );
      expect(overlaps).toEqual([]);

      await probe.click('.sl-badge');
      const panel = await probe.waitFor('#sl-panel');
      expect((await probe.query('.sl-badge'))?.attributes['aria-expanded']).toBe('true');
      const [shownId, outlet] = await page.evaluate(() => {
        const host = document.querySelector('sourcelight-root')!;
        return [host.getAttribute('data-corpus-id'), host.getAttribute('data-outlet')];
      });
      expect(shownId).toBe(corpusId);
      expect(panel.text).toMatch(EXPECTED_OUTLET_FACT[outlet!]!);
      const sourceLinks = await probe.queryAll('#sl-panel a[href^="http"]');
      expect(sourceLinks.length).toBeGreaterThan(2);

      const crossrefsTab = (await probe.queryAll('[role="tab"]')).findIndex((t) => t.text === 'Cross-references');
      await probe.click(`[role="tab"]:nth-child(${crossrefsTab + 1})`);
      const refs = await probe.waitFor('.sl-crossrefs');
      expect(refs.text).toContain('Same event');
      expect(await probe.queryAll('.sl-crossrefs [data-ref-id]')).not.toHaveLength(0);
    } finally {
      await page.close();
    }
  });

  it('works by keyboard: Tab reaches the badge, Enter opens, Escape closes and returns focus', async () => {
    const { page, probe } = await openCorpusPage(fixture.url);
    try {
      // Our host comes last in the document: from the page's last focusable element, Tab lands on it.
      await page.evaluate(() => {
        const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea')].filter(
          (el) => el.offsetParent !== null,
        );
        focusable.at(-1)?.focus();
      });
      let reached = false;
      for (let i = 0; i < 5 && !reached; i++) {
        await page.keyboard.press('Tab');
        // Our UI host: the plain <div> after <body> (the contract element holds no UI).
        reached = await page.evaluate(
          () => document.activeElement?.localName === 'div' && document.activeElement === document.documentElement.lastElementChild,
        );
      }
      expect(reached).toBe(true);
      expect((await probe.activeElement())?.attributes.class).toBe('sl-badge');
      await page.keyboard.press('Enter');
      await probe.waitFor('#sl-panel');
      await page.keyboard.press('Escape');
      await expect.poll(() => probe.query('#sl-panel')).toBeNull();
      expect((await probe.activeElement())?.attributes.class).toBe('sl-badge');
    } finally {
      await page.close();
    }
  });

  it('has no axe-core violations in any panel tab, light and dark', async () => {
    const { page, probe } = await openCorpusPage(fixture.url);
    try {
      await probe.click('.sl-badge');
      await probe.waitFor('#sl-panel');
      const tabs = await probe.queryAll('[role="tab"]');
      expect(tabs.map((t) => t.text)).toEqual(['Provenance', 'Cross-references', 'Statements', 'My highlights', 'Changes']);
      for (const scheme of ['light', 'dark']) {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        for (let i = 1; i <= tabs.length; i++) {
          await probe.click(`[role="tab"]:nth-child(${i})`);
          await probe.waitFor(`[role="tab"]:nth-child(${i})[aria-selected="true"]`);
          const violations = await axeOnOverlay(probe, '#sl-panel');
          expect({ scheme, tab: tabs[i - 1]!.text, violations }).toEqual({ scheme, tab: tabs[i - 1]!.text, violations: [] });
        }
      }
    } finally {
      await page.close();
    }
  });
});

describe('panel behaviour across visits', () => {
  const fixture = corpusPages.find((p) => p.expect === 'sputnik-2009-12-01-rogozin-rasmussen-constructive-talks')!;

  it('lists the Reuters report of the same ministerial and opens the reader page and the compare view', async () => {
    const { page, probe } = await openCorpusPage(fixture.url);
    try {
      await probe.click('.sl-badge');
      const tabs = await probe.queryAll('[role="tab"]');
      await probe.click(`[role="tab"]:nth-child(${tabs.findIndex((t) => t.text === 'Cross-references') + 1})`);
      const sameEvent = await probe.waitFor('[data-section="same-event"] [data-ref-id="reuters-2009-12-04-nato-russia-sign-agreement"]');
      expect(sameEvent.text).toContain('NATO and Russia sign agreement');

      const readerOpened = session.browser.waitForTarget((t) => t.url().includes('/reader/index.html'));
      await probe.click('[data-section="same-event"] [data-action="reader"]');
      const reader = await (await readerOpened).page();
      await reader!.waitForFunction(() => document.body.textContent?.includes('NATO and Russia sign agreement'));
      expect(reader!.url()).toContain('id=reuters-2009-12-04-nato-russia-sign-agreement');
      await reader!.close();

      const compareOpened = session.browser.waitForTarget((t) => t.url().includes('/compare/index.html'));
      await probe.click('[data-section="same-event"] [data-action="compare"]');
      const compare = await (await compareOpened).page();
      expect(compare!.url()).toContain('a=sputnik-2009-12-01-rogozin-rasmussen-constructive-talks');
      expect(compare!.url()).toContain('b=reuters-2009-12-04-nato-russia-sign-agreement');
      await compare!.close();
    } finally {
      await page.close();
    }
  });

  it('remembers a dismissal for the site, and the popup route brings the panel back', async () => {
    const { page, probe } = await openCorpusPage(fixture.url);
    try {
      await probe.click('.sl-badge');
      await probe.click('#sl-panel .sl-panel-header button[title^="Hide"]');
      await expect.poll(() => probe.query('.sl-badge')).toBeNull();
      await page.reload();
      await page.waitForSelector('sourcelight-root');
      const again = await OverlayProbe.attach(page, session.extensionId);
      // The host is there (the page contract holds) but the badge stays hidden.
      await new Promise((r) => setTimeout(r, 500));
      expect(await again.query('.sl-badge')).toBeNull();
      // What the popup does: ask the tab's content script to open the panel.
      const worker = await session.worker();
      await worker.evaluate(async (url: string) => {
        const [tab] = await chrome.tabs.query({ url });
        await chrome.tabs.sendMessage(tab!.id!, { type: 'overlay/open' });
      }, page.url());
      await again.waitFor('#sl-panel');
      // Leave the site as we found it for other tests.
      await again.click('#sl-panel .sl-panel-header button:not([title])');
      await expect.poll(() => again.query('.sl-badge')).not.toBeNull();
    } finally {
      await page.close();
    }
  });
});
