// Finds each paragraph of the earlier version in the live text's words, by
// shared three-word shingles (like recognition's fingerprints, but exact and
// over the page's words only): the densest run of a paragraph's shingles on
// the page is where it now stands, even when some of its words changed, it
// moved, or the page split it over two blocks. Paragraphs found out of their
// earlier order are the ones off the longest in-order chain: moved.
import type { Token } from './types.ts';

export const SHINGLE = 3;
/** A shingle the page shows more often than this (boilerplate, a repeated phrase) locates nothing. */
const COMMON = 8;
/** Share of a paragraph's shingles that must be found together for it to count as on the page. */
export const MIN_FOUND = 0.25;

export function shingleKey(tokens: readonly Token[], at: number, length = SHINGLE): string {
  let key = tokens[at]!.norm;
  for (let i = 1; i < length; i++) key += ` ${tokens[at + i]!.norm}`;
  return key;
}

/** Where an earlier paragraph stands on the page: live word indices [first, end). */
export interface Located {
  paragraph: number;
  first: number;
  end: number;
  hits: number;
}

/** Live positions of every page shingle the earlier version also has. */
export class ShingleIndex {
  readonly positions = new Map<string, number[]>();
  /** 1 where a page shingle starting at that word is one the earlier version has. */
  readonly known: Uint8Array;
  private readonly earlierKeys = new Set<string>();
  private readonly earlierWords = new Set<string>();
  private scanned = 0;

  constructor(
    earlier: readonly (readonly Token[])[],
    private readonly live: readonly Token[],
  ) {
    for (const tokens of earlier) {
      for (const t of tokens) this.earlierWords.add(t.norm);
      for (let j = 0; j + SHINGLE <= tokens.length; j++) this.earlierKeys.add(shingleKey(tokens, j));
    }
    this.known = new Uint8Array(live.length);
  }

  /** Scans up to `budget` more page words; false when the scan is done. */
  scan(budget: number): boolean {
    const live = this.live;
    const stop = Math.min(live.length - SHINGLE + 1, this.scanned + budget);
    for (let i = this.scanned; i < stop; i++) {
      // Most page words start no shingle of the article: skip them before building a key.
      if (!this.earlierWords.has(live[i]!.norm)) continue;
      const key = shingleKey(live, i);
      if (!this.earlierKeys.has(key)) continue;
      this.known[i] = 1;
      const list = this.positions.get(key);
      if (list) list.push(i);
      else this.positions.set(key, [i]);
    }
    this.scanned = Math.max(stop, this.scanned);
    return this.scanned < live.length - SHINGLE + 1;
  }
}

/** The densest run of this paragraph's shingles on the page, or null when too few are found together. */
export function locateParagraph(paragraph: number, tokens: readonly Token[], index: ShingleIndex, live: readonly Token[]): Located | null {
  const n = tokens.length;
  if (n === 0) return null;
  if (n < SHINGLE) return locateShort(paragraph, tokens, live);
  // A page that repeats the paragraph many times (quoted in comments) has only
  // common shingles for it: then its first copies are where it stands.
  // copies are where it stands (the earliest nearly as complete as the best: the article comes first).
  return (
    locateBy(paragraph, tokens, index, (at) => (at.length <= COMMON ? at : null), 1) ??
    locateBy(paragraph, tokens, index, (at) => at.slice(0, COMMON), EARLIEST_SHARE)
  );
}

/** Among repeated copies, the earliest one with this share of the best copy's hits is taken. */
const EARLIEST_SHARE = 0.6;

function locateBy(paragraph: number, tokens: readonly Token[], index: ShingleIndex, use: (at: number[]) => number[] | null, share: number): Located | null {
  const n = tokens.length;
  const hits: { j: number; q: number }[] = [];
  for (let j = 0; j + SHINGLE <= n; j++) {
    const at = index.positions.get(shingleKey(tokens, j));
    const used = at && use(at);
    if (used) for (const q of used) hits.push({ j, q });
  }
  if (hits.length === 0) return null;
  hits.sort((a, b) => a.q - b.q);
  // The densest window a little longer than the paragraph (edits may lengthen it)…
  const width = 2 * n + 20;
  let best = { from: 0, to: 0 };
  for (let from = 0, to = 0; from < hits.length; from++) {
    while (to < hits.length && hits[to]!.q - hits[from]!.q <= width) to++;
    if (to - from > best.to - best.from) best = { from, to };
  }
  if (share < 1) {
    const enough = share * (best.to - best.from);
    for (let from = 0, to = 0; from < best.from; from++) {
      while (to < hits.length && hits[to]!.q - hits[from]!.q <= width) to++;
      if (to - from >= enough) {
        best = { from, to };
        break;
      }
    }
  }
  // …then only hits in the paragraph's own word order (a phrase it shares
  // with a neighbour, "the end of", is out of order there), cut where the
  // page inserts more than a third of a paragraph's words between two of them
  // (the words around an edit are put back by widening to the block, see compare.ts).
  const chain = inOrderChain(hits.slice(best.from, best.to));
  const gap = Math.max(8, Math.ceil(n / 3));
  let run = { from: 0, to: 0 };
  for (let from = 0; from < chain.length; ) {
    let to = from + 1;
    while (to < chain.length && chain[to]!.q - chain[to - 1]!.q - (chain[to]!.j - chain[to - 1]!.j) <= gap) to++;
    if (to - from > run.to - run.from) run = { from, to };
    from = to;
  }
  const count = run.to - run.from;
  const shingles = n - SHINGLE + 1;
  if (count < Math.max(1, Math.ceil(MIN_FOUND * shingles))) return null;
  return { paragraph, first: chain[run.from]!.q, end: chain[run.to - 1]!.q + SHINGLE, hits: count };
}

/** The longest chain of hits rising in both paragraph and page position. */
function inOrderChain(hits: readonly { j: number; q: number }[]): { j: number; q: number }[] {
  const byJ = [...hits].sort((a, b) => a.j - b.j || b.q - a.q);
  const tails: number[] = [];
  const previous = new Array<number>(byJ.length).fill(-1);
  for (let i = 0; i < byJ.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byJ[tails[mid]!]!.q < byJ[i]!.q) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const chain: { j: number; q: number }[] = [];
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) chain.push(byJ[i]!);
  return chain.reverse();
}

/** A paragraph of one or two words: found only word for word. */
function locateShort(paragraph: number, tokens: readonly Token[], live: readonly Token[]): Located | null {
  const n = tokens.length;
  outer: for (let q = 0; q + n <= live.length; q++) {
    for (let j = 0; j < n; j++) if (live[q + j]!.norm !== tokens[j]!.norm) continue outer;
    return { paragraph, first: q, end: q + n, hits: 1 };
  }
  return null;
}

/**
 * One place of the page is one paragraph: where two claim the same words, the
 * better-found keeps them and the other is cut back to the rest of its span,
 * or dropped when less than half of it is left.
 */
export function withoutOverlaps(found: readonly Located[]): Located[] {
  const kept: Located[] = [];
  for (const f of [...found].sort((a, b) => b.hits - a.hits || a.paragraph - b.paragraph)) {
    let { first, end } = f;
    for (const k of kept) {
      if (end <= k.first || first >= k.end) continue;
      if (first < k.first) end = Math.min(end, k.first);
      else first = Math.max(first, k.end);
    }
    if (end - first >= (f.end - f.first) / 2 && kept.every((k) => end <= k.first || first >= k.end)) kept.push({ ...f, first, end });
  }
  return kept.sort((a, b) => a.first - b.first);
}

/** Paragraphs (by earlier index) that are off the longest chain found in their earlier order: moved. */
export function movedParagraphs(found: readonly Located[]): Set<number> {
  // Longest increasing subsequence of page positions, taken in earlier order (patience sorting).
  const inOrder = [...found].sort((a, b) => a.paragraph - b.paragraph);
  const tails: number[] = [];
  const previous = new Array<number>(inOrder.length).fill(-1);
  for (let i = 0; i < inOrder.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (inOrder[tails[mid]!]!.first < inOrder[i]!.first) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const chain = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) chain.add(inOrder[i]!.paragraph);
  return new Set(inOrder.filter((f) => !chain.has(f.paragraph)).map((f) => f.paragraph));
}
