// Two kept versions of one article compared with each other in the compare
// view (issue #17), in Chromium: the corpus page served with an edit, a
// version kept; served edited again, a second version kept; the history lists
// both, and opening the second beside the first shows both dates, the second
// edit's words as the difference and the first edit — in both — as none. The
// view's address reopens the pair, the pickers choose any two versions, the
// live page opens beside the version the tab compares, the pair exports as
// Markdown, and a version that is gone gets a clear message.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from './support/axe.ts';
import { loadFixturePages, readFixturePage } from './support/fixture-pages.ts';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
import { OverlayProbe } from './support/overlay-probe.ts';
import { requireBuild } from './support/require-build.ts';
import { fixtureRoutes } from './support/routes.ts';
import { waitForFile, waitUntil } from './support/wait.ts';

const ARTICLE = 'reuters-2009-12-04-nato-russia-sign-agreement';
const page = loadFixturePages().find((p) => p.case === 'corpus' && p.expect === ARTICLE)!;
const routes = fixtureRoutes();
let session: ChromiumSession;

beforeAll(async () => {
  requireBuild(DIST_DIR);
  session = await launchChromium();
});
afterAll(() => session?.close());

/** `html` with `from` replaced by `to`, which must be there. */
function replaced(html: string, from: string, to: string): string {
  if (!html.includes(from)) throw new Error(`"${from}" is not on ${page.file}`);
  return html.replace(from, to);
}

async function changesTab(tab: Page): Promise<OverlayProbe> {
  await tab.waitForSelector('sourcelight-root', { timeout: 30_000 });
  const probe = await OverlayProbe.attach(tab, session.extensionId);
  await probe.waitFor('.sl-badge', 20_000);
  await probe.showTab('Changes');
  await probe.waitFor('.sl-changes[data-status="ready"]', 30_000);
  return probe;
}

async function clickInPanel(probe: OverlayProbe, selector: string): Promise<void> {
  await probe.evaluate(`root.querySelector(${JSON.stringify(selector)})?.scrollIntoView({ block: 'center' });`);
  await probe.click(selector);
}

const keptSelector = '.sl-changes-version[data-snapshot^="snapshot-"]';

/** Keeps the page's version (kept versions are spaced by a few seconds: tries until the history has `count`). */
async function keep(probe: OverlayProbe, count: number): Promise<void> {
  await waitUntil(async () => {
    if ((await probe.queryAll(keptSelector)).length < count) {
      await clickInPanel(probe, '.sl-changes-keep');
      await waitUntil(async () => (await probe.queryAll(keptSelector)).length === count, 1_500).catch(() => undefined);
    }
    return (await probe.queryAll(keptSelector)).length === count;
  }, 40_000);
}

/** What the versions view shows: both heads, the summary, the marked words in each column, each column's text. */
function versionsView(view: Page) {
  return view.evaluate(() => {
    const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const head = (side: string) => {
      const root = document.querySelector(`[data-version-side="${side}"]`);
      return { title: text(root?.querySelector('h2') ?? null), date: text(root?.querySelector('[data-version-date]') ?? null), url: text(root?.querySelector('[data-version-url]') ?? null) };
    };
    return {
      a: head('a'),
      b: head('b'),
      summary: text(document.querySelector('[data-version-summary]')),
      changes: [...document.querySelectorAll<HTMLElement>('[data-version-change]')].map((li) => li.innerText.replace(/\s+/g, ' ').trim()),
      inserted: [...document.querySelectorAll('[data-column="b"] [data-inserted]')].map(text),
      removed: [...document.querySelectorAll('[data-column="a"] [data-removed]')].map(text),
      earlierText: text(document.querySelector('[data-column="a"]')),
      laterText: text(document.querySelector('[data-column="b"]')),
    };
  });
}

const summaryIs = (view: Page, pattern: RegExp) =>
  waitUntil(async () => pattern.test(await view.$eval('[data-version-summary]', (el) => el.textContent ?? '').catch(() => '')), 30_000);

describe('two kept versions in the compare view', () => {
  it('the second edit is the difference between them, the first (in both) is not; the address reopens the pair', async () => {
    const firstEdit = replaced(readFixturePage(page), 'we have achieved a solid result', 'we have achieved a historic result');
    const secondEdit = replaced(firstEdit, 'Many at NATO say it is an attempt', 'Many diplomats at NATO say privately it is an attempt');

    routes.set(page.url, firstEdit);
    const tab = await session.openPage(page.url, routes);
    let view: Page | null = null;
    let reopened: Page | null = null;
    let liveView: Page | null = null;
    try {
      const probe = await changesTab(tab);
      await keep(probe, 1);

      routes.set(page.url, secondEdit);
      await tab.reload();
      const again = await changesTab(tab);
      expect((await again.queryAll(keptSelector)).length).toBe(1);
      await keep(again, 2);
      // The history lists the archived copy and both kept versions, oldest first.
      const history = await again.queryAll('.sl-changes-version');
      expect(history.map((h) => h.text)).toEqual([
        expect.stringMatching(/^Archived copy \(2009-12-05\)/),
        expect.stringMatching(/^Kept \d{4}-\d\d-\d\d \d\d:\d\d UTC from https:\/\/\S+ \(\d+ paragraphs\)/),
        expect.stringMatching(/^Kept \d{4}-\d\d-\d\d \d\d:\d\d UTC from /),
      ]);
      const listed = await session.sendFromExtensionPage({ type: 'snapshots/list', payload: { corpusId: ARTICLE } });
      const [first, second] = (listed as { value: { id: string; takenAt: string }[] }).value;
      expect([first?.id, second?.id]).toEqual(history.slice(1).map((h) => h.attributes['data-snapshot']));

      // The second kept version opens beside the first in the compare view (a new tab).
      const opened = session.browser.waitForTarget((t) => t.url().includes('/compare/index.html?article='), { timeout: 20_000 });
      await clickInPanel(again, `.sl-changes-version[data-snapshot="${second!.id}"] .sl-changes-compare-versions`);
      view = (await (await opened).page())!;
      await view.waitForSelector('[data-version-summary]', { timeout: 30_000 });
      const address = new URL(await view.evaluate(() => location.href));
      expect(Object.fromEntries(address.searchParams)).toEqual({ article: ARTICLE, a: `snapshot:${first!.id}`, b: `snapshot:${second!.id}` });

      const pair = await versionsView(view);
      const keptAt = (iso: string) => `${iso.slice(0, 19).replace('T', ' ')} UTC`;
      expect(pair.a).toEqual({ title: `Earlier: version kept ${keptAt(first!.takenAt)}`, date: keptAt(first!.takenAt), url: page.url });
      expect(pair.b).toEqual({ title: `Later: version kept ${keptAt(second!.takenAt)}`, date: keptAt(second!.takenAt), url: page.url });
      expect(pair.summary).toBe(`Edited since the version kept ${keptAt(first!.takenAt)}: 1 paragraph changed`);
      expect(pair.inserted).toEqual(['diplomats', 'privately']);
      expect(pair.removed).toEqual([]);
      expect(pair.changes).toEqual([expect.stringMatching(/^Paragraph \d+: changed Inserted: diplomats Inserted: privately$/)]);
      // The first edit is in both versions, and no difference between them.
      expect(pair.earlierText).toContain('we have achieved a historic result');
      expect(pair.laterText).toContain('we have achieved a historic result');
      expect(pair.earlierText).toContain('Many at NATO say it is an attempt');
      for (const scheme of ['light', 'dark']) {
        await view.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        expect({ scheme, violations: describeViolations(await runAxe(view)) }).toEqual({ scheme, violations: [] });
      }

      // The pair's report, with both kept versions' addresses and dates.
      const downloads = mkdtempSync(join(tmpdir(), 'sourcelight-versions-'));
      const cdp = await session.browser.target().createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
      await view.click('[data-version-export="md"]');
      const md = readFileSync(join(downloads, await waitForFile(downloads, /\.md$/)), 'utf8');
      await cdp.detach();
      expect(md).toContain(`- Earlier: version kept ${keptAt(first!.takenAt)}: <${page.url}>, ${first!.takenAt}`);
      expect(md).toContain(`- Later: version kept ${keptAt(second!.takenAt)}: <${page.url}>, ${second!.takenAt}`);
      expect(md).toContain('- inserted: **diplomats**');
      expect(md).not.toContain('historic');

      // The address alone reopens the same comparison.
      reopened = await session.extensionPage(`${address.pathname.slice(1)}${address.search}`);
      await summaryIs(reopened, /^Edited since the version kept .*: 1 paragraph changed$/);
      expect((await versionsView(reopened)).inserted).toEqual(['diplomats', 'privately']);

      // Any two: the archived copy against the second kept version shows both edits.
      await view.select('[data-version-picker="a"]', 'archived');
      await summaryIs(view, /^Edited since the archived copy: 2 paragraphs changed$/);
      const fromArchive = await versionsView(view);
      expect(fromArchive.a.title).toBe('Earlier: archived copy');
      expect(fromArchive.a.date).toBe('2009-12-05');
      expect(fromArchive.inserted).toEqual(['historic', 'diplomats', 'privately']);
      expect(fromArchive.removed).toEqual(['solid']);
      // The address follows the choice (so the pair can be reopened).
      await waitUntil(async () => new URL(await view!.evaluate(() => location.href)).searchParams.get('a') === 'archived');

      // The live page itself, opened from the tab beside the version compared there (the archived copy).
      const liveOpened = session.browser.waitForTarget((t) => t.url().includes('/compare/index.html?article=') && t.url().includes('live%3A'), {
        timeout: 20_000,
      });
      await clickInPanel(again, '.sl-changes-open-compare');
      liveView = (await (await liveOpened).page())!;
      await summaryIs(liveView, /^Edited since the archived copy: 2 paragraphs changed$/);
      const withLive = await versionsView(liveView);
      expect(withLive.b.title).toBe('Later: live page');
      expect(withLive.b.url).toBe(page.url);
      expect(withLive.inserted).toEqual(['historic', 'diplomats', 'privately']);
      const liveAddress = new URL(await liveView.evaluate(() => location.href));
      expect(liveAddress.searchParams.get('a')).toBe('archived');
      // Only held, never stored: the worker still has the two kept versions and no other.
      const stillKept = await session.sendFromExtensionPage({ type: 'snapshots/list', payload: { corpusId: ARTICLE } });
      expect((stillKept as { value: { id: string }[] }).value.map((k) => k.id)).toEqual([first!.id, second!.id]);

      // A kept version removed: the pair's address says which one is gone, instead of a blank page.
      expect((await session.sendFromExtensionPage({ type: 'snapshots/remove', payload: { id: first!.id } })).ok).toBe(true);
      await reopened.reload({ waitUntil: 'load' });
      const problem = await reopened.waitForSelector('[data-version-problem]', { timeout: 30_000 });
      expect(await problem!.evaluate((el) => el.textContent)).toContain(
        `Earlier version: The kept version "${first!.id}" is not in this article's history: it was removed, or the address is wrong.`,
      );
      expect(await reopened.$('[data-version-summary]')).toBeNull();
      // The picker still offers the versions that are left (the live page too, while the worker holds it).
      const options = await reopened.$$eval('[data-version-picker="a"] option', (os) => os.map((o) => (o as HTMLOptionElement).value));
      const liveRef = liveAddress.searchParams.get('b');
      expect(options).toEqual([`snapshot:${first!.id}`, 'archived', `snapshot:${second!.id}`, liveRef]);
    } finally {
      await view?.close();
      await reopened?.close();
      await liveView?.close();
      await tab.close();
    }
  });

  it('an address naming no version, or an unknown article, gets a clear message', async () => {
    const base = 'extension/pages/compare/index.html';
    const bad = await session.extensionPage(`${base}?article=${ARTICLE}&a=live:gone&b=live`);
    try {
      const problem = await bad.waitForSelector('[data-version-problem]', { timeout: 30_000 });
      const text = await problem!.evaluate((el) => el.textContent);
      expect(text).toContain("Earlier version: The live page's text is held only while the browser runs Sourcelight's worker");
      expect(text).toContain('Later version: "live" names no version');
    } finally {
      await bad.close();
    }
    const unknown = await session.extensionPage(`${base}?article=no-such-article&a=archived&b=archived`);
    try {
      const problem = await unknown.waitForSelector('[data-version-problem]', { timeout: 30_000 });
      expect(await problem!.evaluate((el) => el.textContent)).toMatch(/^The versions of this article could not be read: No corpus article has the id "no-such-article"/);
    } finally {
      await unknown.close();
    }
  });
});
