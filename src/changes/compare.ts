// Compares an earlier version of an article (the corpus copy, or a kept
// snapshot: paragraphs) with the text a page shows now (one string, blocks
// separated by "\n", as the DOM text map makes it, so that every offset found
// here is a Range on the page). Page chrome is not a change: only the article's
// own paragraphs are compared, and a block counts as an added paragraph only
// when it reads as prose, sits among the article's paragraphs (or right after
// or before them), and is not a repeat of the article's own words (a lead shown
// twice). Typography and reflow are not changes either (see tokens.ts).
//
// The work is a generator that yields between bounded steps, so the content
// script can run it in slices (no long task); compareVersions runs it at once.
import { diffArrays } from 'diff';
import { isChromeLine } from '../corpus/article-body.ts';
import { type Located, locateParagraph, movedParagraphs, SHINGLE, ShingleIndex, withoutOverlaps } from './locate-paragraphs.ts';
import { appendTokens, type Block, isProse, tokenize } from './tokens.ts';
import type { ChangeSet, InsertedText, ParagraphChange, RemovedText, Token } from './types.ts';

/** Live text compared at most: a 5 MB page is cut here (recognition reads 400,000 characters, so the article is within it). */
export const MAX_LIVE_CHARS = 1_000_000;
/** Words tokenised or scanned between two yields. */
const STEP_WORDS = 4_000;
/** Prose blocks right after the article's last paragraph that may be an appended paragraph (a correction). */
const TRAILING_BLOCKS = 3;
/** The same, right before its first paragraph: none, since section blurbs and standfirsts sit there. */
const LEADING_BLOCKS = 0;
/** A block whose words are mostly the article's own shingles repeats it (a standfirst, a pull quote). */
const REPEAT_SHARE = 0.5;
/** Copyright and reuse notices under an article. */
const COPYRIGHT = /^\s*(©|\(c\)|copyright\b)|\ball rights reserved\b|\bany use of the material\b/i;

/** Compares in one go (tests, the CLI, the bench). */
export function compareVersions(earlier: readonly string[], liveText: string): ChangeSet {
  const steps = compareSteps(earlier, liveText);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The comparison as bounded steps: call next() until done; the value is the ChangeSet. */
export function* compareSteps(earlier: readonly string[], liveText: string): Generator<void, ChangeSet, void> {
  const truncated = liveText.length > MAX_LIVE_CHARS;
  const text = truncated ? liveText.slice(0, MAX_LIVE_CHARS) : liveText;

  const live: Token[] = [];
  const blocks: Block[] = [];
  let sinceYield = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const firstToken = live.length;
    appendTokens(text, start, end, live);
    if (live.length > firstToken) blocks.push({ start, end, firstToken, endToken: live.length });
    sinceYield += live.length - firstToken;
    if (sinceYield >= STEP_WORDS) {
      sinceYield = 0;
      yield;
    }
    start = end + 1;
  }
  const blockOf = new Int32Array(live.length);
  for (let i = 0; i < blocks.length; i++) blockOf.fill(i, blocks[i]!.firstToken, blocks[i]!.endToken);

  /**
   * The live text of words [first, end): from the block's own start when the
   * first word opens its block (an opening quote mark belongs to it), to the
   * block's end when the last word closes it (so does the full stop), spaces trimmed.
   */
  const spanOf = (first: number, end: number) => {
    const opening = blocks[blockOf[first]!]!;
    const closing = blocks[blockOf[end - 1]!]!;
    let start = opening.firstToken === first ? opening.start : live[first]!.start;
    let stop = closing.endToken === end ? closing.end : live[end - 1]!.end;
    while (start < stop && /\s/.test(text[start]!)) start++;
    while (stop > start && /\s/.test(text[stop - 1]!)) stop--;
    return { start, end: stop };
  };

  const earlierTokens = earlier.map(tokenize);
  const index = new ShingleIndex(earlierTokens, live);
  while (index.scan(STEP_WORDS)) yield;
  yield;

  const found: Located[] = [];
  for (let p = 0; p < earlier.length; p++) {
    const at = locateParagraph(p, earlierTokens[p]!, index, live);
    if (at) found.push(at);
  }
  yield;
  const placed = extendToBlocks(withoutOverlaps(found), blocks, blockOf, earlierTokens);
  const moved = movedParagraphs(placed);
  const byParagraph = new Map(placed.map((f) => [f.paragraph, f]));
  const added = addedBlocks(text, blocks, placed, moved, index.known);
  for (const [p, block] of rewrites(earlierTokens, byParagraph, moved, added)) {
    byParagraph.set(p, { paragraph: p, first: block.firstToken, end: block.endToken, hits: 0 });
    added.splice(added.indexOf(block), 1);
  }

  const paragraphs: ParagraphChange[] = [];
  let liveAt = placed.length > 0 ? live[placed[0]!.first]!.start : 0;
  for (let p = 0; p < earlier.length; p++) {
    const tokens = earlierTokens[p]!;
    if (tokens.length === 0) continue;
    const at = byParagraph.get(p);
    if (!at) {
      paragraphs.push({ status: 'removed', paragraph: p, live: null, moved: false, inserted: [], removed: [{ text: earlier[p]!, paragraph: p, liveAt, earlierStart: 0, earlierEnd: earlier[p]!.length }] });
      continue;
    }
    const { inserted, removed } = wordDifferences(text, p, earlier[p]!, tokens, live, at);
    const span = spanOf(at.first, at.end);
    paragraphs.push({
      status: inserted.length + removed.length > 0 ? 'changed' : 'unchanged',
      paragraph: p,
      live: span,
      moved: moved.has(p),
      inserted,
      removed,
    });
    liveAt = span.end;
    yield;
  }

  for (const b of added) {
    const span = spanOf(b.firstToken, b.endToken);
    const inserted = [{ ...span, text: text.slice(span.start, span.end) }];
    paragraphs.push({ status: 'added', paragraph: null, live: span, moved: false, inserted, removed: [] });
  }

  const inserted = paragraphs.flatMap((c) => c.inserted).sort((a, b) => a.start - b.start);
  const removed = paragraphs.flatMap((c) => c.removed);
  const liveParagraphs = paragraphs
    .filter((c) => c.live !== null)
    .sort((a, b) => a.live!.start - b.live!.start)
    .map((c) => text.slice(c.live!.start, c.live!.end).replace(/\s+/g, ' ').trim());
  return {
    paragraphs,
    counts: {
      changed: paragraphs.filter((c) => c.status === 'changed').length,
      removed: paragraphs.filter((c) => c.status === 'removed').length,
      added: paragraphs.filter((c) => c.status === 'added').length,
      moved: paragraphs.filter((c) => c.moved).length,
    },
    inserted,
    removed,
    liveParagraphs,
    truncated,
  };
}

/**
 * Widens each located paragraph to the edges of the blocks it starts and ends
 * in (words changed at its edges are outside its found shingles), never into
 * a neighbour's words nor by more than its own length.
 */
function extendToBlocks(placed: readonly Located[], blocks: readonly Block[], blockOf: Int32Array, earlier: readonly Token[][]): Located[] {
  return placed.map((f, i) => {
    const lower = i > 0 ? placed[i - 1]!.end : 0;
    const upper = i + 1 < placed.length ? placed[i + 1]!.first : Number.POSITIVE_INFINITY;
    const n = earlier[f.paragraph]!.length;
    const first = Math.max(blocks[blockOf[f.first]!]!.firstToken, lower, f.first - n);
    const end = Math.min(blocks[blockOf[f.end - 1]!]!.endToken, upper, f.end + n);
    return { ...f, first, end };
  });
}

/** The word-level differences inside one located paragraph, with the `diff` package over normalised words. */
function wordDifferences(text: string, p: number, original: string, tokens: readonly Token[], live: readonly Token[], at: Located) {
  const inserted: InsertedText[] = [];
  const removed: RemovedText[] = [];
  const livePart = live.slice(at.first, at.end);
  const changes = diffArrays(
    tokens.map((t) => t.norm),
    livePart.map((t) => t.norm),
  );
  let i = 0;
  let q = 0;
  for (const change of changes) {
    if (change.added) {
      const first = livePart[q]!;
      const last = livePart[q + change.count - 1]!;
      inserted.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end) });
      q += change.count;
    } else if (change.removed) {
      const where = q > 0 ? livePart[q - 1]!.end : livePart[0]!.start;
      const earlierStart = tokens[i]!.start;
      const earlierEnd = tokens[i + change.count - 1]!.end;
      removed.push({ text: original.slice(earlierStart, earlierEnd), paragraph: p, liveAt: where, earlierStart, earlierEnd });
      i += change.count;
    } else {
      i += change.count;
      q += change.count;
    }
  }
  return { inserted, removed };
}

/**
 * Paragraphs rewritten beyond recognition: where the page lacks some earlier
 * paragraphs and shows as many new ones in the same gap (between the same
 * two paragraphs found in their order), they are paired in order — the
 * paragraph was changed, not removed while another was added.
 */
function rewrites(earlier: readonly Token[][], found: ReadonlyMap<number, Located>, moved: ReadonlySet<number>, added: readonly Block[]): [number, Block][] {
  const pairs: [number, Block][] = [];
  let gapStart = 0;
  let missing: number[] = [];
  const closeGap = (gapEnd: number) => {
    const inGap = added.filter((b) => b.firstToken >= gapStart && b.endToken <= gapEnd);
    if (missing.length > 0 && inGap.length === missing.length) for (let i = 0; i < missing.length; i++) pairs.push([missing[i]!, inGap[i]!]);
    missing = [];
  };
  for (let p = 0; p < earlier.length; p++) {
    if (earlier[p]!.length === 0) continue;
    const at = found.get(p);
    if (!at) missing.push(p);
    else if (!moved.has(p)) {
      closeGap(at.first);
      gapStart = at.end;
    }
  }
  closeGap(Number.POSITIVE_INFINITY);
  return pairs;
}

/** Blocks that are new paragraphs of the article (see the header). */
function addedBlocks(text: string, blocks: readonly Block[], placed: readonly Located[], moved: ReadonlySet<number>, known: Uint8Array): Block[] {
  if (placed.length === 0) return [];
  const covered = (b: Block) => placed.some((f) => f.first < b.endToken && f.end > b.firstToken);
  const candidate = (b: Block) => {
    const words = b.endToken - b.firstToken;
    const line = text.slice(b.start, b.end);
    if (!isProse(line, words) || isChromeLine(line) || COPYRIGHT.test(line)) return false;
    // Words inside some shingle the earlier version has.
    let repeats = 0;
    for (let i = b.firstToken; i < b.endToken; i++) {
      for (let s = Math.max(b.firstToken, i - SHINGLE + 1); s <= i; s++) {
        if (known[s] === 1) {
          repeats++;
          break;
        }
      }
    }
    return repeats < REPEAT_SHARE * words;
  };
  const blockAt = (token: number) => {
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blocks[mid]!.firstToken <= token) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // The article's extent: its paragraphs in their order (one moved far away, quoted in a comment, does not stretch it).
  const inPlace = placed.filter((f) => !moved.has(f.paragraph));
  const firstBlock = blockAt((inPlace[0] ?? placed[0]!).first);
  const lastBlock = blockAt((inPlace.at(-1) ?? placed.at(-1)!).end - 1);
  const added: Block[] = [];
  for (let b = firstBlock + 1; b < lastBlock; b++) if (!covered(blocks[b]!) && candidate(blocks[b]!)) added.push(blocks[b]!);
  for (let b = lastBlock + 1; b < blocks.length && b <= lastBlock + TRAILING_BLOCKS; b++) {
    if (!candidate(blocks[b]!)) break;
    added.push(blocks[b]!);
  }
  const leading: Block[] = [];
  for (let b = firstBlock - 1; b >= 0 && b >= firstBlock - LEADING_BLOCKS; b--) {
    if (!candidate(blocks[b]!)) break;
    leading.unshift(blocks[b]!);
  }
  return [...leading, ...added];
}
