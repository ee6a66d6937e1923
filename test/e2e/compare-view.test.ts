// The compare view's differences and the reader's own highlights on the
// extension pages, in a real Chromium with the built extension: 002 vs 003
// shows each outlet's kind and wire, who each quotes and the sentences only
// one reports; a highlight made in the reader page shows on the outlet page.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from './support/axe.ts';
import { loadFixturePages } from './support/fixture-pages.ts';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
import { drawnMarkTexts } from './support/reader-marks.ts';
import { requireBuild } from './support/require-build.ts';
import { fixtureRoutes } from './support/routes.ts';

const SPUTNIK_002 = 'sputnik-2009-12-01-rogozin-rasmussen-constructive-talks';
const REUTERS_003 = 'reuters-2009-12-04-nato-russia-sign-agreement';
const readerPath = (id: string) => `extension/pages/reader/index.html?id=${encodeURIComponent(id)}`;
const comparePath = (a: string, b: string) => `extension/pages/compare/index.html?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;

const pages = loadFixturePages();
const routes = fixtureRoutes();
const outletPageOf = (id: string) => pages.find((p) => p.case === 'corpus' && p.expect === id)!.url;
const READER_PASSAGE = "ahead of Friday's meeting of the NATO-Russia Council";
const READER_NOTE = 'Made in the reader page — note 5d2a';
const COMPARE_PASSAGE = 'do away with the transatlantic alliance';
const COMPARE_NOTE = 'Made in the compare view — note 91fe';

let session: ChromiumSession;

beforeAll(async () => {
  requireBuild(DIST_DIR);
  session = await launchChromium();
});
afterAll(() => session?.close());

async function open(path: string, ready: string): Promise<Page> {
  const page = await session.extensionPage(path);
  await page.waitForSelector(ready, { timeout: 30_000 });
  return page;
}

describe('compare view: differences', () => {
  it('002 vs 003: outlet kind and wire, speaker lists side by side, sentences only in each', async () => {
    const page = await open(comparePath(SPUTNIK_002, REUTERS_003), '[data-diff-side="b"]');
    try {
      const view = await page.evaluate(() => {
        const side = (s: string) => {
          const root = document.querySelector(`[data-diff-side="${s}"]`)!;
          return {
            title: root.querySelector('h3')?.textContent,
            kind: root.querySelector('[data-outlet-kind]')?.textContent,
            wire: root.querySelector('[data-wire]')?.textContent,
            speakers: [...root.querySelectorAll('[data-speaker]')].map((li) => li.getAttribute('data-speaker')),
            inBoth: [...root.querySelectorAll('[data-speaker][data-in-both]')].length,
            onlyHeading: [...root.querySelectorAll('h4')].map((h) => h.textContent ?? '').find((t) => t.startsWith('Only in')),
            onlyIn: [...root.querySelectorAll('[data-only-in] li')].map((li) => li.textContent ?? ''),
          };
        };
        return { a: side('a'), b: side('b'), passages: document.querySelectorAll('[data-passage-button]').length };
      });
      expect(view.a.title).toBe('Sputnik');
      expect(view.a.kind).toBe('State media');
      expect(view.a.wire).toBe('RIA Novosti');
      expect(view.b.title).toBe('Reuters');
      expect(view.b.kind).toBe('Commercial');
      expect(view.b.wire).toMatch(/Reuters/);
      expect(view.a.speakers).toEqual(expect.arrayContaining(['Dmitry Rogozin', 'James Appathurai']));
      expect(view.b.speakers).toEqual(expect.arrayContaining(['Sergei Lavrov', 'Anders Fogh Rasmussen', 'Dmitry Medvedev']));
      expect(view.a.inBoth + view.b.inBoth).toBe(0);
      expect(view.a.onlyHeading).toMatch(/^Only in Sputnik \(\d+ of \d+ sentences\)$/);
      expect(view.b.onlyHeading).toMatch(/^Only in Reuters \(\d+ of \d+ sentences\)$/);
      expect(view.a.onlyIn.some((t) => t.startsWith('Rogozin said earlier that the Canadian delegation had blocked'))).toBe(true);
      expect(view.b.onlyIn.some((t) => t.startsWith("Lavrov denied that Russia was trying to stop NATO's enlargement"))).toBe(true);
      // The shared passages are still there, below.
      expect(view.passages).toBeGreaterThan(0);
      expect(await page.$eval('[data-difference-summary]', (p) => p.textContent)).toMatch(/no one is quoted in both/);

      // A sentence of the list is shown, marked, in its column.
      const denied = view.b.onlyIn.findIndex((t) => t.startsWith('Lavrov denied'));
      await page.click(`[data-only-in="b"] li:nth-child(${denied + 1}) button`);
      await page.waitForFunction(() => CSS.highlights.has('sl-shown-sentence'), { timeout: 10_000 });
      const shown = await page.evaluate(() => {
        const range = [...CSS.highlights.get('sl-shown-sentence')!][0] as Range;
        const column = document.querySelector('[data-column="b"]')!;
        const box = range.getBoundingClientRect();
        const frame = column.getBoundingClientRect();
        return { text: range.toString(), inColumn: column.contains(range.startContainer), visible: box.top >= frame.top && box.bottom <= frame.bottom + 1 && box.top < innerHeight };
      });
      expect(shown.text).toMatch(/^Lavrov denied that Russia was trying to stop NATO's enlargement/);
      expect(shown.inColumn).toBe(true);
      expect(shown.visible).toBe(true);
      expect(describeViolations(await runAxe(page))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

/**
 * The texts of the reader's highlights (priority 1) an extension page (reader, compare) has registered: those pages
 * run no page scripts and keep the Custom Highlight API. An outlet's page draws them in the closed shadow root instead
 * (read with drawnMarkTexts).
 */
function readerHighlightTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...CSS.highlights.values()].filter((h) => h.priority === 1).flatMap((h) => [...h].map((r) => (r as Range).toString())),
  );
}

/** The reader's own stored highlights of an article (statements left out). */
async function storedHighlights(id: string): Promise<{ note: string; categoryId: string; selectors: { quote: { exact: string } } }[]> {
  const reply = await session.sendFromExtensionPage({ type: 'annotations/for-page', payload: { url: outletPageOf(id), corpusId: id } });
  expect(reply.ok, reply.error).toBe(true);
  const { annotations } = reply.value as { annotations: { origin: string; note: string; categoryId: string; selectors: { quote: { exact: string } } }[] };
  return annotations.filter((r) => r.origin === 'reader');
}

/** Selects `text` inside `root` (one text node) with a real mouse drag; false when the drag selected something else. */
async function dragSelectIn(page: Page, root: string, text: string): Promise<boolean> {
  const box = await page.evaluate(
    (rootSelector: string, wanted: string) => {
      const root = document.querySelector(rootSelector)!;
      // The text may scroll on its own (the compare view's columns): bring it into the window first.
      root.scrollIntoView({ block: 'start' });
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const at = node.data.indexOf(wanted);
        if (at < 0) continue;
        node.parentElement!.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const rects = range.getClientRects();
        const first = rects[0]!;
        const last = rects[rects.length - 1]!;
        return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
      }
      return null;
    },
    root,
    text,
  );
  if (!box) return false;
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
  const selected = await page.evaluate(() => getSelection()?.toString());
  if (selected !== text) console.warn(`dragSelectIn: selected ${JSON.stringify(selected)}, wanted ${JSON.stringify(text)}`);
  return selected === text;
}

/**
 * Waits for the toolbar to show the whole of `passage`. A drag changes the selection step by step, and the toolbar opens
 * on the first step; the page hears of the last step in a `selectionchange` event that may come after the drag has
 * returned. Typing into the note before that moves the selection into the note field, and the toolbar would keep the
 * passage of an earlier step (a save of "… our interests c" on a busy machine). A reader sees the quote first, too.
 */
async function toolbarShowing(page: Page, toolbar: string, passage: string): Promise<void> {
  await page.waitForFunction(
    (selector: string, wanted: string) => document.querySelector(selector)?.textContent === `\u201c${wanted}\u201d`,
    { timeout: 10_000 },
    `[data-highlight-toolbar="${toolbar}"] .sl-hl-quote`,
    passage.length > 80 ? `${passage.slice(0, 80)}\u2026` : passage,
  );
}

/** Selects `passage` in the text with the mouse, then fills in and submits the highlight toolbar that appears. */
async function highlightThroughToolbar(page: Page, toolbar: string, textRoot: string, passage: string, category: string, note: string): Promise<void> {
  expect(await dragSelectIn(page, textRoot, passage)).toBe(true);
  await toolbarShowing(page, toolbar, passage);
  await page.select(`[data-highlight-toolbar="${toolbar}"] [data-highlight-category]`, category);
  await page.type(`[data-highlight-toolbar="${toolbar}"] [data-highlight-note]`, note);
  await page.click(`[data-highlight-toolbar="${toolbar}"] [data-highlight-save]`);
}

describe("the reader's highlights on the extension pages", () => {
  it('one made in the reader page is stored for the article and drawn on the outlet page', async () => {
    const page = await open(readerPath(SPUTNIK_002), '[data-highlights="reader"]');
    try {
      await page.waitForFunction(() => /Your highlights \(0\)/.test(document.querySelector('[data-highlights="reader"] h2')?.textContent ?? ''), { timeout: 15_000 });
      await highlightThroughToolbar(page, 'reader', '.sl-reader-main .sl-article-text', READER_PASSAGE, 'evidence', READER_NOTE);
      await page.waitForSelector('[data-highlights="reader"] li[data-highlight-id]', { timeout: 15_000 });
      expect(await page.$eval('[data-highlights="reader"] [role="status"]', (el) => el.textContent)).toContain('Highlight saved.');
      expect(await page.$('[data-highlight-toolbar="reader"]')).toBeNull();
      const item = await page.$eval('[data-highlights="reader"] li[data-highlight-id]', (li) => li.textContent ?? '');
      expect(item).toContain('Evidence');
      expect(item).toContain(READER_NOTE);
      await expect.poll(() => readerHighlightTexts(page)).toEqual([READER_PASSAGE]);
      expect(describeViolations(await runAxe(page))).toEqual([]);
    } finally {
      await page.close();
    }

    const stored = await storedHighlights(SPUTNIK_002);
    expect(stored.map((r) => [r.selectors.quote.exact, r.categoryId, r.note])).toEqual([[READER_PASSAGE, 'evidence', READER_NOTE]]);

    // The outlet's own page (served at its address) draws it: keyed to the corpus id and the address.
    const outlet = await session.openPage(outletPageOf(SPUTNIK_002), routes);
    try {
      await outlet.waitForSelector('sourcelight-root', { timeout: 20_000 });
      await expect.poll(() => drawnMarkTexts(outlet, session.extensionId), { timeout: 20_000 }).toEqual([READER_PASSAGE]);
      // Not in the outlet page's own registry, where its scripts could read it.
      expect(await readerHighlightTexts(outlet)).toEqual([]);
    } finally {
      await outlet.close();
    }
  });

  it('the compare view shows it in its column, and one made there shows in the reader page', async () => {
    const page = await open(comparePath(SPUTNIK_002, REUTERS_003), '[data-highlights="b"]');
    try {
      // The reader-page highlight of 002, drawn and listed in the left column.
      await page.waitForSelector('[data-highlights="a"] li[data-highlight-id]', { timeout: 15_000 });
      expect(await page.$eval('[data-highlights="a"] li[data-highlight-id]', (li) => li.textContent ?? '')).toContain(READER_NOTE);
      await expect.poll(() => readerHighlightTexts(page)).toEqual([READER_PASSAGE]);

      // A selection in the left column opens its toolbar; selecting in the right column then moves it there.
      expect(await dragSelectIn(page, '[data-column="a"]', 'the Canadian delegation')).toBe(true);
      await page.waitForSelector('[data-highlight-toolbar="a"]', { timeout: 10_000 });
      await highlightThroughToolbar(page, 'b', '[data-column="b"]', COMPARE_PASSAGE, 'question', COMPARE_NOTE);
      expect(await page.$('[data-highlight-toolbar="a"]')).toBeNull();
      await page.waitForSelector('[data-highlights="b"] li[data-highlight-id]', { timeout: 15_000 });
      await expect.poll(async () => (await readerHighlightTexts(page)).sort()).toEqual([COMPARE_PASSAGE, READER_PASSAGE].sort());
      expect(describeViolations(await runAxe(page))).toEqual([]);
    } finally {
      await page.close();
    }
    const stored = await storedHighlights(REUTERS_003);
    expect(stored.map((r) => [r.selectors.quote.exact, r.categoryId, r.note])).toEqual([[COMPARE_PASSAGE, 'question', COMPARE_NOTE]]);

    const reader = await open(readerPath(REUTERS_003), '[data-highlights="reader"]');
    try {
      await reader.waitForSelector('[data-highlights="reader"] li[data-highlight-id]', { timeout: 15_000 });
      await expect.poll(() => readerHighlightTexts(reader)).toEqual([COMPARE_PASSAGE]);
    } finally {
      await reader.close();
    }
  });

  it('a refused save is reported with the selection and note kept, and Retry stores it once', async () => {
    const LAVROV_000 = 'sputnik-2008-09-27-lavrov-relations-not-frozen';
    const passage = 'Afghanistan is the sphere where our interests coincide';
    const page = await open(readerPath(LAVROV_000), '[data-highlights="reader"]');
    // As a paste would: the whole text at once into the focused note field.
    const fill = (text: string) =>
      page.$eval(
        '[data-highlight-toolbar="reader"] [data-highlight-note]',
        (field, value) => {
          (field as HTMLTextAreaElement).focus();
          (field as HTMLTextAreaElement).select();
          document.execCommand('insertText', false, value as string);
        },
        text,
      );
    try {
      await page.waitForFunction(() => /^Your highlights \(0\)/.test(document.querySelector('[data-highlights="reader"] h2')?.textContent ?? ''), { timeout: 15_000 });
      expect(await dragSelectIn(page, '.sl-reader-main .sl-article-text', passage)).toBe(true);
      await toolbarShowing(page, 'reader', passage);
      await fill('x'.repeat(20_001));
      await page.click('[data-highlight-toolbar="reader"] [data-highlight-save]');
      const alert = await page.waitForSelector('[data-highlight-toolbar="reader"] [role="alert"]', { timeout: 15_000 });
      expect(await alert!.evaluate((el) => el.textContent)).toMatch(/^Not saved: .*note.* Your selection and note are kept\.$/i);
      expect(await storedHighlights(LAVROV_000)).toEqual([]);
      // The toolbar, its passage and the note are still there; the reader shortens the note and retries.
      expect(await page.$eval('[data-highlight-toolbar="reader"] [data-highlight-note]', (f) => (f as HTMLTextAreaElement).value.length)).toBe(20_001);
      expect(await page.$eval('[data-highlight-toolbar="reader"] [data-highlight-save]', (b) => b.textContent)).toBe('Retry');
      // The open toolbar with its error is clean for axe-core in both colour schemes.
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        expect(describeViolations(await runAxe(page)), scheme).toEqual([]);
      }
      await page.emulateMediaFeatures([]);
      await fill('Shorter note after a refusal');
      await page.click('[data-highlight-toolbar="reader"] [data-highlight-save]');
      await page.waitForSelector('[data-highlights="reader"] li[data-highlight-id]', { timeout: 15_000 });
      expect(await page.$('[data-highlight-toolbar="reader"]')).toBeNull();
      const stored = await storedHighlights(LAVROV_000);
      expect(stored.map((r) => [r.selectors.quote.exact, r.note])).toEqual([[passage, 'Shorter note after a refusal']]);
    } finally {
      await page.close();
    }
  });
});
