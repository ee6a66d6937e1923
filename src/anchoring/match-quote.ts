// Finds one quote in a text: the place a stored TextQuoteSelector (plus its
// position hint) most likely points at after the page may have changed.
//
// Trade-offs, in the order the search runs:
// - Matching happens on a length-preserving fold of both sides (fold.ts), so
//   curly/straight quotes, dashes and whitespace variants cost nothing and the
//   offsets found are offsets in the original text.
// - Verbatim occurrences first (indexOf, cheap even over a long page). Each is
//   scored by its context and distance from the hint, so repeats of a short
//   quote are told apart. A high-scoring occurrence ends the search.
// - Fuzzy search (approx-string-match, Myers' bit-parallel algorithm): first
//   in a window around the hint allowing a third of the quote's length in
//   edits, then, for far matches, in a narrower window allowing half (a larger
//   budget costs the search several times more), then over the whole allowed
//   range (a third; half when there is no hint) only when nothing acceptable
//   was found and the quote occurs nowhere verbatim. The window comes first because the
//   library reports only the lowest-error matches: over the whole page an
//   untouched repeat elsewhere would hide an edited original near the hint.
// - Score = weighted mean of quote similarity (50), prefix similarity (20),
//   suffix similarity (20) and closeness to the hint (30); absent parts do not
//   count. Quote similarity is 1 - errors / quote length; a far-fetched fuzzy
//   match (errors near the budget) with foreign context scores about 0.4 and
//   is refused, an edited quote in its own context scores 0.8 or more.
// - Near matches (at most a third of the quote's length in edits) are accepted
//   with score >= MIN_SCORE. Far matches (more than a third, at most half: a
//   quote overlapping a reworded sentence) are accepted only when the context
//   confirms them as well: one side of the stored context (prefix or suffix)
//   still nearly intact and the other recognisably there, or both fairly
//   similar (see contextConfirms).
//   Anywhere in a long page some stretch is within half a quote's length of
//   edits of it; its context is foreign text, about 35% similar.
// - A match is also accepted when the quote occurs
//   verbatim and is long (>= LONG_QUOTE chars): a long verbatim quote is
//   evidence enough even if its surroundings were rewritten. A short quote
//   found verbatim elsewhere with foreign context is NOT accepted: better an
//   orphan the reader can see than a highlight on the wrong "Russia".
// - Context similarity is an edit distance over at most ~40 chars, computed
//   only when the context is not intact (the common case is a string compare).

import search from 'approx-string-match';
import { foldForMatching } from './fold.ts';

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote is expected to start (a position selector, possibly corrected for known shifts). */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1, see the weights above. */
  score: number;
  method: 'exact' | 'fuzzy';
  /** Edits between the quote and the matched text (after folding). */
  errors?: number;
  /** Similarity (0..1) of the stored prefix and suffix to the text around the match; absent when neither was stored. */
  prefixSimilarity?: number;
  suffixSimilarity?: number;
}

export interface MatchQuoteOptions {
  /** `foldForMatching(text)` when the caller already has it (to share it across many quotes). */
  folded?: string;
  /** Return the best candidate even when it is not acceptable (callers that explain orphans). */
  includeWeak?: boolean;
  /** Only consider matches starting in [start, end] (e.g. between two highlights known to be in place). */
  within?: { start: number; end: number };
  /** false: verbatim occurrences only (a search over a whole long page that must stay cheap). Default true. */
  fuzzy?: boolean;
}

export const MIN_SCORE = 0.6;
/** Verbatim quotes at least this long are accepted whatever their context. */
export const LONG_QUOTE = 24;
/** A match this good ends the search early. */
const CONFIDENT = 0.9;
const WEIGHT_QUOTE = 50;
const WEIGHT_PREFIX = 20;
const WEIGHT_SUFFIX = 20;
const WEIGHT_POSITION = 30;
/** Distance from the hint (chars) at which the position score halves. */
const POSITION_SCALE = 128;
/** Chars either side of the hint searched fuzzily before the whole text. */
const WINDOW = 256;
/** Chars either side of the hint searched for far matches (more than a third of the quote in edits). */
const FAR_WINDOW = 192;
/** Verbatim occurrences scored at most (a one-letter quote on a long page). */
const MAX_OCCURRENCES = 10_000;

/** Errors allowed for a quote of this length: half of it (far matches need their context, see acceptsMatch). */
export function errorBudget(quoteLength: number): number {
  return Math.floor(quoteLength / 2);
}

/** Most errors a match may have and still be accepted on its score alone: a third of the quote. */
export function nearBudget(quoteLength: number): number {
  return Math.floor(quoteLength / 3);
}

/** One side of the context at least this similar confirms a far match… */
export const CONFIRMING_SIDE = 0.8;
/** …if the other side (when stored) is at least this similar: above foreign text (about 0.35). */
export const OTHER_SIDE = 0.5;
/** Or both sides at least this similar. */
export const CONFIRMING_BOTH = 0.6;

/** Whether the stored context confirms a match (see the header): needed for far matches. */
export function contextConfirms(match: QuoteMatch): boolean {
  return sidesConfirm(match.prefixSimilarity, match.suffixSimilarity);
}

function sidesConfirm(prefix: number | undefined, suffix: number | undefined): boolean {
  const sides = [prefix, suffix].filter((x): x is number => x !== undefined);
  if (sides.length === 0) return false;
  const best = Math.max(...sides);
  const worst = Math.min(...sides);
  // One intact side alone is not enough: where a paragraph was removed, the
  // text after it sits right after the quote's old prefix.
  if (best >= CONFIRMING_SIDE && (sides.length === 1 || worst >= OTHER_SIDE)) return true;
  return sides.length === 2 && worst >= CONFIRMING_BOTH;
}

/** Whether a match is good enough to anchor a highlight (see the header). */
export function acceptsMatch(match: QuoteMatch, quote: string): boolean {
  if (match.method === 'exact' && quote.length >= LONG_QUOTE) return true;
  if (match.score < MIN_SCORE) return false;
  const errors = match.errors ?? 0;
  return errors <= nearBudget(quote.length) || contextConfirms(match);
}

interface Prepared {
  folded: string;
  quote: string;
  prefix: string;
  suffix: string;
  hint: number | undefined;
  budget: number;
  near: number;
  weightTotal: number;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
  score: number;
  prefix: number | undefined;
  suffix: number | undefined;
  acceptable: boolean;
}

/**
 * Edit distance between `pattern` and the best-matching stretch of `window`
 * that begins at the window's first char (its end is free). Small inputs only.
 */
function anchoredDistance(pattern: string, window: string): number {
  const m = pattern.length;
  const n = window.length;
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const pc = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const sub = (prev[j - 1] as number) + (window.charCodeAt(j - 1) === pc ? 0 : 1);
      const del = (prev[j] as number) + 1;
      const ins = (cur[j - 1] as number) + 1;
      cur[j] = Math.min(sub, del, ins);
    }
    [prev, cur] = [cur, prev];
  }
  let best = m;
  for (let j = 0; j <= n; j++) if ((prev[j] as number) < best) best = prev[j] as number;
  return best;
}

function reversed(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

/** Similarity (0..1) of the stored prefix to the text just before `at`. */
function prefixSimilarity(p: Prepared, at: number): number {
  const m = p.prefix.length;
  if (at >= m && p.folded.startsWith(p.prefix, at - m)) return 1;
  const slack = (m >> 2) + 2;
  const window = p.folded.slice(Math.max(0, at - m - slack), at);
  return Math.max(0, 1 - anchoredDistance(reversed(p.prefix), reversed(window)) / m);
}

/** Similarity (0..1) of the stored suffix to the text just after `at`. */
function suffixSimilarity(p: Prepared, at: number): number {
  const m = p.suffix.length;
  if (p.folded.startsWith(p.suffix, at)) return 1;
  const slack = (m >> 2) + 2;
  return Math.max(0, 1 - anchoredDistance(p.suffix, p.folded.slice(at, at + m + slack)) / m);
}

function scored(p: Prepared, start: number, end: number, errors: number): Candidate {
  const prefix = p.prefix ? prefixSimilarity(p, start) : undefined;
  const suffix = p.suffix ? suffixSimilarity(p, end) : undefined;
  let sum = WEIGHT_QUOTE * (1 - errors / p.quote.length);
  if (prefix !== undefined) sum += WEIGHT_PREFIX * prefix;
  if (suffix !== undefined) sum += WEIGHT_SUFFIX * suffix;
  if (p.hint !== undefined) sum += WEIGHT_POSITION / (1 + Math.abs(start - p.hint) / POSITION_SCALE);
  const score = sum / p.weightTotal;
  let acceptable = score >= MIN_SCORE;
  if (acceptable && errors > p.near) acceptable = sidesConfirm(prefix, suffix);
  return { start, end, errors, score, prefix, suffix, acceptable };
}

/** Start of the first occurrence of `needle` in `haystack` starting in [from, to], or -1; reads no further than needed. */
export function indexOfWithin(haystack: string, needle: string, from: number, to: number): number {
  if (from > to) return -1;
  // A sliced string is a view in V8 (no copy): the scan stops at the window's end.
  const at = haystack.slice(from, to + needle.length).indexOf(needle);
  return at === -1 ? -1 : from + at;
}

/**
 * Finds `quote` in `text`: verbatim first, then fuzzily. Returns the best
 * acceptable match, or null (with `includeWeak`, the best candidate within the
 * error budget even if not acceptable; null only when there is none).
 */
export function matchQuote(
  text: string,
  quote: string,
  context: QuoteContext = {},
  options: MatchQuoteOptions = {},
): QuoteMatch | null {
  if (typeof text !== 'string' || typeof quote !== 'string') {
    throw new TypeError('matchQuote: text and quote must be strings');
  }
  if (quote.length === 0) throw new RangeError('matchQuote: the quote is empty');
  const folded = options.folded ?? foldForMatching(text);
  if (folded.length !== text.length) throw new RangeError('matchQuote: options.folded is not a fold of this text');

  const hint = context.hint !== undefined && Number.isFinite(context.hint) ? Math.round(context.hint) : undefined;
  const p: Prepared = {
    folded,
    quote: foldForMatching(quote),
    prefix: foldForMatching(context.prefix ?? ''),
    suffix: foldForMatching(context.suffix ?? ''),
    hint,
    budget: errorBudget(quote.length),
    near: nearBudget(quote.length),
    weightTotal: 0,
  };
  p.weightTotal = WEIGHT_QUOTE + (p.prefix ? WEIGHT_PREFIX : 0) + (p.suffix ? WEIGHT_SUFFIX : 0) +
    (hint !== undefined ? WEIGHT_POSITION : 0);

  const found: { best: Candidate | null } = { best: null };
  // The best candidate: acceptable ones before the others, then by score.
  const consider = (start: number, end: number, errors: number): void => {
    const c = scored(p, start, end, errors);
    const b = found.best;
    if (b === null || (c.acceptable && !b.acceptable) || (c.acceptable === b.acceptable && c.score > b.score)) found.best = c;
  };
  const good = (min: number): boolean => found.best?.acceptable === true && found.best.score >= min;
  const finish = (): QuoteMatch | null => {
    const b = found.best;
    if (b === null) return null;
    const match: QuoteMatch = {
      start: b.start,
      end: b.end,
      score: b.score,
      method: b.errors === 0 && text.startsWith(quote, b.start) && b.end - b.start === quote.length ? 'exact' : 'fuzzy',
      errors: b.errors,
    };
    if (b.prefix !== undefined) match.prefixSimilarity = b.prefix;
    if (b.suffix !== undefined) match.suffixSimilarity = b.suffix;
    return options.includeWeak || acceptsMatch(match, quote) ? match : null;
  };

  // 1. Verbatim occurrences (in folded space), the one at the hint first.
  const qlen = p.quote.length;
  if (hint !== undefined && hint >= 0 && folded.startsWith(p.quote, hint)) {
    consider(hint, hint + qlen, 0);
    if (good(CONFIDENT)) return finish();
  }
  // Candidates must start in [lo, hi]; fuzzy searches read up to `reach`.
  const lo = Math.max(0, Math.min(folded.length, options.within?.start ?? 0));
  const hi = Math.max(lo, Math.min(folded.length, options.within?.end ?? folded.length));
  const reach = (from: number): number => Math.min(folded.length, from + qlen + p.budget);
  const fuzzy = (from: number, to: number, budget: number): void => {
    if (to - from < qlen - budget) return;
    for (const m of search(folded.slice(from, to), p.quote, budget)) {
      if (from + m.start >= lo && from + m.start <= hi) consider(from + m.start, from + m.end, m.errors);
    }
  };

  // Verbatim occurrences starting in [lo, hi] only: the scan stops at hi.
  let occurrences = 0;
  for (
    let at = indexOfWithin(folded, p.quote, lo, hi);
    at !== -1 && occurrences < MAX_OCCURRENCES;
    at = indexOfWithin(folded, p.quote, at + 1, hi)
  ) {
    occurrences++;
    if (at !== hint) consider(at, at + qlen, 0);
  }
  if (good(CONFIDENT) || p.budget === 0 || options.fuzzy === false) return finish();

  // 2. Fuzzy near the hint, with the near budget (a larger budget costs the
  // search several times more, and far matches are rare).
  if (hint !== undefined) {
    const from = Math.max(lo, Math.min(hi, hint - WINDOW));
    fuzzy(from, reach(Math.max(from, Math.min(hi, hint + WINDOW))), p.near);
    if (good(MIN_SCORE)) return finish();
  }

  // 3. Far matches, only close to the hint (their context must confirm them anyway).
  if (hint !== undefined && p.budget > p.near) {
    const from = Math.max(lo, Math.min(hi, hint - FAR_WINDOW));
    fuzzy(from, reach(Math.max(from, Math.min(hi, hint + FAR_WINDOW))), p.budget);
    if (good(MIN_SCORE)) return finish();
  }

  // 4. Fuzzy over the whole range, useless when verbatim occurrences exist
  // (the search would report only those).
  if (occurrences === 0) fuzzy(lo, reach(hi), hint === undefined ? p.budget : p.near);
  return finish();
}
