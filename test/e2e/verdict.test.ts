// The verdict line in Chromium: on each of the five corpus articles the panel
// opens with its ranked facts at the top, each one click (or Enter) from its
// sourced detail; the in-page badge and the toolbar button carry its marker,
// and the popup shows the same line and opens the panel at a clause's detail.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixturePages } from './support/fixture-pages.ts';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
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

interface Expected {
  clauses: string[];
  marker: string;
  badgeText: string;
  /** A clause to follow, and the id of the sourced detail it must land on. */
  follow: { kind: string; detailId: string };
}

const EXPECTED: Record<string, Expected> = {
  'sputnik-2008-09-27-lavrov-relations-not-frozen': {
    clauses: ['State media', 'RIA Novosti wire copy'],
    marker: 'State media',
    badgeText: 'OWN',
    follow: { kind: 'ownership', detailId: 'sl-outlet-sputnik' },
  },
  'sputnik-2007-06-26-russia-links-cooperation-to-reform': {
    clauses: ['State media', 'RIA Novosti wire copy', 'A known error'],
    marker: 'State media',
    badgeText: 'OWN',
    follow: { kind: 'known-error', detailId: 'sl-detail-care-sputnik-2007-06-26-russia-links-cooperation-to-reform' },
  },
  'sputnik-2009-12-01-rogozin-rasmussen-constructive-talks': {
    clauses: ['State media', 'RIA Novosti wire copy', 'Anonymous source', 'A claim in it is disputed'],
    marker: 'State media',
    badgeText: 'OWN',
    follow: { kind: 'anonymous-source', detailId: 'sl-detail-anonymous-sputnik-2009-12-01-rogozin-rasmussen-constructive-talks' },
  },
  'reuters-2009-12-04-nato-russia-sign-agreement': {
    clauses: ['Recycles earlier Reuters copy', "Pool footage; embargo and copyright dates are the archive's"],
    marker: 'Recycled copy',
    badgeText: 'WIRE',
    follow: { kind: 'archive-metadata', detailId: 'sl-detail-metadata-reuters-2009-12-04-nato-russia-sign-agreement' },
  },
  'oyetimes-2010-09-lavrov-upset-ambiguous-stance': {
    clauses: [
      'Who runs it is not established',
      'Republished, most likely unattributed, from RT',
      '“Last updated 2022” is a site stamp',
      'A known error',
    ],
    marker: 'Operator unknown',
    badgeText: 'OWN',
    follow: { kind: 'republication', detailId: 'sl-detail-origin-oyetimes-2010-09-lavrov-upset-ambiguous-stance' },
  },
};

async function openCorpusPage(url: string): Promise<{ page: Page; probe: OverlayProbe }> {
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

/** The toolbar button's badge text and title for the tab showing `url`, as the worker set them. */
async function toolbarBadge(url: string): Promise<{ text: string; title: string }> {
  const worker = await session.worker();
  return worker.evaluate(async (address: string) => {
    const [tab] = await chrome.tabs.query({ url: address });
    return {
      text: await chrome.action.getBadgeText({ tabId: tab!.id! }),
      title: await chrome.action.getTitle({ tabId: tab!.id! }),
    };
  }, url);
}

/** The focused element in the overlay and whether it is inside the panel body's visible area. */
async function focusedDetail(probe: OverlayProbe): Promise<{ id: string | null; visible: boolean }> {
  return probe.evaluate(`
    const el = root.activeElement;
    const body = root.querySelector('.sl-panel-body');
    if (!el || !body) return { id: null, visible: false };
    const r = el.getBoundingClientRect();
    const b = body.getBoundingClientRect();
    return { id: el.id || null, visible: r.top >= b.top - 1 && r.top < b.bottom };`);
}

const selectedTab = async (probe: OverlayProbe) => (await probe.query('[role="tab"][aria-selected="true"]'))?.text;

const perArticle = Object.keys(EXPECTED).map((id) => [id, corpusPages.find((p) => p.expect === id)!] as const);

describe.each(perArticle)('%s', (corpusId, fixture) => {
  const expected = EXPECTED[corpusId]!;

  it('shows its verdict facts at the panel top, each one click from its sourced detail', async () => {
    const { page, probe } = await openCorpusPage(fixture.url);
    try {
      expect((await probe.query('.sl-badge-marker'))?.text).toBe(expected.marker);
      await expect.poll(() => toolbarBadge(page.url()), { timeout: 10_000 }).toMatchObject({ text: expected.badgeText });
      expect((await toolbarBadge(page.url())).title).toContain(expected.clauses.join(' · '));

      await probe.click('.sl-badge');
      await probe.waitFor('#sl-panel [data-verdict-line]');
      const clauses = await probe.queryAll('#sl-panel .sl-verdict-clause');
      expect(clauses.map((c) => c.text)).toEqual(expected.clauses);
      // At the top: between the panel's header and its tabs, in view without scrolling.
      const header = (await probe.query('.sl-panel-header'))!;
      const tabs = (await probe.query('[role="tablist"]'))!;
      const line = (await probe.query('[data-verdict-line]'))!;
      expect(line.rect.y).toBeGreaterThanOrEqual(header.rect.y + header.rect.height - 1);
      expect(line.rect.y + line.rect.height).toBeLessThanOrEqual(tabs.rect.y + 1);

      // Another tab first, so the click has to bring the Provenance tab back.
      await probe.showTab('Statements');
      await probe.click(`.sl-verdict-clause[data-verdict-kind="${expected.follow.kind}"]`);
      await expect.poll(() => focusedDetail(probe)).toEqual({ id: expected.follow.detailId, visible: true });
      expect(await selectedTab(probe)).toBe('Provenance');
    } finally {
      await page.close();
    }
  });
});

describe('the verdict line by keyboard and from the popup', () => {
  const fixture = corpusPages.find((p) => p.expect === 'sputnik-2009-12-01-rogozin-rasmussen-constructive-talks')!;

  it('Enter on a clause takes focus to its sourced detail', async () => {
    const { page, probe } = await openCorpusPage(fixture.url);
    try {
      await probe.click('.sl-badge');
      await probe.waitFor('.sl-verdict-clause[data-verdict-kind="disputed-claim"]');
      await probe.evaluate(`root.querySelector('.sl-verdict-clause[data-verdict-kind="disputed-claim"]').focus();`);
      await page.keyboard.press('Enter');
      await expect
        .poll(() => focusedDetail(probe))
        .toEqual({ id: 'sl-detail-care-sputnik-2009-12-01-rogozin-rasmussen-constructive-talks', visible: true });
    } finally {
      await page.close();
    }
  });

  it('the popup shows the same line, and a clause opens the panel at its detail', async () => {
    const { page, probe } = await openCorpusPage(fixture.url);
    try {
      await page.bringToFront();
      // A new target: the session's message sender is a popup page in a tab too.
      const before = new Set(session.browser.targets());
      const opened = session.browser.waitForTarget((t) => !before.has(t) && t.url().includes('/popup/index.html'), {
        timeout: 10_000,
      });
      const worker = await session.worker();
      await worker.evaluate(() => chrome.action.openPopup());
      const popup = (await (await opened).asPage())!;
      await popup.waitForSelector('.sl-verdict-clause', { timeout: 10_000 });
      const texts = await popup.$$eval('.sl-verdict-clause', (els) => els.map((e) => e.textContent));
      expect(texts).toEqual(EXPECTED[fixture.expect!]!.clauses);
      await popup.click('.sl-verdict-clause[data-verdict-kind="anonymous-source"]');
      await probe.waitFor('#sl-panel');
      await expect
        .poll(() => focusedDetail(probe))
        .toEqual({ id: 'sl-detail-anonymous-sputnik-2009-12-01-rogozin-rasmussen-constructive-talks', visible: true });
    } finally {
      await page.close();
    }
  });
});
