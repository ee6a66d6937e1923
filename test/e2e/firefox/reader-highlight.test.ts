// A reader highlight in Firefox: select text in the article, press
// Alt+Shift+H, and the selection is drawn — as boxes in Sourcelight's closed
// shadow root, so the page's own registry (CSS.highlights) gains no range of
// it; after a reload the same text is drawn again (stored by the extension,
// re-anchored on the fresh page). Over WebDriver BiDi the test cannot open the
// closed root, so it looks at the pixels: the text's colours multiplied by the
// Claim category's colour at a third, as a highlighter's ink.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixturePage, loadFixturePages } from '../support/fixture-pages.ts';
import { DIST_FIREFOX_DIR, type FirefoxSession, launchFirefox } from '../support/launch-firefox.ts';
import { requireBuild } from '../support/require-build.ts';
import { fixtureRoutes } from '../support/routes.ts';

/** The texts of every range in the page's highlight registry (statements only: the fixtures register none of their own). */
async function registryTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.values()].flatMap((h) => [...h].map((range) => range.toString())).sort());
}

/** The registry once the statements are all drawn (those out of view come in idle time): the same over a second. */
async function settledRegistry(page: Page): Promise<string[]> {
  let before = await registryTexts(page);
  for (;;) {
    await new Promise((r) => setTimeout(r, 1_000));
    const now = await registryTexts(page);
    if (now.length > 0 && now.join('\n') === before.join('\n')) return now;
    before = now;
  }
}

type Box = { x: number; y: number; width: number; height: number };

/** The first client rect of `text` (in the longest paragraph's first long text node), with the selection cleared. */
async function rectOf(page: Page, text: string): Promise<Box> {
  return page.evaluate((wanted: string) => {
    getSelection()?.removeAllRanges();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const r = range.getClientRects()[0]!;
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    throw new Error('The text is not on the page');
  }, text);
}

/** The most common colour (the background under the text) in a part of the window's screenshot. */
async function backgroundIn(page: Page, box: Box): Promise<number[]> {
  const png = (await page.screenshot({ encoding: 'base64' })) as string;
  return page.evaluate(
    async (data: string, area: Box) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
      const scale = bitmap.width / innerWidth;
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      // Inside the rect, clear of its edges and of the underline at its bottom.
      const [x, y, w, h] = [area.x + 2, area.y + 2, area.width - 4, area.height - 6].map((v) => Math.round(v * scale)) as [number, number, number, number];
      const bytes = context.getImageData(x, y, w, h).data;
      const counts = new Map<string, number>();
      for (let i = 0; i < bytes.length; i += 4) {
        const key = `${bytes[i]},${bytes[i + 1]},${bytes[i + 2]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return [...counts].sort((a, b) => b[1] - a[1])[0]![0].split(',').map(Number);
    },
    png,
    box,
  );
}

/** The built-in Claim category (the toolbar's first), #d9480f, multiplied at a third: each channel's share of what was under it. */
const CLAIM_SHARE = [0xd9, 0x48, 0x0f].map((c) => 1 - 0.33 + (0.33 * c) / 255);

/** Whether `after` is `before` with the Claim colour multiplied over it (each channel within 0.04 of its share). */
function claimDrawnOver(before: number[], after: number[]): boolean {
  return before.every((b, i) => b > 0 && Math.abs(after[i]! / b - CLAIM_SHARE[i]!) < 0.04);
}

async function waitForClaimOver(page: Page, text: string, before: number[], timeoutMs = 10_000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = await backgroundIn(page, await rectOf(page, text));
    if (claimDrawnOver(before, now) || Date.now() > deadline) return now;
    await new Promise((r) => setTimeout(r, 200));
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
      const registryBefore = await settledRegistry(page);
      const selected = await selectArticleText(page);
      expect(selected.length).toBeGreaterThan(40);
      // What is under the text before (statements may already be drawn over it), with the selection cleared.
      const before = await backgroundIn(page, await rectOf(page, selected));
      await selectArticleText(page);

      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press('KeyH');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
      const drawn = await waitForClaimOver(page, selected, before);
      expect(claimDrawnOver(before, drawn), `after Alt+Shift+H the text's background went from ${before} to ${drawn}`).toBe(true);
      // The page's registry is as it was: no range of the reader's highlight in it.
      expect(await settledRegistry(page)).toEqual(registryBefore);

      await page.reload({ waitUntil: 'load' });
      await page.waitForSelector('sourcelight-root', { timeout: 20_000 });
      const again = await waitForClaimOver(page, selected, before, 20_000);
      expect(claimDrawnOver(before, again), `after a reload the text's background is ${again}, not the Claim colour over ${before}`).toBe(true);
      expect(await registryTexts(page)).not.toContain(selected);
    } finally {
      await page.close();
    }
  });
});
