// What changed (issue #17) in Chromium: corpus pages served with edits show
// the inserted words marked on the page (Custom Highlight API) and the right
// entries in the panel's Changes tab — a changed quote (its statement flagged),
// a removed paragraph (listed, nothing marked), an appended correction,
// paragraphs reordered (moved, not removed and added), typography and reflow
// only (no change). A version kept, the page edited again: the history lists
// the kept versions and the page is compared with either.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixturePage, loadFixturePages, readFixturePage } from './support/fixture-pages.ts';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
import { axeOnOverlay } from './support/overlay-axe.ts';
import { OverlayProbe } from './support/overlay-probe.ts';
import { requireBuild } from './support/require-build.ts';
import { fixtureRoutes } from './support/routes.ts';
import { waitForFile, waitUntil } from './support/wait.ts';

const corpusPages = loadFixturePages().filter((p) => p.case === 'corpus');
const fixture = (prefix: string): FixturePage => corpusPages.find((p) => p.file.includes(prefix))!;
const routes = fixtureRoutes();
let session: ChromiumSession;

beforeAll(async () => {
  requireBuild(DIST_DIR);
  session = await launchChromium();
});
afterAll(() => session?.close());

/** The fixture page with each line passed through `edit` (a line: the page's HTML line; null drops it). */
function edited(page: FixturePage, edit: (line: string, index: number, lines: string[]) => string | null): string {
  const lines = readFixturePage(page).split('\n');
  const out = lines.map((line, i) => edit(line, i, lines)).filter((l): l is string => l !== null);
  const html = out.join('\n');
  if (html === lines.join('\n')) throw new Error(`The edit changed nothing on ${page.file}`);
  return html;
}

async function open(page: FixturePage, html: string): Promise<{ tab: Page; probe: OverlayProbe }> {
  routes.set(page.url, html);
  const tab = await session.openPage(page.url, routes);
  await tab.waitForSelector('sourcelight-root', { timeout: 30_000 });
  const probe = await OverlayProbe.attach(tab, session.extensionId);
  await probe.waitFor('.sl-badge', 20_000);
  await probe.showTab('Changes');
  await probe.waitFor('.sl-changes[data-status="ready"]', 30_000);
  return { tab, probe };
}

/** Texts of every range the page's highlight registry holds, per highlight (names are random). */
function highlightTexts(tab: Page): Promise<string[][]> {
  return tab.evaluate(() => [...CSS.highlights.values()].map((h) => [...h].map((r) => r.toString())));
}

/** The texts of the change marks: the one highlight drawn under all others (priority -1; names are random). */
async function changeMarks(tab: Page, unchangedHighlights: number): Promise<string[]> {
  expect((await highlightTexts(tab)).length).toBe(unchangedHighlights + 1);
  return tab.evaluate(() => [...CSS.highlights.values()].filter((h) => h.priority === -1).flatMap((h) => [...h].map((r) => r.toString())));
}

async function clickInPanel(probe: OverlayProbe, selector: string): Promise<void> {
  await probe.evaluate(`root.querySelector(${JSON.stringify(selector)})?.scrollIntoView({ block: 'center' });`);
  await probe.click(selector);
}

async function summary(probe: OverlayProbe): Promise<string> {
  return (await probe.waitFor('.sl-changes-summary')).text.trim();
}

/** Each entry of the tab's list as "where: what | Removed: … | Inserted: …". */
async function items(probe: OverlayProbe): Promise<string[]> {
  return probe.evaluate<string[]>(`
    const clean = (el) => el.textContent.replace(/\\s+/g, ' ').trim();
    return [...root.querySelectorAll('.sl-changes-item')].map((item) => {
      const parts = [...item.querySelectorAll('.sl-changes-what, .sl-changes-removed, .sl-changes-inserted')].map(clean);
      return parts.join(' | ');
    });`);
}

describe('changes on corpus pages served with edits', () => {
  it('a changed quote: the new word marked on the page, the old one listed, the statement flagged', async () => {
    const page = fixture('sputnik/000');
    const { tab, probe } = await open(
      page,
      edited(page, (line) => line.replace('"Our relations are not frozen although', '"Our relations are completely frozen although')),
    );
    try {
      expect(await summary(probe)).toBe('edited since the archived copy: 1 paragraph changed');
      // The same line joins the verdict at the top of the panel.
      expect((await probe.waitFor('.sl-verdict-extra')).text).toBe('Edited since the archived copy: 1 paragraph changed');
      expect(await items(probe)).toEqual(['Paragraph 3: changed | Removed: not | Inserted: completely']);
      expect(await changeMarks(tab, 1)).toEqual(['completely']);
      const flags = (await probe.queryAll('.sl-changes-flag')).map((f) => f.text);
      expect(flags.some((f) => /Our relations are completely frozen/.test(f) && /This quote was changed after publication/.test(f))).toBe(true);
      // Exported from the tab as Markdown and JSON, with both versions' addresses and dates.
      const downloads = mkdtempSync(join(tmpdir(), 'sourcelight-changes-'));
      const cdp = await session.browser.target().createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
      await clickInPanel(probe, '.sl-changes-export-md');
      const md = readFileSync(join(downloads, await waitForFile(downloads, /\.md$/)), 'utf8');
      expect(md).toContain('- Earlier: archived copy: <https://sputniknews.com/20080927/117172470.html>, 2008-09-27');
      expect(md).toMatch(/- Now: live page: <https:\/\/sputniknews\.com\/20080927\/117172470\.html>, 20\d\d-\d\d-\d\dT/);
      expect(md).toContain('- removed: ~~not~~');
      expect(md).toContain('- inserted: **completely**');
      await clickInPanel(probe, '.sl-changes-export-json');
      const json = JSON.parse(readFileSync(join(downloads, await waitForFile(downloads, /\.json$/)), 'utf8'));
      expect(json).toMatchObject({
        format: 'sourcelight-changes',
        earlier: { label: 'archived copy', url: 'https://sputniknews.com/20080927/117172470.html', date: '2008-09-27' },
        live: { label: 'live page', url: page.url },
        counts: { changed: 1, removed: 0, added: 0, moved: 0 },
        paragraphs: [{ status: 'changed', earlierParagraph: 3, inserted: ['completely'], removed: ['not'] }],
      });
      await cdp.detach();
      // The tab with its marks and flags is accessible in both schemes.
      for (const scheme of ['light', 'dark']) {
        await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        expect({ scheme, violations: await axeOnOverlay(probe, '#sl-panel') }).toEqual({ scheme, violations: [] });
      }
    } finally {
      await tab.close();
    }
  });

  it('a paragraph rewritten in its place (the Oye! Times sentence-changed page): changed, new words marked', async () => {
    const page = loadFixturePages().find((p) => p.file === 'oyetimes/004-sentence-changed.html')!;
    const { tab, probe } = await open(page, readFixturePage(page));
    try {
      expect(await summary(probe)).toBe('edited since the archived copy: 1 paragraph changed');
      const [entry] = await items(probe);
      expect(entry).toMatch(/^Paragraph 5: changed \| Removed: a United Nations \| .* \| Inserted: Earlier \| Inserted: speaking \| /);
      const marks = await changeMarks(tab, 1);
      expect(marks).toContain('Secretary General');
      expect(marks).not.toContain('Anders Fogh Rasmussen');
    } finally {
      await tab.close();
    }
  });

  it('a removed paragraph: listed with its text and place, nothing marked', async () => {
    const page = fixture('reuters/003');
    const { tab, probe } = await open(
      page,
      edited(page, (line) => (line.includes("<p>NATO and Russia resolved a dispute which Moscow's envoy") ? null : line)),
    );
    try {
      expect(await summary(probe)).toBe('edited since the archived copy: 1 paragraph removed');
      expect(await items(probe)).toEqual([
        "Paragraph 3: removed | Removed: NATO and Russia resolved a dispute which Moscow's envoy to the military alliance had said could affect prospects for increased cooperation on Afghanistan.",
      ]);
      expect((await highlightTexts(tab)).length).toBe(1); // statements only
    } finally {
      await tab.close();
    }
  });

  it('an appended correction: a new paragraph, marked on the page', async () => {
    const page = fixture('oyetimes/004');
    const correction = 'Correction: An earlier version of this article misstated the day of the interview, which was broadcast on Sunday.';
    const { tab, probe } = await open(
      page,
      edited(page, (line) => (line.includes('<p>“On one hand, we are a partner') ? `${line}\n          <p>${correction}</p>` : line)),
    );
    try {
      expect(await summary(probe)).toBe('edited since the archived copy: 1 paragraph added');
      expect(await items(probe)).toEqual([`New paragraph: added | Inserted: ${correction}`]);
      expect(await changeMarks(tab, 1)).toEqual([correction]);
    } finally {
      await tab.close();
    }
  });

  it('paragraphs reordered: moved, not removed and added, nothing marked', async () => {
    const page = fixture('sputnik/002');
    const { tab, probe } = await open(
      page,
      edited(page, (line, _i, lines) => {
        const moving = lines.find((l) => l.includes('<p>Dmitry Rogozin met with Anders Fogh Rasmussen'))!;
        if (line === moving) return null;
        return line.includes('<p>NATO spokesman James Appathurai denied') ? `${line}\n${moving}` : line;
      }),
    );
    try {
      expect(await summary(probe)).toBe('edited since the archived copy: 1 paragraph moved');
      expect(await items(probe)).toEqual(['Paragraph 2: moved']);
      expect((await highlightTexts(tab)).length).toBe(1);
    } finally {
      await tab.close();
    }
  });

  it('typography and reflow only: no change shown', async () => {
    const page = fixture('sputnik/001');
    const { tab, probe } = await open(
      page,
      edited(page, (line) => {
        if (!line.includes('<p>')) return line;
        let out = line
          .replace(/"([^"<]*)"/g, '\u201C$1\u201D')
          .replace(/(\w)'(\w)/g, '$1\u2019$2')
          .replace(/ - /g, ' \u2013 ')
          .replace(/, /g, ',&nbsp; ');
        // The dateline paragraph split over two paragraphs.
        if (out.includes('<p>MOSCOW, June 26')) out = out.replace(' the country will', '</p><p>the country will');
        return out;
      }),
    );
    try {
      expect(await summary(probe)).toBe('No change since the archived copy');
      expect(await probe.queryAll('.sl-changes-item')).toEqual([]);
      expect((await probe.query('.sl-changes'))?.attributes['data-inserted']).toBe('0');
      expect((await highlightTexts(tab)).length).toBe(1);
    } finally {
      await tab.close();
    }
  });
});

describe('a page that changes while it is read', () => {
  it('is compared again after it changes, at most every few seconds', async () => {
    const page = fixture('sputnik/000');
    const { tab, probe } = await open(page, readFixturePage(page));
    try {
      expect(await summary(probe)).toBe('No change since the archived copy');
      const comparedAt = async () => (await probe.query('.sl-changes'))?.attributes['data-compared-at'] ?? '';
      const first = await comparedAt();
      // A live blog: the page rewrites one paragraph every 100 ms for 6 s (a counter in it), and changes a quote once.
      await tab.evaluate(() => {
        const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.startsWith('"Our relations are not frozen'))!;
        p.textContent = p.textContent!.replace('not frozen', 'completely frozen');
        const ticker = [...document.querySelectorAll('p')].find((x) => x.textContent?.startsWith('Relations between NATO'))!;
        const original = ticker.textContent!;
        let n = 0;
        const timer = setInterval(() => {
          ticker.textContent = `${original} Update ${++n}.`;
        }, 100);
        setTimeout(() => clearInterval(timer), 6_000);
      });
      const seen = new Set<string>([first]);
      const started = Date.now();
      while (Date.now() - started < 7_000) {
        seen.add(await comparedAt());
        await new Promise((r) => setTimeout(r, 100));
      }
      // 60 changes in 6 s: compared again, but at most every 3 s, then less often (plus the one at the start).
      expect(seen.size).toBeGreaterThanOrEqual(2);
      expect(seen.size).toBeLessThanOrEqual(5);
      await waitUntil(async () => /^edited since the archived copy: 2 paragraphs changed$/.test(await summary(probe)), 20_000);
      const entries = await items(probe);
      expect(entries).toContain('Paragraph 3: changed | Removed: not | Inserted: completely');
      expect(entries.find((e) => e.startsWith('Paragraph 2: changed'))).toMatch(/^Paragraph 2: changed \| Inserted: Update \d+$/);
    } finally {
      await tab.close();
    }
  });
});

describe('kept versions', () => {
  it('a version kept, the page edited again: the history shows both and the page is compared with either', async () => {
    const page = fixture('sputnik/000');
    const first = edited(page, (line) => line.replace('"Our relations are not frozen although', '"Our relations are completely frozen although'));
    const { tab, probe } = await open(page, first);
    try {
      await clickInPanel(probe, '.sl-changes-keep');
      await probe.waitFor('.sl-changes-version[data-snapshot^="snapshot-"]', 15_000);

      // The page is edited again: the "not frozen" paragraph's neighbour goes, and the tab follows (re-compared).
      const second = first
        .split('\n')
        .filter((line) => !line.includes('<p>NATO subsequently urged Russia to reverse its decision'))
        .join('\n');
      routes.set(page.url, second);
      await tab.reload();
      await tab.waitForSelector('sourcelight-root', { timeout: 30_000 });
      const again = await OverlayProbe.attach(tab, session.extensionId);
      await again.showTab('Changes');
      await again.waitFor('.sl-changes[data-status="ready"]', 30_000);
      expect(await summary(again)).toBe('edited since the archived copy: 1 paragraph changed, 1 removed');
      const kept = await again.queryAll('.sl-changes-version[data-snapshot^="snapshot-"]');
      expect(kept).toHaveLength(1);

      // Against the kept version only the removal is new.
      await clickInPanel(again, `.sl-changes-version[data-snapshot="${kept[0]!.attributes['data-snapshot']}"] .sl-changes-compare`);
      await waitUntil(async () => /^edited since the version kept .*: 1 paragraph removed$/.test(await summary(again)));
      expect(await items(again)).toEqual([expect.stringMatching(/^Paragraph 5: removed \| Removed: NATO subsequently urged Russia .* activities\.$/)]);

      // Keep this one too (versions of one article are spaced by a few seconds: try until it is kept).
      await waitUntil(async () => {
        await clickInPanel(again, '.sl-changes-keep');
        await new Promise((r) => setTimeout(r, 500));
        return (await again.queryAll('.sl-changes-version[data-snapshot^="snapshot-"]')).length === 2;
      }, 30_000);
      const history = await again.queryAll('.sl-changes-version');
      expect(history.map((h) => h.text)).toEqual([
        expect.stringMatching(/^Archived copy \(2008-09-27\)/),
        expect.stringMatching(/^Kept \d{4}-\d\d-\d\d \d\d:\d\d UTC from https:\/\/sputniknews\.com\/20080927\/117172470\.html \(14 paragraphs\)/),
        expect.stringMatching(/^Kept .* \(13 paragraphs\)/),
      ]);
      // The worker has both, in order, and nothing else was stored for the article.
      const listed = await session.sendFromExtensionPage({ type: 'snapshots/list', payload: { corpusId: 'sputnik-2008-09-27-lavrov-relations-not-frozen' } });
      expect(listed.ok).toBe(true);
      const snapshots = (listed as { value: { paragraphs: string[] }[] }).value;
      expect(snapshots.map((s) => s.paragraphs.length)).toEqual([14, 13]);
      expect(snapshots[0]!.paragraphs[2]).toMatch(/^"Our relations are completely frozen/);
    } finally {
      await tab.close();
    }
  });
});
