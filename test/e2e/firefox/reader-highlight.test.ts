// A reader highlight in Firefox: select text in the article, press
// Alt+Shift+H, and the selection is drawn with the CSS Custom Highlight API;
// after a reload the same text is highlighted again (stored by the extension,
// re-anchored on the fresh page).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixturePage, loadFixturePages } from '../support/fixture-pages.ts';
import { DIST_FIREFOX_DIR, type FirefoxSession, launchFirefox } from '../support/launch-firefox.ts';
import { requireBuild } from '../support/require-build.ts';
import { fixtureRoutes } from '../support/routes.ts';

/** Every highlight the page can see (the fixtures register none of their own): name → priority and the text of each range. */
type Drawn = Record<string, { priority: number; texts: string[] }>;

async function drawnHighlights(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const drawn: Record<string, { priority: number; texts: string[] }> = {};
    for (const [name, highlight] of CSS.highlights) {
      drawn[name] = { priority: highlight.priority, texts: [...highlight].map((range) => range.toString()) };
    }
    return drawn;
  });
}

/** Reader highlights (not statements, which are drawn at priority 0) whose ranges cover exactly `text`. */
function readerHighlightsOf(drawn: Drawn, text: string): string[] {
  return Object.entries(drawn)
    .filter(([, { priority, texts }]) => priority === 1 && texts.includes(text))
    .map(([name]) => name);
}

async function waitForReaderHighlight(page: Page, text: string, timeoutMs = 10_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const names = readerHighlightsOf(await drawnHighlights(page), text);
    if (names.length) return names;
    if (Date.now() > deadline) return [];
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Selects the first words (about 80 characters, ending on a word) of the
 * article's longest paragraph, with a Range over its text node, and returns
 * the selected text.
 */
async function selectArticleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const paragraphs = [...document.querySelectorAll('p')].filter((p) => !p.closest('sourcelight-root'));
    const longest = paragraphs.sort((a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0))[0];
    const node = [...(longest?.childNodes ?? [])].find((n) => n.nodeType === Node.TEXT_NODE && (n.textContent?.trim().length ?? 0) > 80);
    if (!node) throw new Error('The fixture page has no paragraph with a long text node');
    const text = node.textContent ?? '';
    const start = text.length - text.trimStart().length;
    const end = text.lastIndexOf(' ', start + 80);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  });
}

let session: FirefoxSession;
const fixture: FixturePage | undefined = loadFixturePages().find((p) => p.case === 'corpus' && p.url.includes('oyetimes.com'));

beforeAll(async () => {
  requireBuild(DIST_FIREFOX_DIR);
  session = await launchFirefox();
});
afterAll(() => session?.close());

describe('Firefox: reader highlights', () => {
  it('Alt+Shift+H highlights the selection, and the highlight is back after a reload', async () => {
    if (!fixture) throw new Error('fixtures/pages/pages.json has no Oye! Times corpus page');
    const page = await session.openPage(fixture.url, fixtureRoutes());
    try {
      await page.waitForSelector('sourcelight-root', { timeout: 20_000 });
      const selected = await selectArticleText(page);
      expect(selected.length).toBeGreaterThan(40);
      // Statements may already cover this text: only a new reader highlight counts.
      expect(readerHighlightsOf(await drawnHighlights(page), selected)).toEqual([]);

      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press('KeyH');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
      const saved = await waitForReaderHighlight(page, selected);
      expect(saved, 'no reader highlight covers the selection after Alt+Shift+H').not.toEqual([]);

      await page.reload({ waitUntil: 'load' });
      await page.waitForSelector('sourcelight-root', { timeout: 20_000 });
      const restored = await waitForReaderHighlight(page, selected);
      // Registry names are random for each page load: the same one highlight, under a new name.
      expect(restored, 'the highlight did not come back after a reload').toHaveLength(saved.length);
    } finally {
      await page.close();
    }
  });
});
