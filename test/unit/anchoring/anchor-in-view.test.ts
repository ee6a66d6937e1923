// The first frame's anchors (anchor-in-view.ts): only targets in view whose
// quote and context are intact at their stored place, and always where the
// full pass (anchorAll) puts them.
import { describe, expect, it } from 'vitest';
import { type AnchorTarget, anchorAll } from '../../../src/anchoring/anchor-all.ts';
import { anchorInView } from '../../../src/anchoring/anchor-in-view.ts';
import { describeTextRange } from '../../../src/anchoring/describe.ts';
import { corpusTexts } from '../helpers/corpus.ts';
import { seededRandom as rng } from '../helpers/seeded-random.ts';

const corpus = corpusTexts();
const ARTICLE = corpus[0] as string;

function target(id: string, text: string, quote: string): AnchorTarget {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture lacks ${quote}`);
  return { id, selectors: describeTextRange(text, start, start + quote.length) };
}

describe('anchorInView', () => {
  const inView = ['Russia does not consider relations with NATO', 'the end of the Cold War'];
  const below = 'Sergei Lavrov told reporters';
  const targets = [...inView, below].map((q, i) => target(`t${i}`, ARTICLE, q));
  const viewEnd = ARTICLE.indexOf(below) - 1;

  it('takes the targets whose stored span overlaps the view, at their stored place', () => {
    expect(ARTICLE.indexOf(inView[1] as string)).toBeLessThan(viewEnd);
    const found = anchorInView(ARTICLE, targets, { start: 0, end: viewEnd });
    expect(found.map((f) => f.target.id)).toEqual(['t0', 't1']);
    for (const { target: t, result } of found) {
      expect(result).toEqual({ id: t.id, status: 'anchored', start: t.selectors.position.start, end: t.selectors.position.end, method: 'position', score: 1 });
    }
    // A view that starts inside the second quote still takes it; one that starts after it does not.
    const second = targets[1]?.selectors.position as { start: number; end: number };
    expect(anchorInView(ARTICLE, targets, { start: second.end - 1, end: viewEnd }).map((f) => f.target.id)).toEqual(['t1']);
    expect(anchorInView(ARTICLE, targets, { start: second.end, end: viewEnd }).map((f) => f.target.id)).toEqual([]);
  });

  it('moves the view by the shift when the targets are anchored in a stretch of the page', () => {
    const shift = 500;
    const stretchStart = ARTICLE.indexOf(inView[1] as string);
    // The view covers the second quote in the page's offsets (stretch offsets + shift), not the first.
    const view = { start: stretchStart + shift, end: stretchStart + shift + 10 };
    expect(anchorInView(ARTICLE, targets, view, { shift }).map((f) => f.target.id)).toEqual(['t1']);
    expect(anchorInView(ARTICLE, targets, { start: stretchStart, end: stretchStart + 10 }, { shift })).toEqual([]);
  });

  it('leaves out a target in view whose quote or context changed, and invalid ones', () => {
    const quoteAt = ARTICLE.indexOf(inView[0] as string);
    const quoteEdited = `${ARTICLE.slice(0, quoteAt + 3)}X${ARTICLE.slice(quoteAt + 4)}`;
    expect(anchorInView(quoteEdited, targets, { start: 0, end: viewEnd }).map((f) => f.target.id)).toEqual(['t1']);
    // A word changed in its prefix only: the quote is still at its place, but not certainly the same passage.
    const prefixEdited = `${ARTICLE.slice(0, quoteAt - 5)}Z${ARTICLE.slice(quoteAt - 4)}`;
    expect(prefixEdited.indexOf(inView[0] as string)).toBe(quoteAt);
    expect(anchorInView(prefixEdited, targets, { start: 0, end: viewEnd }).map((f) => f.target.id)).toEqual(['t1']);
    const invalid = [
      { id: 'empty', selectors: { quote: { type: 'TextQuoteSelector', exact: '' }, position: { type: 'TextPositionSelector', start: 3, end: 3 } } },
      { id: 'no position', selectors: { quote: { type: 'TextQuoteSelector', exact: ARTICLE.slice(0, 10) } } },
      { id: 'negative', selectors: { quote: { type: 'TextQuoteSelector', exact: 'a' }, position: { type: 'TextPositionSelector', start: -1, end: 0 } } },
    ] as unknown as AnchorTarget[];
    expect(anchorInView(ARTICLE, invalid, { start: 0, end: ARTICLE.length })).toEqual([]);
  });

  it('agrees with anchorAll: a page with highlights in and out of view, one edited in view', () => {
    const paragraphs = ARTICLE.split('\n').filter((p) => p.length > 80);
    const text = paragraphs.join('\n');
    const rand = rng(16);
    const all: AnchorTarget[] = [];
    for (let i = 0; i < 60; i++) {
      const start = Math.floor(rand() * (text.length - 120));
      all.push({ id: `h${i}`, selectors: describeTextRange(text, start, start + 10 + Math.floor(rand() * 100)) });
    }
    // The view: the first third of the page; one highlight there gets a word inserted inside it.
    const view = { start: 0, end: Math.floor(text.length / 3) };
    const edited = all.find((t) => t.selectors.position.end < view.end && t.selectors.quote.exact.includes(' ')) as AnchorTarget;
    const at = edited.selectors.position.start + edited.selectors.quote.exact.indexOf(' ');
    const page = `${text.slice(0, at)} also${text.slice(at)}`;
    const first = anchorInView(page, all, view);
    const full = anchorAll(page, all);
    const firstIds = new Set(first.map((f) => f.target.id));
    expect(firstIds.has(edited.id)).toBe(false);
    expect(full.find((r) => r.id === edited.id)).toMatchObject({ status: 'anchored' });
    // Every highlight before the edit and in view is in the first frame; none out of view is.
    for (const t of all) {
      const { start, end } = t.selectors.position;
      if (end <= at && start < view.end) expect(firstIds.has(t.id)).toBe(true);
      if (start >= view.end) expect(firstIds.has(t.id)).toBe(false);
    }
    for (const { target: t, result } of first) expect(full.find((r) => r.id === t.id)).toEqual(result);
  });

  it('never differs from anchorAll on edited pages (seeded: 200 pages, random edits and views)', () => {
    const rand = rng(7);
    let compared = 0;
    for (let round = 0; round < 200; round++) {
      const base = corpus[round % corpus.length] as string;
      const targets: AnchorTarget[] = [];
      for (let i = 0; i < 40; i++) {
        const start = Math.floor(rand() * (base.length - 60));
        targets.push({ id: `r${round}-${i}`, selectors: describeTextRange(base, start, start + 1 + Math.floor(rand() * 50)) });
      }
      // A few edits: words inserted, chars deleted or replaced, a stretch repeated (a quote may then sit at its old offset in other text).
      let page = base;
      for (let e = 0; e < 1 + Math.floor(rand() * 6); e++) {
        const at = Math.floor(rand() * page.length);
        const kind = rand();
        if (kind < 0.3) page = `${page.slice(0, at)}inserted ${page.slice(at)}`;
        else if (kind < 0.6) page = page.slice(0, at) + page.slice(at + 1 + Math.floor(rand() * 20));
        else if (kind < 0.85) page = `${page.slice(0, at)}q${page.slice(at + 1)}`;
        else page = page.slice(0, at) + page.slice(Math.max(0, at - 40), at) + page.slice(at);
      }
      const viewStart = Math.floor(rand() * page.length);
      const view = { start: viewStart, end: viewStart + Math.floor(rand() * page.length * 0.4) };
      const full = new Map(anchorAll(page, targets).map((r) => [r.id, r]));
      // The whole page, then only its start (a first frame's prefix map), the targets in their order and by their stored
      // start; "sorted" given for targets not sorted too (a multi-article page's reader highlights may not be).
      const byStart = [...targets].sort((a, b) => a.selectors.position.start - b.selectors.position.start);
      const prefix = page.slice(0, Math.floor(rand() * page.length));
      const runs = [
        anchorInView(page, targets, view),
        anchorInView(page, byStart, view, { sortedByStart: true }),
        anchorInView(prefix, targets, view),
        anchorInView(prefix, targets, view, { sortedByStart: true }),
      ];
      for (const run of runs) {
        for (const { target: t, result } of run) {
          expect(full.get(t.id)).toEqual(result);
          compared++;
        }
      }
      // Sorted, stopping below the view finds all a full scan finds.
      expect(runs[1]?.map((f) => f.target.id).sort()).toEqual(runs[0]?.map((f) => f.target.id).sort());
    }
    expect(compared).toBeGreaterThan(600);
  });

  it('stops at the first target below the view when told they are sorted by their stored start', () => {
    const [t0, t1, t2] = targets as [AnchorTarget, AnchorTarget, AnchorTarget];
    const view = { start: 0, end: viewEnd };
    expect(anchorInView(ARTICLE, [t0, t1, t2], view, { sortedByStart: true }).map((f) => f.target.id)).toEqual(['t0', 't1']);
    // Out of order: t1 after the one below the view is not reached (the full pass draws it), and nothing wrong is added.
    expect(anchorInView(ARTICLE, [t0, t2, t1], view, { sortedByStart: true }).map((f) => f.target.id)).toEqual(['t0']);
    expect(anchorInView(ARTICLE, [t0, t2, t1], view).map((f) => f.target.id)).toEqual(['t0', 't1']);
  });
});
