// The page contract's promise for what the reader writes: "Nothing the user
// wrote (notes, highlights) may be readable by the page's own scripts." The
// reader makes a highlight with a category and a note on a corpus article;
// then a script in the page's own world looks everywhere it can — the Custom
// Highlight registry (every range, with its offsets), the document tree, the
// contract element and the UI host, the selection, what lies under the
// highlight (elementsFromPoint), the adopted style sheets, the computed styles
// of the text and of our elements, the frames — and everything it finds is
// what it found before the highlight was made. The highlight is drawn all the
// same: boxes over the text's rects in the closed shadow root, in the
// category's colour, the text legible through them on a light page and a dark one.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixturePages, readFixturePage } from './support/fixture-pages.ts';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
import { OverlayProbe } from './support/overlay-probe.ts';
import { type DrawnMark, drawnMarks } from './support/reader-marks.ts';
import { requireBuild } from './support/require-build.ts';
import { fixtureRoutes } from './support/routes.ts';
import { dragSelect } from './support/select-text.ts';
import { chooseToolbarCategory, clickToolbar, typeInToolbarNote, waitForToolbarSaved } from './support/selection-toolbar.ts';
import { storeHighlight } from './support/stored-highlight.ts';
import { textFieldValues } from './support/text-field.ts';

const pages = loadFixturePages();
const routes = fixtureRoutes();
const LAVROV = pages.find((p) => p.case === 'corpus' && p.expect === 'sputnik-2008-09-27-lavrov-relations-not-frozen')!;
const PASSAGE = 'Moscow in turn blamed Western powers for encouraging Tbilisi';
const NOTE = 'Only the reader may read this — private-marks note 9b41';
/** A highlight stored beforehand, in the same paragraph, for the drawing tests. */
const STORED = 'suspended all peacekeeping operations with NATO';
/** The built-in Question category's colour (src/store/categories.ts). */
const QUESTION = { id: 'question', color: '#ae3ec9', rgb: [0xae, 0x3e, 0xc9] };

let session: ChromiumSession;

beforeAll(async () => {
  requireBuild(DIST_DIR);
  session = await launchChromium();
});
afterAll(() => session?.close());

/**
 * Everything a page script can learn about the passage and about Sourcelight's
 * elements, as plain data. Run in the page's own world (page.evaluate).
 */
function whatThePageSees(page: Page, passage: string) {
  return page.evaluate((wanted: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let node: Text | null = null;
    while (walker.nextNode()) {
      if ((walker.currentNode as Text).data.includes(wanted)) {
        node = walker.currentNode as Text;
        break;
      }
    }
    if (!node) throw new Error('The passage is not on the page');
    const at = node.data.indexOf(wanted);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + wanted.length);
    const styleOf = (el: Element, pseudo?: string) => {
      const cs = getComputedStyle(el, pseudo);
      return ['background-color', 'background-image', 'color', 'text-decoration', 'text-shadow', 'box-shadow', 'outline', 'filter', 'mix-blend-mode']
        .map((p) => `${p}: ${cs.getPropertyValue(p)}`)
        .join('; ');
    };
    const underPassage = [...range.getClientRects()].flatMap((r) =>
      [0.1, 0.5, 0.9].map((f) =>
        document
          .elementsFromPoint(r.left + r.width * f, r.top + r.height / 2)
          .map((el) => `${el.localName}${el.id ? `#${el.id}` : ''}`)
          .join(' > '),
      ),
    );
    const frames: string[] = [];
    for (let i = 0; i < window.length; i++) {
      try {
        frames.push(window[i]!.document.documentElement.outerHTML);
      } catch {
        frames.push('(not readable)');
      }
    }
    const selection = getSelection();
    return {
      // The registry: every highlight's name, priority, and each range's text and offsets.
      highlights: [...CSS.highlights].map(([name, h]) => ({
        name,
        priority: h.priority,
        ranges: [...h].map((r) => {
          const rr = r as Range;
          return { text: rr.toString(), start: rr.startOffset, end: rr.endOffset, node: rr.startContainer.textContent?.slice(0, 40) };
        }),
      })),
      sheets: document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)),
      documentSheets: [...document.styleSheets].length,
      html: document.documentElement.outerHTML,
      elements: document.querySelectorAll('*').length,
      contract: [...document.querySelectorAll('sourcelight-root')].map((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`)),
      // Each child of <html>: its tag, attributes, shadow root as the page sees it, text, size and computed style.
      htmlChildren: [...document.documentElement.children].map((el) => ({
        tag: el.localName,
        attributes: [...el.attributes].map((a) => `${a.name}=${a.value}`).sort(),
        shadowRoot: el.shadowRoot === null ? null : el.shadowRoot.innerHTML,
        text: el.localName === 'body' || el.localName === 'head' ? '' : (el.textContent ?? ''),
        size: (() => {
          const r = el.getBoundingClientRect();
          return el.localName === 'body' || el.localName === 'head' ? '' : `${r.width}x${r.height}`;
        })(),
        style: el.localName === 'body' || el.localName === 'head' ? '' : styleOf(el),
      })),
      selection: { text: selection?.toString() ?? '', ranges: selection?.rangeCount ?? 0 },
      underPassage,
      passageStyle: styleOf(node.parentElement!),
      frames,
    };
  }, passage);
}

/** Scrolls the passage to the middle of the window (where the reader selects it), as the same place for every look. */
async function centrePassage(page: Page): Promise<void> {
  await page.evaluate((wanted: string) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(wanted))!;
    p.scrollIntoView({ block: 'center' });
  }, PASSAGE);
}

/** Waits until what the page sees stays the same over a second (statements out of view are drawn in idle time). */
async function settledView(page: Page) {
  let before = JSON.stringify(await whatThePageSees(page, PASSAGE));
  for (;;) {
    await page.evaluate(() => new Promise((done) => setTimeout(done, 1_000)));
    const now = await whatThePageSees(page, PASSAGE);
    if (JSON.stringify(now) === before) return now;
    before = JSON.stringify(now);
  }
}

/** The RGB pixels of a part of the window (client coordinates), cut from a screenshot of the window and decoded by a blank tab. */
async function pixels(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<number[][][]> {
  const png = await page.screenshot({ encoding: 'base64' });
  const viewWidth = await page.evaluate(() => window.innerWidth);
  const decoder = await session.browser.newPage();
  try {
    return await decoder.evaluate(
      async (data: string, area: { x: number; y: number; width: number; height: number }, cssWidth: number) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
        const scale = bitmap.width / cssWidth;
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        const [x, y, w, h] = [area.x, area.y, area.width, area.height].map((v) => Math.round(v * scale)) as [number, number, number, number];
        const { data: bytes } = context.getImageData(x, y, w, h);
        const rows: number[][][] = [];
        for (let j = 0; j < h; j++) {
          const row: number[][] = [];
          for (let i = 0; i < w; i++) row.push([...bytes.slice((j * w + i) * 4, (j * w + i) * 4 + 3)]);
          rows.push(row);
        }
        return rows;
      },
      png as string,
      clip,
      viewWidth,
    );
  } finally {
    await decoder.close();
    await page.bringToFront();
  }
}

/** WCAG 2 contrast ratio of two sRGB colours. */
function contrast(a: number[], b: number[]): number {
  const luminance = (rgb: number[]) => {
    const [r, g, bl] = rgb.map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * The background under a mark's first box (the most common colour of its
 * pixels above the underline) and the text's colour there (the pixel farthest
 * in luminance from it), with the underline's colour (the box's bottom row).
 */
async function paintedColours(page: Page, mark: DrawnMark) {
  const box = mark.boxes[0]!;
  const rows = await pixels(page, { x: Math.ceil(box.x), y: Math.ceil(box.y), width: Math.floor(box.width) - 1, height: Math.floor(box.height) - 1 });
  const body = rows.slice(0, -3).flat();
  const counts = new Map<string, number>();
  for (const p of body) counts.set(p.join(','), (counts.get(p.join(',')) ?? 0) + 1);
  const background = [...counts].sort((a, b) => b[1] - a[1])[0]![0].split(',').map(Number);
  const text = body.reduce((far, p) => (contrast(p, background) > contrast(far, background) ? p : far), background);
  const line = rows.at(-1)!.flat().length ? rows.at(-1)![Math.floor(rows.at(-1)!.length / 2)]! : [];
  return { background, text, line };
}

const near = (a: number[], b: number[], tolerance: number) => a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);

async function openArticle(extraRoutes = routes): Promise<{ page: Page; probe: OverlayProbe }> {
  const page = await session.openPage(LAVROV.url, extraRoutes);
  await page.waitForSelector('sourcelight-root[data-corpus-id]', { timeout: 20_000 });
  const probe = await OverlayProbe.attach(page, session.extensionId);
  await probe.waitFor('.sl-badge');
  return { page, probe };
}

describe('the reader’s highlight and note on an outlet page', () => {
  it('are out of the page’s reach, and the highlight is drawn', async () => {
    const { page, probe } = await openArticle();
    try {
      await centrePassage(page);
      const before = await settledView(page);
      // A page script watching the document the whole time, holding on to the highlight objects it can see.
      await page.evaluate(() => {
        (window as unknown as { __highlights: [string, Highlight][] }).__highlights = [...CSS.highlights];
        const seen: string[] = [];
        (window as unknown as { __mutations: string[] }).__mutations = seen;
        new MutationObserver((records) => {
          for (const r of records) seen.push(`${r.type} ${(r.target as Element).localName ?? r.target.nodeName}`);
        }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      });

      // The reader selects the passage, picks Question, writes a note and saves.
      expect(await dragSelect(page, PASSAGE)).toBe(true);
      await chooseToolbarCategory(page, probe, QUESTION.id);
      await typeInToolbarNote(page, probe, NOTE);
      await clickToolbar(page, probe, '.sl-primary');
      await waitForToolbarSaved(page);

      // Drawn: one mark over the passage, a box on each of its text's rects, in the category's colour.
      await expect
        .poll(async () => {
          const marks = await drawnMarks(page, session.extensionId, probe);
          return marks.map((m) => ({ text: m.text, color: m.color, boxes: m.boxes.length, rects: m.textRects.length }));
        })
        .toEqual([{ text: PASSAGE, color: QUESTION.color, boxes: expect.any(Number), rects: expect.any(Number) }]);
      await expect
        .poll(async () => {
          const [mark] = await drawnMarks(page, session.extensionId, probe);
          return (
            mark!.boxes.length > 0 &&
            mark!.boxes.length === mark!.textRects.length &&
            mark!.boxes.every((b, i) => (['x', 'y', 'width', 'height'] as const).every((k) => Math.abs(b[k] - mark!.textRects[i]![k]) < 0.5))
          );
        })
        .toBe(true);

      // The reader clicks away: the selection is theirs, not the highlight's.
      await page.evaluate(() => getSelection()?.removeAllRanges());
      await centrePassage(page);
      // Everything the page can look at is as it was before the highlight was made.
      await expect.poll(() => whatThePageSees(page, PASSAGE), { timeout: 20_000 }).toEqual(before);
      const found = await page.evaluate(
        (note: string, passage: string) => ({
          noteInDocument: document.documentElement.outerHTML.includes(note),
          readerRanges: [...CSS.highlights.values()].flatMap((h) => [...h]).filter((r) => r.toString() === passage).length,
          mutations: (window as unknown as { __mutations: string[] }).__mutations,
        }),
        NOTE,
        PASSAGE,
      );
      expect(found).toEqual({ noteInDocument: false, readerRanges: 0, mutations: [] });
      // Not even redrawn as far as the page can tell: the very highlight objects it held, with the same ranges in them.
      const unchanged = await page.evaluate(() => {
        const held = (window as unknown as { __highlights: [string, Highlight][] }).__highlights;
        return held.length > 0 && held.every(([name, h]) => CSS.highlights.get(name) === h);
      });
      expect(unchanged).toBe(true);

      // Shown with its note in the panel: the note is in an extension frame the page cannot read.
      await probe.showTab('My highlights');
      await expect.poll(() => textFieldValues(page), { timeout: 10_000 }).toContain(NOTE);
      const withPanel = await whatThePageSees(page, PASSAGE);
      expect(withPanel.html).not.toContain(NOTE);
      expect(withPanel.frames.filter((f) => f !== '(not readable)')).toEqual([]);
      expect(withPanel.highlights).toEqual(before.highlights);
      expect(withPanel.sheets).toEqual(before.sheets);
    } finally {
      await page.close();
    }
  });

});

/** The drawn mark of `text`, once it has boxes. */
async function markOf(page: Page, probe: OverlayProbe, text: string): Promise<DrawnMark> {
  let found: DrawnMark | undefined;
  await expect
    .poll(
      async () => {
        found = (await drawnMarks(page, session.extensionId, probe)).find((m) => m.text === text && m.boxes.length > 0);
        return found !== undefined;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

describe('a stored highlight drawn on the page', () => {
  beforeAll(async () => {
    await storeHighlight(session, { url: LAVROV.url, corpusId: LAVROV.expect, quote: STORED, categoryId: QUESTION.id, note: '' });
  });

  it('is legible through its colour on a light page, and not in the page’s registry', async () => {
    const { page, probe } = await openArticle();
    try {
      await centrePassage(page);
      const mark = await markOf(page, probe, STORED);
      const { background, text, line } = await paintedColours(page, mark);
      console.info(`light page: box ${background}, text ${text}, underline ${line}, contrast ${contrast(text, background).toFixed(1)}:1`);
      // Multiplied over white: the colour at a third, as a highlighter's ink (228, 191, 237 for #ae3ec9).
      const expected = QUESTION.rgb.map((c) => Math.round(255 * (1 - 0.33) + c * 0.33));
      expect(near(background, expected, 12), `background ${background} is not ${expected}`).toBe(true);
      expect(near(line, QUESTION.rgb, 24), `underline ${line} is not ${QUESTION.rgb}`).toBe(true);
      expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
      // The page's registry holds no range of it.
      expect(await page.evaluate((p: string) => [...CSS.highlights.values()].flatMap((h) => [...h]).some((r) => r.toString() === p), STORED)).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('keeps light text legible on a dark page, and follows an inner scrolling box', async () => {
    const dark = readFixturePage(LAVROV).replace(
      /<head>/i,
      `<head><style>html, body { background: #111 !important; } body * { color: #eee !important; background: transparent !important; }
       .scroll-box { height: 160px; overflow: auto; border: 1px solid #555; }</style>`,
    );
    // The passage's paragraph inside a scrolling box of its own, with filler above it.
    const boxed = dark.replace(/(<p[^>]*>\s*Moscow in turn blamed[\s\S]*?<\/p>)/, '<div class="scroll-box"><p>Filler.</p><p>Filler.</p><p>Filler.</p><p>Filler.</p><p>Filler.</p><p>Filler.</p>$1<p>Filler.</p><p>Filler.</p><p>Filler.</p><p>Filler.</p><p>Filler.</p><p>Filler.</p><p>Filler.</p><p>Filler.</p></div>');
    expect(boxed).toContain('scroll-box');
    const { page, probe } = await openArticle(new Map(routes).set(LAVROV.url, boxed));
    try {
      await page.evaluate(() => document.querySelector('.scroll-box')!.scrollIntoView({ block: 'center' }));
      // The inner box scrolled so that the highlight's first line is 20 px below its top.
      const scrollBoxBy = (by: number) =>
        page.evaluate(
          (p: string, step: number) => {
            const box = document.querySelector('.scroll-box')!;
            const para = [...box.querySelectorAll('p')].find((el) => el.textContent?.includes(p))!;
            const node = [...para.childNodes].find((n) => n.textContent?.includes(p))!;
            const range = document.createRange();
            range.setStart(node, node.textContent!.indexOf(p));
            range.setEnd(node, node.textContent!.indexOf(p) + p.length);
            if (step === 0) box.scrollTop += range.getClientRects()[0]!.top - box.getBoundingClientRect().top - 20;
            else box.scrollTop += step;
          },
          STORED,
          by,
        );
      await scrollBoxBy(0);
      // Every box is a text rect of the passage cut to the scrolling box's inside, and there is one for each such piece.
      const aligned = async () => {
        const mark = (await drawnMarks(page, session.extensionId, probe)).find((m) => m.text === STORED);
        if (!mark) return false;
        const clip = await page.evaluate(() => {
          const el = document.querySelector('.scroll-box')!;
          const r = el.getBoundingClientRect();
          return { left: r.left + el.clientLeft, top: r.top + el.clientTop, right: r.left + el.clientLeft + el.clientWidth, bottom: r.top + el.clientTop + el.clientHeight };
        });
        const expected = mark.textRects
          .map((t) => {
            const x = Math.max(t.x, clip.left);
            const y = Math.max(t.y, clip.top);
            return { x, y, width: Math.min(t.x + t.width, clip.right) - x, height: Math.min(t.y + t.height, clip.bottom) - y };
          })
          .filter((r) => r.width > 0 && r.height > 0);
        return (
          expected.length > 0 &&
          expected.length === mark.boxes.length &&
          mark.boxes.every((b, i) => (['x', 'y', 'width', 'height'] as const).every((k) => Math.abs(b[k] - expected[i]![k]) < 0.5))
        );
      };
      await expect.poll(aligned, { timeout: 15_000 }).toBe(true);
      // The inner box scrolls the highlight's first line partly out of its top: the boxes follow, cut at the edge.
      await scrollBoxBy(26);
      await expect.poll(aligned).toBe(true);
      const tones = await probe.evaluate<(string | undefined)[]>(`return [...root.querySelectorAll('.sl-mark')].map((m) => m.dataset.textTone);`);
      expect(tones.length).toBeGreaterThan(0);
      expect(tones.every((t) => t === 'light')).toBe(true);
      const mark = await markOf(page, probe, STORED);
      const visible = mark.boxes.find((b) => b.height > 8)!;
      const { background, text } = await paintedColours(page, { ...mark, boxes: [visible] });
      console.info(`dark page: box ${background}, text ${text}, contrast ${contrast(text, background).toFixed(1)}:1`);
      // Screened over #111: lighter than the page, and purple (red and blue over green); the light text stays legible.
      expect(background[0]! + background[1]! + background[2]!).toBeGreaterThan(3 * 0x11 + 60);
      expect(background[0]!).toBeGreaterThan(background[1]!);
      expect(background[2]!).toBeGreaterThan(background[1]!);
      expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
    } finally {
      await page.close();
    }
  });
});
