// Re-anchors every stored highlight of a page in one pass. Runs on each visit
// and again whenever the page renders late or changes, so the common cases
// must cost next to nothing. First each quote is compared with the raw text
// at its stored position, in the order given: when every one is still there
// (an unchanged page) that is the answer, with no sort and no fold. Otherwise
// two passes over the targets in stored order:
// 1. Certain anchors: the quote still at its stored position (a string
//    compare; with its context too where the running shift says it moved),
//    or verbatim with both context strings intact at its stored position plus
//    the shift of the previous certain anchor (edits shift whole stretches of
//    text by the same amount), or failing that the only such occurrence within
//    NEARBY chars that does not lie before the previous certain anchor. These
//    set the running shift.
// 2. The rest go to matchQuote (verbatim search, then fuzzy) between their
//    nearest certain neighbours, with a hint from their shifts, the following
//    one first (an edit between the previous neighbour and the target is what
//    usually sent it here). Only when nothing acceptable lies there is the
//    whole page searched, verbatim only (a passage moved elsewhere). Results
//    of pass 2 never feed the shift: one wrong guess cannot drag the hints of
//    the highlights after it.
// The page's folded text (fold.ts) is computed once per page, only if pass 2
// has work, and kept for the next call on the same text (or the caller gives
// it: DomTextMap keeps one, updated with the map).
// Nothing is dropped: what cannot be anchored comes back as an orphan with
// its quote, context and the reason.

import { foldForMatching } from './fold.ts';
import { acceptsMatch, errorBudget, indexOfWithin, MIN_SCORE, matchQuote, type QuoteMatch } from './match-quote.ts';
import type { TextTargetSelectors } from './selectors.ts';

export interface AnchorTarget {
  id: string;
  selectors: TextTargetSelectors;
}

export interface AnchoredResult {
  id: string;
  status: 'anchored';
  start: number;
  end: number;
  /** position: still at its stored offsets; exact: the quote verbatim elsewhere; fuzzy: approximately. */
  method: 'position' | 'exact' | 'fuzzy';
  score: number;
}

export interface OrphanResult {
  id: string;
  status: 'orphan';
  quote: string;
  prefix?: string;
  suffix?: string;
  reason: string;
}

export type AnchorResult = AnchoredResult | OrphanResult;

export interface AnchorAllOptions {
  /**
   * `foldForMatching(text)` when the caller keeps it (e.g. DomTextMap's
   * `folded`), or a function giving it, called only if some target needs a
   * search; otherwise the module's cache is used.
   */
  folded?: string | (() => string);
}

// The fold of the last page seen: repeated calls on the same text reuse it.
let lastText: string | undefined;
let lastFolded: string | undefined;

function foldedOf(text: string): string {
  if (lastText !== text || lastFolded === undefined) {
    lastFolded = foldForMatching(text);
    lastText = text;
  }
  return lastFolded;
}

/** Forgets the cached fold of the last page (benchmarks that must pay for it on every run; tests). */
export function clearAnchoringCache(): void {
  lastText = undefined;
  lastFolded = undefined;
}

function orphan(target: AnchorTarget, reason: string): OrphanResult {
  const quote = target.selectors?.quote;
  const result: OrphanResult = {
    id: target.id,
    status: 'orphan',
    quote: typeof quote?.exact === 'string' ? quote.exact : '',
    reason,
  };
  if (typeof quote?.prefix === 'string') result.prefix = quote.prefix;
  if (typeof quote?.suffix === 'string') result.suffix = quote.suffix;
  return result;
}

/** Why a target's selectors cannot be used at all, or null if they can. */
function invalidSelectors(target: AnchorTarget): string | null {
  const quote = target?.selectors?.quote;
  if (!quote || typeof quote.exact !== 'string') return 'invalid selectors: no TextQuoteSelector with an exact quote';
  if (quote.exact.length === 0) return 'invalid selectors: the quote is empty';
  return null;
}

function storedStart(target: AnchorTarget): number | undefined {
  const start = target.selectors?.position?.start;
  return Number.isInteger(start) && (start as number) >= 0 ? start : undefined;
}

/**
 * Whether `exact` is in `text` at `at`. Comparing a substring (a view in V8,
 * no copy) costs about half of `startsWith` in V8, which matters when it runs
 * for every highlight of every visit.
 */
function isAt(text: string, at: number, exact: string): boolean {
  return text.length - at >= exact.length && text.substring(at, at + exact.length) === exact;
}

/** Indices of the targets in order of stored start (targets without one last), stable. */
function byStoredStart(starts: readonly (number | undefined)[]): number[] {
  const n = starts.length;
  // Start and index packed in one double, sorted natively: a comparator costs
  // several times more for thousands of highlights. Exact while both fit in 53 bits.
  const INDEX = 2 ** 21;
  if (n < INDEX && starts.every((s) => s === undefined || s < 2 ** 31)) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (starts[i] ?? 2 ** 31) * INDEX + i;
    keys.sort();
    const order = new Array<number>(n);
    for (let i = 0; i < n; i++) order[i] = (keys[i] as number) % INDEX;
    return order;
  }
  const order = starts.map((_, i) => i);
  order.sort((a, b) => (starts[a] ?? Number.MAX_SAFE_INTEGER) - (starts[b] ?? Number.MAX_SAFE_INTEGER) || a - b);
  return order;
}

/** Whether `exact` is in `text` at `at` with its prefix right before it and its suffix right after (pass 1 takes such a target there, whatever the shift). */
export function contextIntact(text: string, at: number, exact: string, prefix?: string, suffix?: string): boolean {
  // Substrings compared with ===, as isAt: `startsWith` costs about twice as much in V8 (the first frame makes three per highlight in view).
  if (!isAt(text, at, exact)) return false;
  if (prefix && !(at >= prefix.length && text.substring(at - prefix.length, at) === prefix)) return false;
  if (suffix && !isAt(text, at + exact.length, suffix)) return false;
  return true;
}

/**
 * The results when every target's quote is in `text` at its stored position
 * (invalid targets orphaned, as always), in the order given; null as soon as
 * one is not. With the running shift at 0 throughout, pass 1 would accept
 * every one of them as they are, so this is the same answer without a sort or
 * a fold. It runs for every highlight on every visit: one loop, one check
 * per quote, one result object, nothing else. The check is `indexOf` from the
 * stored start (in Chromium 15–17% cheaper than comparing a substring with
 * `===`, which is half the cost of `startsWith`); a quote not there makes it
 * scan on through the page, but only once per call, since the loop stops at
 * the first such quote.
 */
function anchorAtStoredPositions(text: string, targets: readonly AnchorTarget[]): AnchorResult[] | null {
  const n = targets.length;
  const results = new Array<AnchorResult>(n);
  const length = text.length;
  for (let i = 0; i < n; i++) {
    const target = targets[i] as AnchorTarget;
    const selectors = target?.selectors;
    const exact = selectors?.quote?.exact;
    if (typeof exact !== 'string' || exact.length === 0) {
      results[i] = orphan(target, invalidSelectors(target) as string);
      continue;
    }
    const start = selectors.position?.start;
    if (!Number.isInteger(start) || start < 0) return null;
    const end = start + exact.length;
    if (end > length || text.indexOf(exact, start) !== start) return null;
    results[i] = { id: target.id, status: 'anchored', start, end, method: 'position', score: 1 };
  }
  return results;
}

/** How far (chars) from its expected place a passage is looked for verbatim in pass 1: the few small edits between two neighbouring highlights, not more (a repeat of the passage farther away must not pass for it). */
const NEARBY = 128;
/** Quote plus context shorter than this is not distinctive enough to be certain. */
const DISTINCTIVE = 32;

/**
 * Start of the quote found verbatim with its whole context at `expected`, or
 * as the only such occurrence within NEARBY chars of it; null otherwise.
 */
function findNearby(text: string, expected: number, exact: string, prefix = '', suffix = ''): number | null {
  if (contextIntact(text, expected, exact, prefix, suffix)) return expected;
  const needle = prefix + exact + suffix;
  if (needle.length < DISTINCTIVE) return null;
  // The needle must start in [from, to]: the scans stop there, not at the page's end.
  const from = Math.max(0, expected - prefix.length - NEARBY);
  const to = expected - prefix.length + NEARBY;
  const at = indexOfWithin(text, needle, from, to);
  if (at === -1) return null;
  if (indexOfWithin(text, needle, at + 1, to) !== -1) return null;
  return at + prefix.length;
}

/** A match with this score needs no second opinion from another hint. */
const SURE = 0.9;
/** Hints closer than this (chars) search mostly the same window. */
const CLOSE_HINTS = 64;

/**
 * Anchors each target in `text` (the page text the selectors were described
 * in, e.g. DomTextMap.text). Results come in the order of `targets`.
 */
export function anchorAll(text: string, targets: readonly AnchorTarget[], options: AnchorAllOptions = {}): AnchorResult[] {
  if (typeof text !== 'string') throw new TypeError('anchorAll: text must be a string');
  if (!Array.isArray(targets)) throw new TypeError('anchorAll: targets must be an array');

  // An unchanged page first: every quote still at its stored position.
  const atStoredPositions = anchorAtStoredPositions(text, targets);
  if (atStoredPositions !== null) return atStoredPositions;

  // The quote at its stored position in the raw text, for every target (the
  // flags pass 1 uses).
  const n = targets.length;
  const results = new Array<AnchorResult | undefined>(n);
  const starts = new Array<number | undefined>(n);
  const atStored = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const target = targets[i] as AnchorTarget;
    const stored = storedStart(target);
    starts[i] = stored;
    if (invalidSelectors(target) === null && stored !== undefined && isAt(text, stored, target.selectors.quote.exact)) atStored[i] = 1;
  }
  const order = byStoredStart(starts);

  // Pass 1: certain anchors. `shifts[k]` is the shift of the k-th certain
  // anchor; a deferred target remembers how many certain anchors precede it.
  const shifts: number[] = [];
  const certainStarts: number[] = [];
  const deferred: { index: number; certainBefore: number }[] = [];
  let shift = 0;
  for (const i of order) {
    const target = targets[i] as AnchorTarget;
    const invalid = invalidSelectors(target);
    if (invalid !== null) {
      results[i] = orphan(target, invalid);
      continue;
    }
    const { exact, prefix, suffix } = target.selectors.quote;
    const stored = starts[i];
    // At its stored position: certain if that agrees with the running shift
    // or its context is intact there too (a short quote that happens to sit
    // at its old offset on a shifted page must not reset the shift).
    if (stored !== undefined && atStored[i] === 1 && (shift === 0 || contextIntact(text, stored, exact, prefix, suffix))) {
      results[i] = { id: target.id, status: 'anchored', start: stored, end: stored + exact.length, method: 'position', score: 1 };
      shift = 0;
      shifts.push(shift);
      certainStarts.push(stored);
    } else if (stored !== undefined) {
      const found = findNearby(text, stored + shift, exact, prefix, suffix);
      // Edits keep the order of what they leave alone: a find before the last
      // certain anchor is a copy of the passage (a repeated sentence), not it.
      const start = found !== null && found >= (certainStarts[certainStarts.length - 1] ?? 0) ? found : null;
      if (start === null) {
        deferred.push({ index: i, certainBefore: shifts.length });
        continue;
      }
      shift = start - stored;
      results[i] = { id: target.id, status: 'anchored', start, end: start + exact.length, method: 'exact', score: 1 };
      shifts.push(shift);
      certainStarts.push(start);
    } else {
      deferred.push({ index: i, certainBefore: shifts.length });
    }
  }

  // Pass 2: search, hinted by the certain neighbours.
  let folded: string | undefined;
  for (const { index: i, certainBefore } of deferred) {
    const target = targets[i] as AnchorTarget;
    const { exact, prefix, suffix } = target.selectors.quote;
    if (text.length === 0) {
      results[i] = orphan(target, 'the page has no text');
      continue;
    }
    const stored = starts[i];
    const shiftAfter = shifts[certainBefore];
    const shiftBefore = certainBefore > 0 ? shifts[certainBefore - 1] : undefined;
    const hints: (number | undefined)[] = [];
    if (stored !== undefined) {
      if (shiftAfter !== undefined) hints.push(stored + shiftAfter);
      if (shiftBefore !== undefined && shiftBefore !== shiftAfter) hints.push(stored + shiftBefore);
      if (hints.length === 0) hints.push(stored);
    } else {
      hints.push(undefined);
    }

    folded ??= typeof options.folded === 'function' ? options.folded() : (options.folded ?? foldedOf(text));
    const context: { prefix?: string; suffix?: string; hint?: number } = {};
    if (prefix !== undefined) context.prefix = prefix;
    if (suffix !== undefined) context.suffix = suffix;
    // Edits keep order: the passage lies between its certain neighbours,
    // unless the page was rearranged (then the whole text is searched).
    const within = {
      start: certainBefore > 0 ? (certainStarts[certainBefore - 1] as number) : 0,
      end: certainStarts[certainBefore] ?? text.length,
    };
    let match: QuoteMatch | null = null;
    for (const hint of hints) {
      // A second hint close to the first searches the same window again: only worth it if nothing was accepted.
      if (match !== null && acceptsMatch(match, exact) && hint !== undefined && Math.abs(hint - (hints[0] as number)) < CLOSE_HINTS) break;
      if (hint !== undefined) context.hint = hint;
      const m = matchQuote(text, exact, context, { folded, includeWeak: true, within });
      if (m !== null && (match === null || m.score > match.score)) match = m;
      if (match !== null && match.score >= SURE) break;
    }
    const wholeText = within.start === 0 && within.end === text.length;
    if (!wholeText && (match === null || !acceptsMatch(match, exact))) {
      if (hints[0] !== undefined) context.hint = hints[0];
      // Verbatim only: a fuzzy search of the whole page for every quote not
      // found between its neighbours would make the cost grow with page × quotes.
      const m = matchQuote(text, exact, context, { folded, includeWeak: true, fuzzy: false });
      if (m !== null && (match === null || m.score > match.score)) match = m;
    }

    if (match !== null && acceptsMatch(match, exact)) {
      results[i] = { id: target.id, status: 'anchored', start: match.start, end: match.end, method: match.method, score: match.score };
    } else if (match !== null) {
      results[i] = orphan(
        target,
        `best candidate (at ${match.start}, ${match.method}) scored ${match.score.toFixed(2)}, below ${MIN_SCORE}: ` +
          'the quote or its context changed too much',
      );
    } else {
      const budget = errorBudget(exact.length);
      results[i] = orphan(
        target,
        budget === 0
          ? 'the quote is not in the page'
          : `no passage near its place within ${budget} edits of the quote, and not verbatim elsewhere in the page`,
      );
    }
  }
  return results as AnchorResult[];
}
