import { describe, expect, it } from 'vitest';
import { type AnchorResult, type AnchorTarget, anchorAll, clearAnchoringCache } from '../../../src/anchoring/anchor-all.ts';
import { foldForMatching } from '../../../src/anchoring/fold.ts';
import { describeTextRange } from '../../../src/anchoring/describe.ts';
import { corpusTexts } from '../helpers/corpus.ts';
import { seededRandom as rng } from '../helpers/seeded-random.ts';

const corpus = corpusTexts();
const ARTICLE = corpus[0] as string;

function target(id: string, text: string, quote: string, from = 0): AnchorTarget {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`fixture lacks ${quote}`);
  return { id, selectors: describeTextRange(text, start, start + quote.length) };
}

function anchored(r: AnchorResult | undefined): { start: number; end: number; method: string } {
  if (r?.status !== 'anchored') throw new Error(`expected an anchored result, got ${JSON.stringify(r)}`);
  return { start: r.start, end: r.end, method: r.method };
}

describe('anchorAll', () => {
  const quotes = ['Russia does not consider relations with NATO', 'the end of the Cold War', 'Sergei Lavrov told reporters'];
  const targets = quotes.map((q, i) => target(`t${i}`, ARTICLE, q));

  it('anchors an unchanged page by position, in input order', () => {
    const results = anchorAll(ARTICLE, targets);
    expect(results.map((r) => r.id)).toEqual(['t0', 't1', 't2']);
    results.forEach((r, i) => {
      expect(anchored(r).method).toBe('position');
      const a = anchored(r);
      expect(ARTICLE.slice(a.start, a.end)).toBe(quotes[i]);
    });
  });

  it('takes every quote still at its stored place on an unchanged page at once: any order, overlaps, invalid ones orphaned', () => {
    const rand = rng(3);
    const many: AnchorTarget[] = [];
    for (let i = 0; i < 200; i++) {
      const start = Math.floor(rand() * (ARTICLE.length - 200));
      many.push({ id: `m${i}`, selectors: describeTextRange(ARTICLE, start, start + 5 + Math.floor(rand() * 150)) });
    }
    const invalid = { id: 'bad', selectors: { quote: { type: 'TextQuoteSelector', exact: '' }, position: { type: 'TextPositionSelector', start: 3, end: 3 } } } as AnchorTarget;
    many.splice(77, 0, invalid);
    const results = anchorAll(ARTICLE, many);
    expect(results.map((r) => r.id)).toEqual(many.map((t) => t.id));
    results.forEach((r, i) => {
      const t = many[i] as AnchorTarget;
      if (t === invalid) {
        expect(r).toMatchObject({ status: 'orphan', reason: expect.stringMatching(/quote is empty/) });
        return;
      }
      expect(anchored(r)).toEqual({ start: t.selectors.position.start, end: t.selectors.position.end, method: 'position' });
    });
    // One quote no longer at its place sends them all through the search: those still there are found where they were.
    const moved = `An added first line.\n${ARTICLE}`;
    const withMoved = anchorAll(moved, many);
    withMoved.forEach((r, i) => {
      const t = many[i] as AnchorTarget;
      if (t === invalid) return;
      expect(moved.slice(anchored(r).start, anchored(r).end)).toBe(t.selectors.quote.exact);
    });
  });

  it('follows text shifted by an insertion above', () => {
    const page = `Breaking: a new banner paragraph.\n${ARTICLE}`;
    const results = anchorAll(page, targets);
    results.forEach((r, i) => {
      const a = anchored(r);
      expect(a.method).toBe('exact');
      expect(page.slice(a.start, a.end)).toBe(quotes[i]);
    });
  });

  it('anchors fuzzily after a typo fix inside the quote and typographic changes', () => {
    const page = ARTICLE.replace('end of the Cold War', 'end of the Cold  War').replace(/'/g, '\u2019');
    const a = anchored(anchorAll(page, [targets[1] as AnchorTarget])[0]);
    expect(a.method).toBe('fuzzy');
    expect(page.slice(a.start, a.end)).toBe('the end of the Cold  War');
  });

  it('reports a removed passage as an orphan with quote, context and reason, and anchors the rest', () => {
    const page = ARTICLE.replace(/Relations between NATO and Russia[^\n]*\n/, '');
    const results = anchorAll(page, targets);
    const orphan = results[1];
    expect(orphan?.status).toBe('orphan');
    if (orphan?.status !== 'orphan') return;
    expect(orphan.quote).toBe('the end of the Cold War');
    expect(orphan.prefix).toBe(targets[1]?.selectors.quote.prefix);
    expect(orphan.suffix).toBe(targets[1]?.selectors.quote.suffix);
    expect(orphan.reason).toMatch(/no passage|scored/);
    expect(anchored(results[0]).start).toBe(page.indexOf(quotes[0] as string));
    expect(page.slice(anchored(results[2]).start, anchored(results[2]).end)).toBe(quotes[2]);
  });

  it('keeps repeats with identical context apart when the page shifts', () => {
    // Identical copies can only be told apart by position: the shift (47) is
    // well under half the distance between copies.
    const para = 'The ministry said the talks would go on as planned next week, and that both delegations had agreed on the agenda, the venue and the list of experts to be invited.\n';
    const page = para.repeat(6);
    const ts = [1, 3, 4].map((k) => target(`r${k}`, page, 'talks would go on', para.length * k));
    const shifted = `An update was added at the top of this page.\n${page.replace('ministry said', 'ministry stated')}`;
    const results = anchorAll(shifted, ts);
    const offset = shifted.indexOf('The ministry said');
    results.forEach((r, i) => {
      const k = [1, 3, 4][i] as number;
      // the first paragraph was edited, so every copy moved by the same amount after it
      const expected = shifted.indexOf('talks would go on', offset + para.length * (k - 1));
      expect(anchored(r).start).toBe(expected);
    });
  });

  it('does not take a copy of a repeated sentence for a passage whose own context was edited', () => {
    // The same sentence twice in a row (it happens: pull quotes, repeated boilerplate).
    const sentence = 'The minister said on Monday that both delegations had agreed on the agenda, the venue and the experts to invite. ';
    const page = `Opening words of the article. ${sentence}${sentence}Closing words of the article follow here.`;
    const second = page.indexOf(sentence, page.indexOf(sentence) + 1);
    const quote = 'had agreed on the agenda';
    expect(sentence.indexOf(quote)).toBeGreaterThan(32); // prefix and suffix lie inside the sentence:
    expect(sentence.indexOf(quote) + quote.length + 32).toBeLessThan(sentence.length); // both copies have them
    const anchorNow = target('h1', page, 'The minister said', second);
    const inSecond = target('h2', page, quote, second);
    // An edit in the second copy, in h2's suffix: the verbatim passage with
    // its context now exists only in the first copy, less than 128 chars back.
    // A line added on top shifts everything, so nothing is at its stored offset.
    const at = second + sentence.indexOf('venue');
    const top = 'Update: ';
    const edited = `${top}${page.slice(0, at)}Venue${page.slice(at + 5)}`;
    const [first, result] = anchorAll(edited, [anchorNow, inSecond]);
    expect(anchored(first).start).toBe(top.length + second);
    expect(anchored(result).start).toBe(top.length + second + sentence.indexOf(quote));
  });

  it('uses a fold given by the caller, lazily, and re-folds after the cache is cleared', () => {
    const page = ARTICLE.replace('end of the Cold War', 'end of the Cold  War');
    let calls = 0;
    const folded = () => {
      calls++;
      return foldForMatching(page);
    };
    anchorAll(ARTICLE, targets, { folded });
    expect(calls).toBe(0); // nothing to search on an unchanged page: no fold
    const [r] = anchorAll(page, [targets[1] as AnchorTarget], { folded });
    expect(calls).toBe(1);
    expect(page.slice(anchored(r).start, anchored(r).end)).toBe('the end of the Cold  War');
    clearAnchoringCache();
    expect(anchored(anchorAll(page, [targets[1] as AnchorTarget])[0]).method).toBe('fuzzy');
  });

  it('turns unusable selectors and empty pages into orphans, and bad arguments into errors', () => {
    const bad = { id: 'bad', selectors: { quote: { type: 'TextQuoteSelector', exact: '' }, position: { type: 'TextPositionSelector', start: 0, end: 0 } } } as AnchorTarget;
    const [r] = anchorAll(ARTICLE, [bad]);
    expect(r).toMatchObject({ id: 'bad', status: 'orphan', reason: expect.stringMatching(/quote is empty/) });
    const [e] = anchorAll('', [targets[0] as AnchorTarget]);
    expect(e).toMatchObject({ status: 'orphan', reason: 'the page has no text' });
    expect(() => anchorAll(undefined as unknown as string, [])).toThrow(/text must be a string/);
    expect(() => anchorAll('x', {} as unknown as AnchorTarget[])).toThrow(/targets must be an array/);
  });
});

describe('anchorAll property: random highlights, small random edits elsewhere', () => {
  it('re-anchors at least 99% to the right place (seeded)', () => {
    const rand = rng(7);
    const sentences = corpus.flatMap((t) => t.split(/(?<=[.!?])\s+/)).map((s) => s.trim()).filter((s) => s.length > 20);
    const paras: string[] = [];
    for (let len = 0; len < 40_000; ) {
      const p = Array.from({ length: 3 }, () => sentences[Math.floor(rand() * sentences.length)]).join(' ');
      paras.push(p);
      len += p.length + 1;
    }
    const text = paras.join('\n');
    const spans: { start: number; end: number }[] = [];
    while (spans.length < 300) {
      const start = Math.floor(rand() * (text.length - 200));
      const end = start + 10 + Math.floor(rand() * 120);
      if (spans.some((s) => start < s.end + 40 && s.start < end + 40)) continue; // edits go elsewhere: keep gaps
      spans.push({ start, end });
    }
    spans.sort((a, b) => a.start - b.start);
    const targets = spans.map((s, i) => ({ id: `p${i}`, selectors: describeTextRange(text, s.start, s.end) }));

    // Edits only outside highlights (context may be touched): insert, delete, substitute.
    const inside = (at: number) => spans.some((s) => at >= s.start - 1 && at <= s.end);
    const edits: { at: number; remove: number; insert: string }[] = [];
    while (edits.length < 120) {
      const at = Math.floor(rand() * text.length);
      if (inside(at) || inside(at + 3) || edits.some((e) => Math.abs(e.at - at) < 8)) continue;
      const k = rand();
      edits.push(k < 0.4 ? { at, remove: 0, insert: ' new' } : k < 0.7 ? { at, remove: 3, insert: '' } : { at, remove: 1, insert: 'x' });
    }
    edits.sort((a, b) => a.at - b.at);
    let edited = '';
    let from = 0;
    for (const e of edits) {
      edited += text.slice(from, e.at) + e.insert;
      from = e.at + e.remove;
    }
    edited += text.slice(from);
    const mapOffset = (o: number) =>
      o + edits.filter((e) => e.at + e.remove <= o).reduce((sum, e) => sum + e.insert.length - e.remove, 0);

    const results = anchorAll(edited, targets);
    let right = 0;
    results.forEach((r, i) => {
      const s = spans[i] as { start: number; end: number };
      if (r.status === 'anchored' && r.start === mapOffset(s.start) && r.end === mapOffset(s.end)) right++;
    });
    expect(right / spans.length).toBeGreaterThanOrEqual(0.99);
    expect(results.filter((r) => r.status === 'anchored' && r.method === 'position').length).toBeLessThan(300);
  });
});
