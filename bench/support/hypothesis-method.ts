// The Hypothesis client's anchoring method, written for this bench from its
// published description (not from its code), as the peer users would pick:
// - the quote is searched in the root's text content, read afresh
//   for each highlight: every verbatim occurrence if there is one, else
//   approx-string-match with at most half the quote's length in errors
//   (never more than 256);
// - each candidate is ranked by quote similarity (weight 50), prefix and
//   suffix similarity (20 each; an edit distance against the text beside the
//   candidate) and closeness to the stored position (2); the best one is
//   taken, whatever its score (the method has no threshold).
// The Hypothesis client itself tries a TextPositionSelector before the quote
// (the text at the stored offsets, accepted if it equals the quote): offered
// as `positionFirst`. Issue #16 defines the peer as exact-first, without it.
// The result is a DOM Range, as the method produces. Offsets are in the
// root's textContent (every Text node's data in document order).
import search from 'approx-string-match';

export interface HypothesisSelectors {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

const WEIGHT_QUOTE = 50;
const WEIGHT_PREFIX = 20;
const WEIGHT_SUFFIX = 20;
const WEIGHT_POSITION = 2;
const MAX_ERRORS = 256;

/** A Range over textContent offsets [start, end) of `root`, by a walk over its Text nodes; null outside the text. */
export function rangeFromTextContentOffsets(root: Node, start: number, end: number): Range | null {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createNodeIterator(root, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  let seen = 0;
  let startSet = false;
  for (let node = walker.nextNode() as Text | null; node !== null; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (!startSet && start <= seen + length) {
      range.setStart(node, start - seen);
      startSet = true;
    }
    if (startSet && end <= seen + length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += length;
  }
  return null;
}

/**
 * 1 minus the fewest edits turning `wanted` into some stretch of `text`, over
 * its length (0 when either is empty). The same figure an approx-string-match
 * search of `wanted` in `text` gives, by a plain table over two ~32-char
 * strings: cheaper, so the peer is not slowed by how it is written here.
 */
function similarity(text: string, wanted: string): number {
  if (wanted.length === 0 || text.length === 0) return 0;
  const n = text.length;
  let prev = new Array<number>(n + 1).fill(0); // a stretch may start anywhere
  let cur = new Array<number>(n + 1);
  for (let i = 1; i <= wanted.length; i++) {
    cur[0] = i;
    const w = wanted.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const sub = (prev[j - 1] as number) + (text.charCodeAt(j - 1) === w ? 0 : 1);
      cur[j] = Math.min(sub, (prev[j] as number) + 1, (cur[j - 1] as number) + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return 1 - Math.min(...prev) / wanted.length;
}

/** The quote's best place in `text` as [start, end], or null if nothing is within the error limit. */
export function hypothesisMatchQuote(text: string, s: HypothesisSelectors): [number, number] | null {
  const quote = s.exact;
  if (quote.length === 0) return null;
  let candidates: { start: number; end: number; errors: number }[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    candidates.push({ start: at, end: at + quote.length, errors: 0 });
  }
  if (candidates.length === 0) candidates = search(text, quote, Math.min(MAX_ERRORS, Math.floor(quote.length / 2)));
  if (candidates.length === 0) return null;
  let best: [number, number] | null = null;
  let bestScore = -1;
  for (const c of candidates) {
    const quoteScore = 1 - c.errors / quote.length;
    const prefixScore = s.prefix ? similarity(text.slice(Math.max(0, c.start - s.prefix.length), c.start), s.prefix) : 1;
    const suffixScore = s.suffix ? similarity(text.slice(c.end, c.end + s.suffix.length), s.suffix) : 1;
    const positionScore = 1 - Math.abs(c.start - s.start) / text.length;
    const score =
      (WEIGHT_QUOTE * quoteScore + WEIGHT_PREFIX * prefixScore + WEIGHT_SUFFIX * suffixScore + WEIGHT_POSITION * positionScore) /
      (WEIGHT_QUOTE + WEIGHT_PREFIX + WEIGHT_SUFFIX + WEIGHT_POSITION);
    if (score > bestScore) {
      bestScore = score;
      best = [c.start, c.end];
    }
  }
  return best;
}

/**
 * Anchors one highlight in `root` as the method does: the quote (with
 * `positionFirst`, the stored position before it). `textContent`: the root's
 * text read once for many highlights (the method reads it for each one).
 */
export function hypothesisAnchor(root: Node, s: HypothesisSelectors, positionFirst = false, textContent?: string): Range | null {
  if (positionFirst) {
    const atPosition = rangeFromTextContentOffsets(root, s.start, s.end);
    if (atPosition !== null && atPosition.toString() === s.exact) return atPosition;
  }
  const text = textContent ?? root.textContent ?? '';
  const found = hypothesisMatchQuote(text, s);
  return found === null ? null : rangeFromTextContentOffsets(root, found[0], found[1]);
}
