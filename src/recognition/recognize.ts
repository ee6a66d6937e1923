// Which corpus article a page is — or none. Decision rule:
//  1. Evidence: the page's sampled shingles looked up in the index; each
//     article collects the fingerprints of its own that the page shows.
//  2. coverage  = share of the article's fingerprints found on the page
//     pageShare = share of the page's story-like text (prose paragraphs) that
//                 those fingerprints explain.
//  3. Accept when coverage ≥ 0.25 and pageShare ≥ a bar that falls as coverage
//     rises (0.75 at 25% coverage, 0.25 at full coverage). A truncated preview
//     (40% of the article, little else) passes on pageShare; the full article
//     under comments and related stories passes on coverage; a different story
//     reusing a few of a corpus article's paragraphs or its boilerplate fails
//     both, because most of its prose is its own.
//  4. Best score wins; an address the catalog lists breaks ties only.
// Word-for-word paragraph checks then list the article paragraphs that are
// missing or changed.
import { addressKeys } from './address-key.ts';
import { appendWordHashes, HashList, isSampled, PARAGRAPH_BASE, shingleHashSigned } from './fingerprint.ts';
import { findFingerprint, type RecognitionIndex } from './recognition-index.ts';
import type { PageText, Recognition } from './types.ts';

export const MIN_COVERAGE = 0.25;
/** Fewer matching fingerprints than this is chance, whatever the ratios say. */
const MIN_EVIDENCE = 3;
/** Words of page text examined at most: bounds the work on endless pages. */
export const MAX_PAGE_WORDS = 200_000;

/** The pageShare an article with this coverage needs. */
export function requiredPageShare(coverage: number): number {
  const c = Math.min(1, Math.max(MIN_COVERAGE, coverage));
  return 0.75 - (0.5 * (c - MIN_COVERAGE)) / (1 - MIN_COVERAGE);
}

/** Story-like paragraphs count towards pageShare; menus, headlines and buttons do not. */
function isProse(text: string, wordCount: number): boolean {
  if (wordCount >= 20) return true;
  return wordCount >= 6 && /[.!?"'\u201D\u2019]\s*$/.test(text);
}

// The same address is asked about again and again (late renders, repeated
// checks): its keys are kept for the last one. addressKeys is pure.
let lastUrl: string | null = null;
let lastKeys: readonly string[] = [];

function cachedAddressKeys(url: string): readonly string[] {
  if (url !== lastUrl) {
    lastKeys = addressKeys(url);
    lastUrl = url;
  }
  return lastKeys;
}

interface PageStream {
  hashes: Uint32Array;
  prose: Uint8Array;
  /** Page paragraph of each word. */
  paragraph: Uint32Array;
}

/** The page's words as hashes in typed arrays, with each word's paragraph and prose flag. */
function pageStream(page: PageText): PageStream {
  const list = new HashList();
  const ends: number[] = [];
  const flags: boolean[] = [];
  for (let p = 0; p < page.paragraphs.length && list.length < MAX_PAGE_WORDS; p++) {
    const text = page.paragraphs[p]!;
    const start = list.length;
    appendWordHashes(text, list);
    ends.push(list.length);
    // Prose is judged on the whole paragraph's word count, before any cap.
    flags.push(isProse(text, list.length - start));
  }
  const n = Math.min(list.length, MAX_PAGE_WORDS);
  const prose = new Uint8Array(n);
  const paragraph = new Uint32Array(n);
  let start = 0;
  for (let p = 0; p < ends.length && start < n; p++) {
    const end = Math.min(ends[p]!, n);
    paragraph.fill(p, start, end);
    if (flags[p]) prose.fill(1, start, end);
    start = end;
  }
  return { hashes: list.data.subarray(0, n), prose, paragraph };
}

interface Evidence {
  /** Distinct page fingerprints that belong to the article. */
  pageHits: number;
  /** Of those, hits in non-prose page text (they join pageShare's denominator). */
  nonProseHits: number;
  /** Article postings found. */
  found: number;
  first: number;
  last: number;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function recognize(index: RecognitionIndex, page: PageText, hints: { url?: string } = {}): Recognition | null {
  const stream = pageStream(page);
  const { hashes, prose, paragraph } = stream;
  const k = index.shingleSize;
  if (hashes.length < k) return null;

  const seen = new Set<number>();
  let proseSamples = 0;
  const evidence = new Map<number, Evidence>();
  // Sampling tested on the signed hash first (cheap integer maths); the same
  // test as isSampled, which takes the unsigned value.
  const every = index.sampleEvery;
  const mask = (every & (every - 1)) === 0 ? every - 1 : -1;
  for (let i = 0; i + k <= hashes.length; i++) {
    const signed = shingleHashSigned(hashes, i, k);
    if (mask >= 0 ? (signed & mask) !== 0 : !isSampled(signed >>> 0, every)) continue;
    const h = signed >>> 0;
    if (seen.has(h)) continue;
    seen.add(h);
    // Page shingles run across paragraph breaks (so a split paragraph still
    // matches), but only those inside one prose paragraph count as the page's
    // own story text: article shingles never span a paragraph break.
    const inProse = prose[i] === 1 && paragraph[i] === paragraph[i + k - 1];
    if (inProse) proseSamples++;
    const f = findFingerprint(index, h);
    if (f < 0) continue;
    let previous = -1;
    for (let p = index.postingStart[f]!; p < index.postingStart[f + 1]!; p++) {
      const a = index.postingArticle[p]!;
      let e = evidence.get(a);
      if (!e) {
        e = { pageHits: 0, nonProseHits: 0, found: 0, first: i, last: i };
        evidence.set(a, e);
      }
      // Postings of shingles spanning a paragraph break count for pageShare only.
      if (index.postingParagraph[p]! < index.paragraphStart[a + 1]! - index.paragraphStart[a]!) e.found++;
      e.last = i;
      if (a !== previous) {
        e.pageHits++;
        if (!inProse) e.nonProseHits++;
      }
      previous = a;
    }
  }

  const hinted = new Set<number>();
  if (hints.url) for (const key of cachedAddressKeys(hints.url)) for (const a of index.addresses.get(key) ?? []) hinted.add(a);

  let best: { a: number; e: Evidence; coverage: number; pageShare: number; score: number } | null = null;
  for (const [a, e] of evidence) {
    const samples = index.articleSamples[a]!;
    if (e.pageHits < MIN_EVIDENCE || samples === 0) continue;
    const coverage = Math.min(1, e.found / samples);
    const pageShare = Math.min(1, e.pageHits / (proseSamples + e.nonProseHits));
    if (coverage < MIN_COVERAGE || pageShare < requiredPageShare(coverage)) continue;
    const score = Math.sqrt(coverage * pageShare);
    const better =
      !best || score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && hinted.has(a) && !hinted.has(best.a));
    if (better) best = { a, e, coverage, pageShare, score };
  }
  if (!best) return null;

  return {
    corpusId: index.ids[best.a]!,
    score: round(best.score),
    coverage: round(best.coverage),
    pageShare: round(best.pageShare),
    differingParagraphs: differingParagraphs(index, best.a, stream, best.e),
    addressMatched: hinted.has(best.a),
  };
}

/**
 * Article paragraphs not found word for word in the part of the page where the
 * article's evidence lies. Prefix hashes over that window make each check O(1)
 * per position; positions where a page paragraph starts are tried first, since
 * that is where an unchanged paragraph usually is. The hash is the polynomial
 * of fingerprint.ts sequenceHash, so the answers are those of findSequence.
 */
function differingParagraphs(index: RecognitionIndex, a: number, stream: PageStream, e: Evidence): number[] {
  const from = index.paragraphStart[a]!;
  const to = index.paragraphStart[a + 1]!;
  let longest = 0;
  let total = 0;
  for (let p = from; p < to; p++) {
    longest = Math.max(longest, index.paragraphWords[p]!);
    total += index.paragraphWords[p]!;
  }
  // The article sits around its evidence; searching a window about it keeps huge pages cheap.
  const words = stream.hashes;
  const lo = Math.max(0, e.first - total - longest);
  const hi = Math.min(words.length, e.last + total + longest);
  const size = Math.max(0, hi - lo);
  // prefix[i] = hash of words[lo, lo+i); hash of [s, s+L) = prefix[s+L-lo] - prefix[s-lo]·B^L (mod 2^32).
  const prefix = new Int32Array(size + 1);
  for (let i = 0; i < size; i++) prefix[i + 1] = (Math.imul(prefix[i]!, PARAGRAPH_BASE) + words[lo + i]!) | 0;
  const starts: number[] = [];
  for (let i = 0; i < size; i++) if (lo + i === 0 || stream.paragraph[lo + i] !== stream.paragraph[lo + i - 1]) starts.push(i);

  const out: number[] = [];
  for (let p = from; p < to; p++) {
    const length = index.paragraphWords[p]!;
    const target = index.paragraphHash[p]! | 0;
    if (!holds(prefix, size, starts, length, target)) out.push(p - from);
  }
  return out;
}

/** Whether some run of `length` words in the window has hash `target`. */
function holds(prefix: Int32Array, size: number, starts: readonly number[], length: number, target: number): boolean {
  if (length === 0 || size < length) return false;
  let power = 1; // PARAGRAPH_BASE^length
  for (let i = 0; i < length; i++) power = Math.imul(power, PARAGRAPH_BASE);
  for (const s of starts) {
    if (s + length > size) break;
    if (((prefix[s + length]! - Math.imul(prefix[s]!, power)) | 0) === target) return true;
  }
  for (let s = 0; s + length <= size; s++) {
    if (((prefix[s + length]! - Math.imul(prefix[s]!, power)) | 0) === target) return true;
  }
  return false;
}
