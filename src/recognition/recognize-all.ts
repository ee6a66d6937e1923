// Every corpus article a page holds, not only the best: a feed that loads the
// next story below the current one, a page that sets two reports one after
// the other. Each article is accepted by the same rule as a single one
// (recognize.ts: on the whole page or on a region of its own), so nothing is
// recognised here that recognize would refuse on its own. Of the accepted:
//  - regions may not overlap: where two do (two articles sharing text, a copy
//    and its original), the better one (recognize's order) keeps the place;
//  - an article is listed once (shown twice, findRegion takes its fullest run);
//  - an article accepted without a region covers the whole page, so it
//    stands alone (the best one, as recognize says).
// The list is in page order: its first is the article the page shows first.
import type { RecognitionIndex } from './recognition-index.ts';
import { betterRecognition, recognitionCandidates } from './recognize.ts';
import type { PageText, Recognition } from './types.ts';

/** The page paragraphs a recognition spans: its region, or the whole page without one. */
function span(r: Recognition): { first: number; last: number } {
  return r.region ? { first: r.region.firstParagraph, last: r.region.lastParagraph } : { first: 0, last: Number.POSITIVE_INFINITY };
}

function overlaps(a: Recognition, b: Recognition): boolean {
  const x = span(a);
  const y = span(b);
  return x.first <= y.last && y.first <= x.last;
}

/** Whether `a` comes before `b` in recognize's order (score, then an address the article is listed at, then found first). */
function ranksBefore(a: Recognition, b: Recognition): boolean {
  return betterRecognition(a, b) === a;
}

/** Accepted recognitions (in the order found) down to the articles of the page, in page order. */
export function articlesOnPage(candidates: readonly Recognition[]): Recognition[] {
  // A stable insertion by rank: equal ones keep the order they were found in, as recognize does.
  const ranked: Recognition[] = [];
  for (const c of candidates) {
    const at = ranked.findIndex((r) => !ranksBefore(r, c));
    ranked.splice(at < 0 ? ranked.length : at, 0, c);
  }
  const kept: Recognition[] = [];
  for (const c of ranked) {
    if (kept.some((k) => k.corpusId === c.corpusId || overlaps(k, c))) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => span(a).first - span(b).first);
}

/** Every corpus article of one index on the page, in page order; [] when none. */
export function recognizeAll(index: RecognitionIndex, page: PageText, hints: { url?: string } = {}): Recognition[] {
  return articlesOnPage(recognitionCandidates([index], page, hints));
}

/** Every corpus article of several indexes (shipped and added) on the page, the page hashed once; in page order. */
export function recognizeAllInAny(indexes: readonly RecognitionIndex[], page: PageText, hints: { url?: string } = {}): Recognition[] {
  return articlesOnPage(recognitionCandidates(indexes, page, hints));
}
