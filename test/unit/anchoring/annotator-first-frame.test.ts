// @vitest-environment happy-dom
// The annotator's first frame (page-annotator.ts): on a visit's first
// anchoring only the highlights in view that are intact at their stored place
// are drawn before the page paints; whatever reads the annotations before the
// idle pass gets the full answer; the idle pass draws the rest, keeping the
// first frame's Ranges. Layout is stubbed (happy-dom does none): paragraph i
// is laid out LINE px tall from i * LINE, the viewport 600 px high.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeTextRange } from '../../../src/anchoring/describe.ts';
import { DomTextMap } from '../../../src/anchoring/dom-text.ts';
import type { AnnotationRecord } from '../../../src/store/annotation.ts';

const askWorker = vi.fn();
vi.mock('../../../extension/shared/worker-client.ts', () => ({
  askWorker: (...args: unknown[]) => askWorker(...args),
  ExtensionUpdatedError: class extends Error {},
}));

const { PageAnnotator } = await import('../../../extension/content/highlights/page-annotator.ts');
const { HighlightRegistry } = await import('../../../extension/content/highlights/highlight-registry.ts');

const LINE = 100;
const PARAGRAPHS = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} tells of event number ${i} and of what followed it on day ${i}.`);
/** Quotes by id: in view p1, p3 (edited inside before the visit), p5 and a statement in p2; out of view p20, p35 (p0–p6 are in view). */
const QUOTES: [id: string, paragraph: number, quote: string, origin: 'reader' | 'statement'][] = [
  ['in-view', 1, 'event number 1 and of what', 'reader'],
  ['edited-in-view', 3, 'of what followed it on day 3', 'reader'],
  ['in-view-2', 5, 'tells of event number 5', 'reader'],
  ['statement', 2, 'followed it on day 2', 'statement'],
  ['below', 20, 'event number 20 and of', 'reader'],
  ['far-below', 35, 'what followed it on day 35', 'reader'],
];

function record(id: string, text: string, paragraph: number, quote: string, origin: 'reader' | 'statement'): AnnotationRecord {
  const start = text.indexOf(quote, text.indexOf(`Paragraph ${paragraph} `));
  return {
    id,
    layerId: 'own',
    origin,
    pageUrl: 'https://example.org/story',
    corpusId: null,
    selectors: describeTextRange(text, start, start + quote.length),
    categoryId: 'evidence',
    note: '',
    tags: [],
    hidden: false,
    created: '2026-12-02T10:00:00.000Z',
    modified: '2026-12-02T10:00:00.000Z',
  };
}

type Drawn = [statements: Range[], reader: Map<string, Range[]>];
const texts = (ranges: Iterable<Range>) => [...ranges].map((r) => r.toString()).sort();
const readerTexts = (call: Drawn) => texts([...call[1].values()].flat());

let draws: Drawn[];
let adds: Drawn[];

beforeEach(() => {
  document.body.innerHTML = PARAGRAPHS.map((p, i) => `<p data-i="${i}">${p}</p>`).join('');
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const top = Number(this.dataset.i) * LINE;
    return { top, bottom: top + LINE, left: 0, right: 800, width: 800, height: LINE, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
  });
  const text = DomTextMap.fromRoot(document.body).text;
  const records = QUOTES.map(([id, p, q, origin]) => record(id, text, p, q, origin));
  // The page changed since the highlights were made: a typo inside the quote in paragraph 3 (a char fewer, so the text
  // after it moved too: only what comes before the edit is still at its stored place).
  const p3 = document.querySelector('[data-i="3"]')!.firstChild as Text;
  p3.data = p3.data.replace('followed it', 'folowed it');
  askWorker.mockReset();
  askWorker.mockImplementation(async (type: string) => {
    if (type === 'annotations/for-page') return { annotations: records, layers: [], categories: [], layerCounts: {} };
    throw new Error(`unexpected ${type}`);
  });
  draws = [];
  adds = [];
  vi.spyOn(HighlightRegistry.prototype, 'draw').mockImplementation((s, r) => void draws.push([s, r as Map<string, Range[]>]));
  vi.spyOn(HighlightRegistry.prototype, 'add').mockImplementation((s, r) => void adds.push([s, r as Map<string, Range[]>]));
});

afterEach(() => vi.restoreAllMocks());

/**
 * Until the idle work after the first frame is done: its last step adds the highlights out of view. (A fixed wait would
 * race it on a busy machine: a stall between the steps lets the wait's timer come first.)
 */
const idle = () =>
  vi.waitFor(
    () => {
      if (adds.length === 0) throw new Error('the idle pass has not drawn the highlights out of view yet');
    },
    { timeout: 10_000, interval: 10 },
  );

describe('PageAnnotator first frame', () => {
  it('draws only the highlights in view intact at their place, then the full pass draws the rest where it puts them', async () => {
    const annotator = new PageAnnotator('https://example.org/story', null, null, () => null);
    const emitted: number[] = [];
    annotator.subscribe((state) => emitted.push(state.annotations.length));
    await annotator.start();
    try {
      // The first frame: what is in view and still at its stored place (before the edit): one reader highlight and the
      // statement; not the edited one, nor the one after it (moved by a char), nothing below.
      expect(draws).toHaveLength(1);
      expect(readerTexts(draws[0] as Drawn)).toEqual(['event number 1 and of what']);
      expect(texts((draws[0] as Drawn)[0])).toEqual(['followed it on day 2']);
      expect(emitted).toEqual([0]);

      // Read before the idle pass, the state is the full answer (no draw made for it).
      const { annotations } = annotator.state();
      expect(annotations.map((a) => [a.record.id, a.result.status])).toEqual(QUOTES.map(([id]) => [id, 'anchored']));
      const edited = annotations.find((a) => a.record.id === 'edited-in-view');
      expect(edited?.range?.toString()).toBe('of what folowed it on day 3');
      expect(annotations.find((a) => a.record.id === 'in-view-2')?.range?.toString()).toBe('tells of event number 5');
      // The first frame's annotations are kept, with the Ranges it drew.
      const firstRanges = [...(draws[0] as Drawn)[1].values()].flat();
      expect(firstRanges).toContain(annotations.find((a) => a.record.id === 'in-view')?.range);
      expect(draws).toHaveLength(1);

      await idle();
      // The full draw: every highlight in view (the edited one too) at once, the rest added after.
      expect(draws).toHaveLength(2);
      expect(readerTexts(draws[1] as Drawn)).toEqual(['event number 1 and of what', 'of what folowed it on day 3', 'tells of event number 5']);
      expect(texts(adds.flatMap(([, r]) => [...r.values()].flat()))).toEqual(['event number 20 and of', 'what followed it on day 35']);
      expect(emitted.at(-1)).toBe(QUOTES.length);
    } finally {
      annotator.stop();
    }
  });

  it('maps the text only down to just past the viewport for the first frame, and the whole page after', async () => {
    const prefixes: DomTextMap[] = [];
    const wholes: DomTextMap[] = [];
    const prefixFromRoot = DomTextMap.prefixFromRoot;
    const fromRoot = DomTextMap.fromRoot;
    vi.spyOn(DomTextMap, 'prefixFromRoot').mockImplementation((...args) => {
      const map = prefixFromRoot.apply(DomTextMap, args);
      prefixes.push(map);
      return map;
    });
    vi.spyOn(DomTextMap, 'fromRoot').mockImplementation((...args) => {
      const map = fromRoot.apply(DomTextMap, args);
      wholes.push(map);
      return map;
    });
    const annotator = new PageAnnotator('https://example.org/story', null, null, () => null);
    await annotator.start();
    try {
      // Before the first paint: one prefix map, down to a paragraph below the viewport (600 px, with a quarter more;
      // a box is read every 1,000 chars or so, some 13 paragraphs here), not the 40 paragraphs; no whole map yet.
      expect(prefixes).toHaveLength(1);
      expect(prefixes[0]?.complete).toBe(false);
      expect(prefixes[0]?.text).toContain('Paragraph 6 ');
      expect(prefixes[0]?.text).not.toContain('Paragraph 20 ');
      expect(wholes).toHaveLength(0);
      await idle();
      expect(wholes).toHaveLength(1);
      expect(wholes[0]?.text).toContain('Paragraph 39 ');
    } finally {
      annotator.stop();
    }
  });

  it("leaves out of the first frame an article's statements whose region starts past the prefix (not read as the whole page's)", async () => {
    // Paragraphs 15–19 repeat paragraphs 0–4: a statement made in a region starting at paragraph 15 has, at its offset in
    // the region, the same quote and context as paragraph 1 has at that offset in the page. Read on the prefix as if the
    // region were the whole page, it would be drawn on paragraph 1, in view: the wrong place.
    const texts20 = PARAGRAPHS.map((p, i) => (i >= 15 && i < 20 ? (PARAGRAPHS[i - 15] as string) : p));
    document.body.innerHTML = texts20.map((p, i) => `<p data-i="${i}">${p}</p>`).join('');
    const region = document.createRange();
    region.setStartBefore(document.querySelector('[data-i="15"]')!);
    region.setEndAfter(document.body.lastChild!);
    const pageText = DomTextMap.fromRoot(document.body).text;
    const regionText = pageText.slice(pageText.indexOf(texts20[15] as string, 1));
    const quote = 'event number 1 and of what';
    const statement = { ...record('st', regionText, 1, quote, 'statement'), corpusId: 'article-1' };
    askWorker.mockImplementation(async (type: string) => {
      if (type === 'annotations/for-page') return { annotations: [statement], layers: [], categories: [], layerCounts: {} };
      throw new Error(`unexpected ${type}`);
    });
    const annotator = new PageAnnotator('https://example.org/story', 'article-1', region, () => null);
    await annotator.start();
    try {
      expect(draws.flatMap(([s]) => s)).toHaveLength(0);
      // The full pass places it in the region: paragraph 16 (out of view, so added in idle time).
      const { annotations } = annotator.state();
      const range = annotations[0]?.range;
      expect(range?.toString()).toBe(quote);
      expect(range?.startContainer.parentElement?.dataset.i).toBe('16');
      await idle();
      expect(adds.flatMap(([s]) => s).map((r) => (r.startContainer.parentElement as HTMLElement).dataset.i)).toEqual(['16']);
    } finally {
      annotator.stop();
    }
  });

  it('draws on the live page when it re-renders a highlighted paragraph between the first frame and the idle pass', async () => {
    // One highlight: all that is anchored then lies in the paragraph's new Text node, so the change (to the paragraph)
    // is outside it and sets off no re-anchor: only the idle pass can put the highlight on the live node.
    const { annotations: all } = await askWorker('annotations/for-page');
    const only = (all as AnnotationRecord[]).filter((r) => r.id === 'in-view');
    askWorker.mockImplementation(async () => ({ annotations: only, layers: [], categories: [], layerCounts: {} }));
    const annotator = new PageAnnotator('https://example.org/story', null, null, () => null);
    await annotator.start();
    try {
      expect(readerTexts(draws[0] as Drawn)).toEqual(['event number 1 and of what']);
      const p1 = document.querySelector('[data-i="1"]')!;
      const sameText = p1.textContent;
      p1.textContent = sameText; // the same text in a new Text node (a framework re-render, hydration)
      // The first frame's Range is on the removed node (a browser collapses it; happy-dom keeps it on the detached node).
      // The drawn highlight must come to sit on the live node: the idle pass must not keep the first frame's Range.
      const live = () => {
        const last = [...((draws.at(-1) as Drawn)[1].values() ?? [])].flat().find((r) => r.toString() === 'event number 1 and of what');
        if (!last?.startContainer.isConnected) throw new Error('the highlight is not drawn on the live page yet');
      };
      await vi.waitFor(live, { timeout: 10_000, interval: 10 });
      const range = annotator.state().annotations.find((a) => a.record.id === 'in-view')?.range;
      expect(range?.toString()).toBe('event number 1 and of what');
      expect(range?.startContainer.isConnected).toBe(true);
      expect(range?.startContainer.parentElement).toBe(p1);
    } finally {
      annotator.stop();
    }
  }, 20_000);

  it("draws in the first frame the highlights in view of every article on the page (their lists merged in the store's order)", async () => {
    // The first article's list holds a highlight far below; the second's one in view. Appended one after the other,
    // the scan (which stops at the first target below the view) would never reach the second.
    const { annotations: all } = await askWorker('annotations/for-page');
    const byId = new Map((all as AnnotationRecord[]).map((r) => [r.id, r]));
    const first = [{ ...byId.get('far-below')!, corpusId: 'article-a' }];
    const second = [{ ...byId.get('in-view')!, corpusId: 'article-b' }];
    askWorker.mockImplementation(async (_type: string, payload: { corpusId: string }) => ({
      annotations: payload.corpusId === 'article-a' ? first : second,
      layers: [],
      categories: [],
      layerCounts: {},
    }));
    const annotator = new PageAnnotator('https://example.org/story', 'article-a', null, () => null);
    const regionB = document.createRange();
    regionB.selectNodeContents(document.body);
    await annotator.addArticle('article-b', regionB);
    await annotator.start();
    try {
      expect(readerTexts(draws[0] as Drawn)).toEqual(['event number 1 and of what']);
    } finally {
      annotator.stop();
    }
  });

  it('keeps a prefix that covers a short page as its map (one walk), and maps it all at once with no layout', async () => {
    const prefixFromRoot = vi.spyOn(DomTextMap, 'prefixFromRoot');
    const fromRoot = vi.spyOn(DomTextMap, 'fromRoot');
    // Short: paragraphs 0–5 only, all within the viewport, so the walk never stops.
    for (const p of document.querySelectorAll('p')) if (Number((p as HTMLElement).dataset.i) > 5) p.remove();
    const short = new PageAnnotator('https://example.org/story', null, null, () => null);
    await short.start();
    try {
      expect(prefixFromRoot).toHaveBeenCalledTimes(1);
      expect(prefixFromRoot.mock.results[0]?.value.complete).toBe(true);
      expect(readerTexts(draws[0] as Drawn)).toEqual(['event number 1 and of what']);
      expect(short.state().annotations.find((a) => a.record.id === 'in-view-2')?.range?.toString()).toBe('tells of event number 5');
      expect(fromRoot).not.toHaveBeenCalled();
    } finally {
      short.stop();
    }
    // No layout (no viewport height): no prefix; the whole map, the whole text in view.
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(0);
    prefixFromRoot.mockClear();
    draws = [];
    const unlaid = new PageAnnotator('https://example.org/story', null, null, () => null);
    await unlaid.start();
    try {
      expect(prefixFromRoot).not.toHaveBeenCalled();
      expect(fromRoot).toHaveBeenCalledTimes(1);
      expect(readerTexts(draws[0] as Drawn)).toEqual(['event number 1 and of what']);
    } finally {
      unlaid.stop();
    }
  });

  it('anchors everything before drawing when highlights are drawn already (a reload of the highlights), and draws again the same Ranges', async () => {
    const annotator = new PageAnnotator('https://example.org/story', null, null, () => null);
    await annotator.start();
    await idle();
    const drawnBefore = [...[...draws, ...adds].flatMap(([s, r]) => [...s, ...[...r.values()].flat()])];
    draws = [];
    adds = [];
    try {
      await annotator.refresh();
      expect(draws).toHaveLength(1);
      // Everything drawn is still exactly where it was: all of it drawn at once, the very Ranges drawn before (the
      // registry then changes nothing a page script could see), nothing left for idle time.
      const again = draws[0] as Drawn;
      expect(readerTexts(again).sort()).toEqual(
        ['event number 1 and of what', 'of what folowed it on day 3', 'tells of event number 5', 'event number 20 and of', 'what followed it on day 35'].sort(),
      );
      expect([...again[0], ...[...again[1].values()].flat()].every((range) => drawnBefore.includes(range))).toBe(true);
      expect(adds).toHaveLength(0);

      // The page re-renders one's paragraph (the same text in a new Text node): that one is made again (out of view,
      // in idle time).
      const p20 = document.querySelector('[data-i="20"]')!;
      p20.textContent = `${p20.textContent}`;
      const moved = drawnBefore.find((r) => r.toString() === 'event number 20 and of');
      draws = [];
      await annotator.refresh();
      expect(readerTexts(draws[0] as Drawn)).not.toContain('event number 20 and of');
      await idle();
      const redrawn = adds.flatMap(([, r]) => [...r.values()].flat()).find((r) => r.toString() === 'event number 20 and of');
      expect(redrawn).toBeDefined();
      expect(redrawn).not.toBe(moved);
    } finally {
      annotator.stop();
    }
  });
});
