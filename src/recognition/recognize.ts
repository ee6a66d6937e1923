// Which corpus article a page is — or none. Decision rule:
//  1. Evidence: the page's sampled shingles looked up in the index; each
//     article collects the fingerprints of its own that the page shows. Those
//     with enough evidence are shortlisted.
//  2. For each shortlisted article (see measureArticle):
//     coverage  = share of the article's words the page shows,
//     pageShare = share of the page's story-like text (prose paragraphs) that
//                 is the article's,
//     both exact for paragraphs shown word for word, estimated from the
//     samples for the rest.
//  3. Accept when coverage ≥ 0.25 and pageShare ≥ a bar that falls as coverage
//     rises (0.75 at 25% coverage, 0.25 at full coverage). A truncated preview
//     (40% of the article, little else) passes on pageShare; the full article
//     under comments and related stories passes on coverage; a different story
//     reusing a few of a corpus article's paragraphs or its boilerplate fails
//     both, because most of its prose is its own.
//  4. Or accept on a region (see findRegion): pages that hold more than the
//     article (three other full stories, 200 comments, a live page, an endless
//     feed) bury a full article's pageShare. A region is a run of the article's
//     paragraphs on the page, in order, with small gaps; accepted when it holds
//     most of the article (coverage ≥ 0.6, counted inside the region only)
//     and little else (its share of the region's prose ≥ 0.75). A story that
//     quotes one or two paragraphs, or reuses a third of the article as
//     background, holds far less than 60% of it in any one place.
//  5. Best score wins; an address the catalog lists breaks ties only. (A page
//     holding several corpus articles: recognize-all.ts keeps every accepted
//     one whose region no better one overlaps.)
// The article paragraphs not shown word for word are reported as differing.
import { addressKeys } from './address-key.ts';
import { basePower, isSampled, mixSigned, SHINGLE_SIZE } from './fingerprint.ts';
import { Int32Set } from './int32-set.ts';
import { appendKnownWords, appendStreamHashes, StreamHashes } from './stream-hashes.ts';
import { DEFAULT_SAMPLE_EVERY, POSTING_FIELDS, type RecognitionIndex } from './recognition-index.ts';
import type { PageText, Recognition } from './types.ts';
import { isWhiteSpace } from './white-space.ts';

export const MIN_COVERAGE = 0.25;
/** Fewer matching fingerprints than this is chance, whatever the ratios say. */
const MIN_EVIDENCE = 3;
/** A hit outside verbatim text counts when another lies within this many sampling intervals. */
const SUPPORT_SAMPLES = 4;
/** Hits outside verbatim text that a different story on the same subject may show by chance. */
const CHANCE_HITS = 1;
/** Share of the article a region must hold (counted inside the region). */
export const REGION_MIN_COVERAGE = 0.6;
/** Share of a region's story text that must be the article's. */
export const REGION_MIN_SHARE = 0.75;
/**
 * Page words of other text allowed between two consecutive pieces of a region
 * (an ad, a caption, a "read also" box), on top of the words of any article
 * paragraphs missing between them.
 */
const REGION_GAP_WORDS = 150;
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
  if (wordCount < 6) return false;
  // Ends in sentence punctuation or a closing quote, trailing white space aside: /[.!?"'\u201D\u2019]\s*$/ without the regular expression.
  let i = text.length - 1;
  while (i >= 0 && isWhiteSpace(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019;
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

/**
 * The page as a stream of word hashes, with prefix hashes over it: the
 * polynomial hash of any run of words, and so every shingle's hash, is then
 * one multiplication away (see fingerprint.ts sequenceHash).
 */
interface PageStream {
  /** Words examined (at most MAX_PAGE_WORDS). */
  length: number;
  /** prefix[i] = sequenceHash of words [0, i), as a signed 32-bit integer. */
  prefix: Int32Array;
  /** Page paragraphs examined: the entries of paragraphEnd and prose that count. */
  paragraphs: number;
  /** Word index where each page paragraph ends (exclusive), ascending. */
  paragraphEnd: Int32Array;
  /** 1 where a page paragraph is story-like prose, else 0. */
  prose: Uint8Array;
  /** Words in prose paragraphs. */
  proseWords: number;
  /** The buffers behind prefix, with the page's shingles sampled as its words were hashed (see StreamHashes). */
  hashes: StreamHashes;
}

// recognize is synchronous and does not re-enter, so one set of buffers serves
// every call: a page of a few thousand words then allocates next to nothing
// (in a page, where recognition runs right after reading the text, garbage it
// left behind cost more collector time than some of its own steps). Buffers
// grown by a huge page are let go after it (see withStream); a 1 MB page's
// (about 80,000 words: some 1.3 MB of buffers) are kept, since allocating
// them afresh on every call cost more than half of recognising it (Node, CPU time).
const KEPT_SCRATCH_WORDS = 1 << 17;
/** Entries of the other scratch arrays kept (a 1 MB page fits: re-growing them on every call costs more than holding them). */
const KEPT_SCRATCH_ENTRIES = 1 << 15;
let scratchStream = new StreamHashes();
let scratchParagraphEnd: Int32Array = new Int32Array(256);
let scratchProse: Uint8Array = new Uint8Array(256);
/** Page words inside the verbatim article text of the candidate being measured. */
let scratchCovered: Uint8Array = new Uint8Array(0);
/** 1 at the page position of each supported hit of the candidate being measured (see markSupported). */
let scratchSupported: Uint8Array = new Uint8Array(0);
/** The sampled shingle hashes of the page met so far (recognizeStream). */
const scratchSeen = new Int32Set();
/** The page's sampled shingles (recognizeStream): page position and signed hash; and the directory's rows for each. */
let scratchSampleAt: Int32Array = new Int32Array(256);
let scratchSampleHash: Int32Array = new Int32Array(256);
let scratchRowFrom: Int32Array = new Int32Array(256);
let scratchRowTo: Int32Array = new Int32Array(256);
/** Page positions of sampled shingles inside one prose paragraph (recognizeStream). */
let scratchProseSamples: Int32Array = new Int32Array(256);
/** Every hit of an index on the page, in page order: position, article, article paragraph (recognizeStream). */
let scratchHitAt: Int32Array = new Int32Array(256);
let scratchHitArticle: Int32Array = new Int32Array(256);
let scratchHitParagraph: Int32Array = new Int32Array(256);
/** The hits of the candidate being measured (collectHits): page position and article paragraph. */
let scratchCandidateHitAt: Int32Array = new Int32Array(256);
let scratchCandidateHitParagraph: Int32Array = new Int32Array(256);
/** Per article paragraph of the candidate being measured: where the page shows it verbatim (-1: nowhere). */
let scratchPlacedAt: Int32Array = new Int32Array(64);
/** The candidate's verbatim text as disjoint runs of page words [start, end), in page order (see verbatimRuns). */
let scratchRunStart: Int32Array = new Int32Array(64);
let scratchRunEnd: Int32Array = new Int32Array(64);
let runCount = 0;
/** Per article paragraph of the candidate being measured: 1 when the page shows one of its fingerprints (measureArticle). */
let scratchHasHit: Uint8Array = new Uint8Array(64);
/** Page paragraph starts near the candidate's evidence (measureArticle). */
let scratchStarts: Int32Array = new Int32Array(256);
/** The candidate's pieces of evidence (findRegion): extent, article paragraph, verbatim words; and their page order. */
let scratchPieceStart: Int32Array = new Int32Array(256);
let scratchPieceEnd: Int32Array = new Int32Array(256);
let scratchPieceParagraph: Int32Array = new Int32Array(256);
let scratchPieceVerbatim: Int32Array = new Int32Array(256);
let scratchPieceOrder: Int32Array = new Int32Array(256);
/** Words of the candidate's paragraphs before each one (findRegion). */
let scratchWordsBefore: Int32Array = new Int32Array(64);

/** `buffer` when it has room for `n` entries, else a larger one holding its first `keep` entries. */
function roomInt32(buffer: Int32Array, n: number, keep = 0): Int32Array {
  if (n <= buffer.length) return buffer;
  const grown = new Int32Array(Math.max(n, buffer.length * 2));
  if (keep > 0) grown.set(buffer.subarray(0, keep));
  return grown;
}

function roomUint8(buffer: Uint8Array, n: number, keep = 0): Uint8Array {
  if (n <= buffer.length) return buffer;
  const grown = new Uint8Array(Math.max(n, buffer.length * 2));
  if (keep > 0) grown.set(buffer.subarray(0, keep));
  return grown;
}

/**
 * The page's words as prefix hashes, its paragraphs' extents and prose flags,
 * and its shingles sampled with the first index's salt and interval (every
 * index of a page has them in practice), all from one pass over the characters
 * (stream-hashes.ts); a paragraph an index knows by its exact text has its
 * words' hashes looked up instead (RecognitionIndex.knownParagraphs).
 */
function pageStream(page: PageText, indexes: readonly RecognitionIndex[]): PageStream {
  const first = indexes[0];
  const hashes = scratchStream;
  hashes.reset(first ? first.salt | 0 : 0, first ? first.sampleEvery : DEFAULT_SAMPLE_EVERY);
  // Paragraphs the indexes know by their exact text (RecognitionIndex.knownParagraphs), usually the shipped index's only.
  const known = indexes.map((index) => index.knownParagraphs).filter((table) => table.size > 0);
  let paragraphEnd = scratchParagraphEnd;
  let prose = scratchProse;
  let paragraphs = 0;
  let proseWords = 0;
  for (let p = 0; p < page.paragraphs.length && hashes.length < MAX_PAGE_WORDS; p++) {
    const text = page.paragraphs[p]!;
    const start = hashes.length;
    let words: Int32Array | undefined;
    for (let t = 0; t < known.length && words === undefined; t++) words = known[t]!.get(text);
    if (words !== undefined) appendKnownWords(words, hashes);
    else appendStreamHashes(text, hashes);
    // Prose is judged on the whole paragraph's word count, before any cap.
    const isStory = isProse(text, hashes.length - start);
    const end = Math.min(hashes.length, MAX_PAGE_WORDS);
    if (paragraphs === paragraphEnd.length) {
      paragraphEnd = roomInt32(paragraphEnd, paragraphs + 1, paragraphs);
      prose = roomUint8(prose, paragraphs + 1, paragraphs);
    }
    prose[paragraphs] = isStory ? 1 : 0;
    paragraphEnd[paragraphs] = end;
    paragraphs++;
    if (isStory) proseWords += end - start;
  }
  scratchParagraphEnd = paragraphEnd;
  scratchProse = prose;
  const length = Math.min(hashes.length, MAX_PAGE_WORDS);
  return { length, prefix: hashes.prefix, paragraphs, paragraphEnd, prose, proseWords, hashes };
}

interface Evidence {
  /** Hits: distinct page fingerprints the article posts (it posts each once). */
  hits: number;
  /** Page position of each hit, ascending, in its first `hits` entries (filled for shortlisted articles only, see collectHits). */
  hitAt: Int32Array;
  /** Article paragraph of each hit; the article's paragraph count for a shingle spanning a break. */
  hitParagraph: Int32Array;
  /** Hits inside one article paragraph: what coverage counts. */
  found: number;
  first: number;
  last: number;
}

const NO_HITS = new Int32Array(0);

/** How much of article `a` the page shows and how much of the page it explains. */
interface Measure {
  coverage: number;
  pageShare: number;
  differing: number[];
  region: RegionMeasure | null;
}

/** The run of the page that holds most of the article (see findRegion). */
interface RegionMeasure {
  /** First and last page paragraph of the region (inclusive). */
  firstParagraph: number;
  lastParagraph: number;
  /** Share of the article's words inside the region. */
  coverage: number;
  /** Share of the region's story-like text that is the article's. */
  share: number;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function recognize(index: RecognitionIndex, page: PageText, hints: { url?: string } = {}): Recognition | null {
  return recognizeInAny([index], page, hints);
}

/**
 * Which article the page is among several indexes (the shipped one and the
 * added articles' segments, see added-index.ts): each decides by the rule
 * above, the page hashed once for all; the best score wins, ties going to an
 * article listed at the page's address, then to the earlier index.
 */
export function recognizeInAny(indexes: readonly RecognitionIndex[], page: PageText, hints: { url?: string } = {}): Recognition | null {
  return withStream(page, indexes, (stream) => {
    let best: Recognition | null = null;
    for (const index of indexes) best = betterRecognition(best, bestOf(recognizeStream(index, stream, hints))?.recognition ?? null);
    return best;
  });
}

/**
 * Every article the rule above accepts on the page, index by index, each
 * index's best first (its unrounded score, as recognize picks it): what
 * recognize-all.ts picks every article on the page from.
 */
export function recognitionCandidates(indexes: readonly RecognitionIndex[], page: PageText, hints: { url?: string } = {}): Recognition[] {
  return withStream(page, indexes, (stream) =>
    indexes.flatMap((index) => {
      const candidates = recognizeStream(index, stream, hints);
      const best = bestOf(candidates);
      return best ? [best.recognition, ...candidates.filter((c) => c !== best).map((c) => c.recognition)] : [];
    }),
  );
}

/** Runs `work` on the page's stream, then lets go of the buffers a huge page grew. */
function withStream<T>(page: PageText, indexes: readonly RecognitionIndex[], work: (stream: PageStream) => T): T {
  try {
    return work(pageStream(page, indexes));
  } finally {
    // A 1 MB page's stream (about 80,000 words) fits and is kept: allocating it afresh every call cost a third of recognising such a page.
    if (scratchStream.prefix.length > KEPT_SCRATCH_WORDS || scratchStream.sampleAt.length > KEPT_SCRATCH_WORDS) {
      scratchStream = new StreamHashes();
      scratchCovered = new Uint8Array(0);
      scratchSupported = new Uint8Array(0);
    }
    if (scratchParagraphEnd.length > KEPT_SCRATCH_ENTRIES) {
      scratchParagraphEnd = new Int32Array(256);
      scratchProse = new Uint8Array(256);
      scratchStarts = new Int32Array(256);
    }
    if (scratchHitAt.length > KEPT_SCRATCH_ENTRIES) {
      scratchHitAt = new Int32Array(256);
      scratchHitArticle = new Int32Array(256);
      scratchHitParagraph = new Int32Array(256);
    }
    if (scratchCandidateHitAt.length > KEPT_SCRATCH_ENTRIES) {
      scratchCandidateHitAt = new Int32Array(256);
      scratchCandidateHitParagraph = new Int32Array(256);
    }
    if (scratchProseSamples.length > KEPT_SCRATCH_ENTRIES) scratchProseSamples = new Int32Array(256);
    if (otherSamples.sampleAt.length > KEPT_SCRATCH_ENTRIES) {
      otherSamples.sampleAt = new Int32Array(256);
      otherSamples.sampleHash = new Int32Array(256);
    }
    if (scratchSampleAt.length > KEPT_SCRATCH_ENTRIES) {
      scratchSampleAt = new Int32Array(256);
      scratchSampleHash = new Int32Array(256);
    }
    if (scratchRowFrom.length > KEPT_SCRATCH_ENTRIES) {
      scratchRowFrom = new Int32Array(256);
      scratchRowTo = new Int32Array(256);
    }
    if (scratchPieceStart.length > KEPT_SCRATCH_ENTRIES) {
      scratchPieceStart = new Int32Array(256);
      scratchPieceEnd = new Int32Array(256);
      scratchPieceParagraph = new Int32Array(256);
      scratchPieceVerbatim = new Int32Array(256);
      scratchPieceOrder = new Int32Array(256);
    }
    if (scratchPlacedAt.length > KEPT_SCRATCH_ENTRIES) {
      scratchPlacedAt = new Int32Array(64);
      scratchHasHit = new Uint8Array(64);
      scratchRunStart = new Int32Array(64);
      scratchRunEnd = new Int32Array(64);
      scratchWordsBefore = new Int32Array(64);
    }
  }
}

/** The better of two recognitions by the rule above: score, then an address the article is listed at; else the first. */
export function betterRecognition(a: Recognition | null, b: Recognition | null): Recognition | null {
  if (!a) return b;
  if (!b) return a;
  if (b.score > a.score + 1e-9) return b;
  if (Math.abs(b.score - a.score) <= 1e-9 && b.addressMatched && !a.addressMatched) return b;
  return a;
}

/** An accepted article and its unrounded score (the best of one index is picked on it). */
interface Candidate {
  recognition: Recognition;
  score: number;
}

/** The best candidate of one index: score, then an address the article is listed at, then the first. */
function bestOf(candidates: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates) {
    const better =
      !best ||
      c.score > best.score + 1e-9 ||
      (Math.abs(c.score - best.score) <= 1e-9 && c.recognition.addressMatched && !best.recognition.addressMatched);
    if (better) best = c;
  }
  return best;
}

/** Shingles sampled otherwise than the page stream was (another index's salt or interval); reused between calls. */
interface Samples {
  sampleAt: Int32Array;
  sampleHash: Int32Array;
  sampleCount: number;
}
const otherSamples: Samples = { sampleAt: new Int32Array(256), sampleHash: new Int32Array(256), sampleCount: 0 };

/** The page's shingles of `k` words that `salt` and `every` sample, every copy, in page order (as StreamHashes holds them). */
function sampleShingles(prefix: Int32Array, length: number, k: number, salt: number, every: number): Samples {
  const power = basePower(k);
  const mask = (every & (every - 1)) === 0 ? every - 1 : -1;
  let at = otherSamples.sampleAt;
  let hash = otherSamples.sampleHash;
  let count = 0;
  for (let i = 0; i + k <= length; i++) {
    const signed = mixSigned(((prefix[i + k]! - Math.imul(prefix[i]!, power)) ^ salt) | 0); // shingleHash(words, i, k, salt), signed
    if (mask >= 0 ? (signed & mask) !== 0 : !isSampled(signed >>> 0, every)) continue;
    if (count === at.length) {
      at = roomInt32(at, count + 1, count);
      hash = roomInt32(hash, count + 1, count);
    }
    at[count] = i;
    hash[count++] = signed;
  }
  otherSamples.sampleAt = at;
  otherSamples.sampleHash = hash;
  otherSamples.sampleCount = count;
  return otherSamples;
}

function recognizeStream(index: RecognitionIndex, stream: PageStream, hints: { url?: string }): Candidate[] {
  const { length, prefix, paragraphEnd, prose } = stream;
  const k = index.shingleSize;
  if (length < k) return [];

  const seen = scratchSeen;
  seen.clear(length / index.sampleEvery);
  /** Page positions of sampled shingles inside one prose paragraph, ascending. */
  let proseSamples = scratchProseSamples;
  let proseSampleCount = 0;
  let hitAt = scratchHitAt;
  let hitArticle = scratchHitArticle;
  let hitParagraph = scratchHitParagraph;
  let hitCount = 0;
  const evidence = new Map<number, Evidence>();
  let lastArticle = -1;
  let lastEvidence: Evidence | undefined;
  const every = index.sampleEvery;
  const salt = index.salt | 0;
  const rows = index.postings;
  const rowCount = rows.length / POSTING_FIELDS;
  // 1. The page's sampled shingles, the first copy of each, in page order.
  let sampleAt = scratchSampleAt;
  let sampleHash = scratchSampleHash;
  let sampleCount = 0;
  // Page paragraphs holding a shingle's first and last word: both only move forward.
  let firstParagraph = 0;
  let lastParagraph = 0;
  // Every copy of each, in page order: sampled as the words were hashed when
  // the stream was built for this index's salt and interval (see
  // StreamHashes), else sampled here from the prefix hashes.
  const candidates =
    k === SHINGLE_SIZE && stream.hashes.salt === salt && stream.hashes.every === every ? stream.hashes : sampleShingles(prefix, length, k, salt, every);
  const candidateAt = candidates.sampleAt;
  const candidateHash = candidates.sampleHash;
  for (let j = 0; j < candidates.sampleCount; j++) {
    const i = candidateAt[j]!;
    if (i + k > length) break; // past the words examined
    const signed = candidateHash[j]!;
    if (!seen.add(signed)) continue;
    while (paragraphEnd[firstParagraph]! <= i) firstParagraph++;
    while (paragraphEnd[lastParagraph]! <= i + k - 1) lastParagraph++;
    // Page shingles run across paragraph breaks (so a split paragraph still
    // matches), but only those inside one prose paragraph sample the page's
    // own story text: article shingles never span a paragraph break.
    if (firstParagraph === lastParagraph && prose[firstParagraph] === 1) {
      if (proseSampleCount === proseSamples.length) proseSamples = roomInt32(proseSamples, proseSampleCount + 1, proseSampleCount);
      proseSamples[proseSampleCount++] = i;
    }
    if (sampleCount === sampleAt.length) {
      sampleAt = roomInt32(sampleAt, sampleCount + 1, sampleCount);
      sampleHash = roomInt32(sampleHash, sampleCount + 1, sampleCount);
    }
    sampleAt[sampleCount] = i;
    sampleHash[sampleCount] = signed;
    sampleCount++;
  }
  scratchSampleAt = sampleAt;
  scratchSampleHash = sampleHash;
  // 2. Where each one's postings would be (see firstPosting): the directory
  // entries are read in one pass of independent loads, which the processor
  // overlaps; in a page the walk of the DOM has just pushed a large index out
  // of its caches, and a look-up at a time waited for each miss in turn.
  const { bits, start: directory } = index.directory;
  scratchRowFrom = roomInt32(scratchRowFrom, sampleCount);
  scratchRowTo = roomInt32(scratchRowTo, sampleCount);
  const rowFrom = scratchRowFrom;
  const rowTo = scratchRowTo;
  for (let j = 0; j < sampleCount; j++) {
    const b = bits === 0 ? 0 : sampleHash[j]! >>> (32 - bits);
    rowFrom[j] = directory[b]!;
    rowTo[j] = directory[b + 1]!;
  }
  // 3. The postings of each, in page order.
  for (let j = 0; j < sampleCount; j++) {
    const h = sampleHash[j]! >>> 0;
    const i = sampleAt[j]!;
    let first = -1;
    for (let r = rowFrom[j]!; r < rowTo[j]!; r++) {
      const v = rows[r * POSTING_FIELDS]!;
      if (v === h) {
        first = r;
        break;
      }
      if (v > h) break;
    }
    if (first < 0) continue;
    for (let r = first; r < rowCount && rows[r * POSTING_FIELDS] === h; r++) {
      // One posting per article and fingerprint (the builder keeps an article's first).
      const a = rows[r * POSTING_FIELDS + 1]!;
      const paragraph = rows[r * POSTING_FIELDS + 2]!;
      // Hits come in runs of one article (the page's own): the last one's evidence saves a map look-up.
      let e = a === lastArticle ? lastEvidence : evidence.get(a);
      if (!e) {
        e = { hits: 0, hitAt: NO_HITS, hitParagraph: NO_HITS, found: 0, first: i, last: i };
        evidence.set(a, e);
      }
      lastArticle = a;
      lastEvidence = e;
      // Postings of shingles spanning a paragraph break count for pageShare only.
      if (paragraph < index.paragraphStart[a + 1]! - index.paragraphStart[a]!) e.found++;
      e.last = i;
      e.hits++;
      if (hitCount === hitAt.length) {
        hitAt = roomInt32(hitAt, hitCount + 1, hitCount);
        hitArticle = roomInt32(hitArticle, hitCount + 1, hitCount);
        hitParagraph = roomInt32(hitParagraph, hitCount + 1, hitCount);
      }
      hitAt[hitCount] = i;
      hitArticle[hitCount] = a;
      hitParagraph[hitCount] = paragraph;
      hitCount++;
    }
  }
  scratchProseSamples = proseSamples;
  scratchHitAt = hitAt;
  scratchHitArticle = hitArticle;
  scratchHitParagraph = hitParagraph;

  const accepted: Candidate[] = [];
  for (const [a, e] of evidence) {
    const samples = index.articleSamples[a]!;
    if (e.hits < MIN_EVIDENCE || samples === 0) continue;
    // Sampled coverage only shortlists: the measure below decides. The
    // shortlist bar sits well under MIN_COVERAGE so sampling luck cannot drop
    // the right article.
    if (e.found / samples < MIN_COVERAGE / 2) continue;
    collectHits(e, a, hitCount);
    const measure = measureArticle(index, a, stream, e, proseSamples, proseSampleCount);
    const { coverage, pageShare, region } = measure;
    const wholePage = coverage >= MIN_COVERAGE && pageShare >= requiredPageShare(coverage);
    const inRegion = region !== null && region.coverage >= REGION_MIN_COVERAGE && region.share >= REGION_MIN_SHARE;
    if (!wholePage && !inRegion) continue;
    const score = Math.max(
      wholePage ? Math.sqrt(coverage * pageShare) : 0,
      inRegion ? Math.sqrt(region.coverage * region.share) : 0,
    );
    const recognition: Recognition = {
      corpusId: index.ids[a]!,
      score: round(score),
      coverage: round(coverage),
      pageShare: round(pageShare),
      differingParagraphs: measure.differing,
      addressMatched: isListedAt(index, a, hints.url),
      ...(region ? { region: { firstParagraph: region.firstParagraph, lastParagraph: region.lastParagraph } } : {}),
    };
    accepted.push({ recognition, score });
  }
  return accepted;
}

/**
 * Gathers article `a`'s hits (of the first `hitCount` in the scratch hit
 * list) into the candidate's scratch arrays, which its evidence then reads
 * until the next candidate is measured. Reused rather than allocated: a
 * typed array of its own per candidate costs a backing store, and those were
 * most of this step's time in a page.
 */
function collectHits(e: Evidence, a: number, hitCount: number): void {
  scratchCandidateHitAt = roomInt32(scratchCandidateHitAt, e.hits);
  scratchCandidateHitParagraph = roomInt32(scratchCandidateHitParagraph, e.hits);
  const hitAt = scratchCandidateHitAt;
  const hitParagraph = scratchCandidateHitParagraph;
  let n = 0;
  for (let j = 0; j < hitCount && n < e.hits; j++) {
    if (scratchHitArticle[j] !== a) continue;
    hitAt[n] = scratchHitAt[j]!;
    hitParagraph[n] = scratchHitParagraph[j]!;
    n++;
  }
  e.hitAt = hitAt;
  e.hitParagraph = hitParagraph;
}

/** Whether the page address `url` is one the index lists for article `a` (a hint, never proof). */
function isListedAt(index: RecognitionIndex, a: number, url: string | undefined): boolean {
  if (!url) return false;
  for (const key of cachedAddressKeys(url)) if (index.addresses.get(key)?.includes(a)) return true;
  return false;
}

/**
 * Coverage and pageShare of article `a`: exact wherever the page shows an
 * article paragraph word for word, estimated from the samples only for the
 * rest. Sampling alone decides a borderline page by luck: which shingles
 * happen to be sampled moved a story reusing four of an article's ten
 * paragraphs across the line for one hash seed in three. Verbatim paragraphs
 * are what such pages share, and they can be counted exactly.
 *  - coverage: the article's words in paragraphs found verbatim, plus the
 *    other paragraphs' words times the share of their samples found (pooled).
 *  - pageShare: page words inside verbatim article paragraphs, plus the page's
 *    remaining prose words times the share of the samples there that are the
 *    article's; over the page's prose words plus verbatim article words outside
 *    prose (a reflowed or captioned paragraph is still story text).
 * Outside verbatim text a hit counts only next to another (an edited passage
 * shows a run of hits; a phrase the page merely shares with the article, "the
 * Conventional Forces in Europe", shows one), and one hit is discounted from
 * each estimate: a story on the same subject from the same desk shares a
 * dateline or a name with the article by chance, and that must not tip it over.
 */
function measureArticle(index: RecognitionIndex, a: number, stream: PageStream, e: Evidence, proseSamples: Int32Array, proseSampleCount: number): Measure {
  const k = index.shingleSize;
  const from = index.paragraphStart[a]!;
  const to = index.paragraphStart[a + 1]!;
  const { paragraphEnd, prose } = stream;
  let longest = 0;
  let total = 0;
  for (let p = from; p < to; p++) {
    longest = Math.max(longest, index.paragraphWords[p]!);
    total += index.paragraphWords[p]!;
  }
  // The article sits around its evidence; searching a window about it keeps huge pages cheap.
  const lo = Math.max(0, e.first - total - longest);
  const hi = Math.min(stream.length, e.last + total + longest);
  scratchStarts = roomInt32(scratchStarts, stream.paragraphs + 1);
  const starts = scratchStarts;
  let startCount = 0;
  if (lo === 0) starts[startCount++] = 0;
  for (let p = 0; p < stream.paragraphs; p++) {
    const end = paragraphEnd[p]!;
    if (end >= lo && end < hi && (startCount === 0 || end !== starts[startCount - 1])) starts[startCount++] = end;
  }

  if (scratchCovered.length < stream.length) {
    scratchCovered = new Uint8Array(stream.prefix.length);
    scratchSupported = new Uint8Array(stream.prefix.length);
  }
  const covered = scratchCovered;
  covered.fill(0, 0, stream.length);

  const differing: number[] = [];
  /** Page position of each article paragraph found verbatim (-1: not found). */
  scratchPlacedAt = roomInt32(scratchPlacedAt, to - from);
  const placedAt = scratchPlacedAt;
  let verbatim = 0;
  let otherWords = 0;
  let otherSamples = 0;
  let next = -1;
  // A paragraph shown word for word shows all its shingles, so the page has a
  // hit in every paragraph the index holds a fingerprint of (the first copy of
  // a shingle on the page is looked up): one with fingerprints but no hit is
  // not there, and is not searched for (the search tries every position).
  scratchHasHit = roomUint8(scratchHasHit, to - from + 1); // + 1: shingles spanning a break carry the paragraph count
  const hasHit = scratchHasHit;
  hasHit.fill(0, 0, to - from + 1);
  for (let j = 0; j < e.hits; j++) hasHit[e.hitParagraph[j]!] = 1;
  for (let p = from; p < to; p++) {
    const words = index.paragraphWords[p]!;
    const absent = index.paragraphSamples[p]! > 0 && hasHit[p - from] === 0;
    const at = absent ? -1 : findRun(stream.prefix, lo, hi, starts, startCount, next, words, index.paragraphHash[p]! | 0);
    placedAt[p - from] = at;
    if (at >= 0) {
      next = at + words;
      covered.fill(1, at, at + words);
      verbatim += words;
    } else {
      differing.push(p - from);
      otherWords += words;
      otherSamples += index.paragraphSamples[p]!;
    }
  }

  const supported = scratchSupported;
  markSupported(e, covered, k, SUPPORT_SAMPLES * index.sampleEvery, supported);
  let otherFound = -CHANCE_HITS;
  for (let j = 0; j < e.hits; j++) {
    const paragraph = e.hitParagraph[j]!;
    if (paragraph < to - from && placedAt[paragraph]! < 0 && supported[e.hitAt[j]!] === 1) otherFound++;
  }
  const estimated = otherSamples > 0 ? (otherWords * Math.min(otherSamples, Math.max(0, otherFound))) / otherSamples : 0;
  const coverage = total === 0 ? 0 : Math.min(1, (verbatim + estimated) / total);

  // Verbatim words on the page, split by whether they sit in prose page paragraphs.
  verbatimRuns(index, from, to - from, placedAt);
  let coveredProse = 0;
  let coveredOther = 0;
  if (runCount > 0) {
    let paragraph = 0;
    while (paragraph < stream.paragraphs && paragraphEnd[paragraph]! <= scratchRunStart[0]!) paragraph++;
    let run = 0;
    const last = scratchRunEnd[runCount - 1]!;
    for (; paragraph < stream.paragraphs; paragraph++) {
      const start = paragraph === 0 ? 0 : paragraphEnd[paragraph - 1]!;
      if (start >= last) break;
      const n = verbatimWordsIn(start, paragraphEnd[paragraph]!, run);
      run = runCursor;
      if (prose[paragraph] === 1) coveredProse += n;
      else coveredOther += n;
    }
  }
  // The rest of the prose: what share of its samples are the article's?
  let samples = 0;
  let hits = -CHANCE_HITS;
  for (let j = 0; j < proseSampleCount; j++) {
    const i = proseSamples[j]!;
    if (covered[i] === 1 || covered[i + k - 1] === 1) continue;
    samples++;
    if (supported[i] === 1) hits++;
  }
  const rest = stream.proseWords - coveredProse;
  const explained = coveredProse + coveredOther + (samples > 0 ? (rest * Math.max(0, hits)) / samples : 0);
  const storyWords = stream.proseWords + coveredOther;
  const pageShare = storyWords === 0 ? 0 : Math.min(1, explained / storyWords);
  const region = findRegion(index, a, stream, e, proseSamples, proseSampleCount, { placedAt, supported, otherWords, otherSamples, total });
  // Leave the marks array clear for the next candidate.
  for (let j = 0; j < e.hits; j++) supported[e.hitAt[j]!] = 0;
  return { coverage, pageShare, differing, region };
}

interface Placement {
  /** Per article paragraph, where the page shows it verbatim (-1: nowhere); the article's paragraph count entries. */
  placedAt: Int32Array;
  /** 1 at the page position of each supported hit. */
  supported: Uint8Array;
  otherWords: number;
  otherSamples: number;
  total: number;
}

/**
 * The region of the page that holds most of article `a`: its pieces of
 * evidence (verbatim paragraphs, supported hits in the rest) in page order,
 * cut where the page shows more than REGION_GAP_WORDS of other text between
 * two pieces (plus the words of any article paragraphs missing in between, when
 * they are in article order), and where a verbatim paragraph follows a later
 * one of the article (the article starts again). Of the runs, the one holding most of the
 * article is measured as the whole page is (measureArticle), but only within
 * its own page paragraphs: coverage counts the article text inside it, share
 * the article's part of its story text.
 * The pieces live in typed scratch arrays (start, end, article paragraph,
 * verbatim words), put in page order through an index list.
 */
function findRegion(
  index: RecognitionIndex,
  a: number,
  stream: PageStream,
  e: Evidence,
  proseSamples: Int32Array,
  proseSampleCount: number,
  placement: Placement,
): RegionMeasure | null {
  const k = index.shingleSize;
  const from = index.paragraphStart[a]!;
  const paragraphs = index.paragraphStart[a + 1]! - from;
  const { placedAt, supported, otherWords, otherSamples, total } = placement;
  if (total === 0) return null;
  const most = paragraphs + e.hits;
  scratchPieceStart = roomInt32(scratchPieceStart, most);
  const start = scratchPieceStart;
  scratchPieceEnd = roomInt32(scratchPieceEnd, most);
  const end = scratchPieceEnd;
  scratchPieceParagraph = roomInt32(scratchPieceParagraph, most);
  const paragraphOf = scratchPieceParagraph;
  scratchPieceVerbatim = roomInt32(scratchPieceVerbatim, most);
  const verbatimOf = scratchPieceVerbatim;
  let pieces = 0;
  for (let p = 0; p < paragraphs; p++) {
    const at = placedAt[p]!;
    if (at < 0) continue;
    const words = index.paragraphWords[from + p]!;
    start[pieces] = at;
    end[pieces] = at + words;
    paragraphOf[pieces] = p;
    verbatimOf[pieces] = words;
    pieces++;
  }
  for (let j = 0; j < e.hits; j++) {
    const paragraph = e.hitParagraph[j]!;
    const at = e.hitAt[j]!;
    if (paragraph < paragraphs && placedAt[paragraph]! < 0 && supported[at] === 1) {
      start[pieces] = at;
      end[pieces] = at + k;
      paragraphOf[pieces] = paragraph;
      verbatimOf[pieces] = 0;
      pieces++;
    }
  }
  if (pieces === 0) return null;
  scratchPieceOrder = roomInt32(scratchPieceOrder, pieces);
  const order = scratchPieceOrder;
  sortByStart(order, start, pieces);

  // Words of the article's paragraphs strictly between two, for the gap allowance.
  scratchWordsBefore = roomInt32(scratchWordsBefore, paragraphs + 1);
  const wordsBefore = scratchWordsBefore;
  wordsBefore[0] = 0;
  for (let p = 0; p < paragraphs; p++) wordsBefore[p + 1] = wordsBefore[p]! + index.paragraphWords[from + p]!;
  // The best run so far (first and last place in `order`, its weight), and the current one.
  let bestFirst = -1;
  let bestLast = -1;
  let bestWords = 0;
  let runFirst = 0;
  let runWords = 0;
  for (let n = 0; n < pieces; n++) {
    const x = order[n]!;
    if (n > 0) {
      const y = order[n - 1]!;
      const gap = start[x]! - end[y]!;
      const skipped = paragraphOf[x]! > paragraphOf[y]! ? wordsBefore[paragraphOf[x]!]! - wordsBefore[paragraphOf[y]! + 1]! : 0;
      // A verbatim paragraph after a later one of the article starts the article again (a quote ended above it).
      const restarts = verbatimOf[x]! > 0 && verbatimOf[y]! > 0 && paragraphOf[x]! < paragraphOf[y]!;
      if (restarts || gap > REGION_GAP_WORDS + skipped) {
        if (bestFirst < 0 || runWords > bestWords) {
          bestFirst = runFirst;
          bestLast = n - 1;
          bestWords = runWords;
        }
        runFirst = n;
        runWords = 0;
      }
    }
    // Hits weigh a sampling interval each: enough to pick the run, not to measure it.
    runWords += verbatimOf[x]! > 0 ? verbatimOf[x]! : index.sampleEvery;
  }
  if (bestFirst < 0 || runWords > bestWords) {
    bestFirst = runFirst;
    bestLast = pieces - 1;
  }

  let startWord = Number.POSITIVE_INFINITY;
  let endWord = 0;
  let verbatim = 0;
  let otherFound = -CHANCE_HITS;
  for (let n = bestFirst; n <= bestLast; n++) {
    const x = order[n]!;
    startWord = Math.min(startWord, start[x]!);
    endWord = Math.max(endWord, end[x]!);
    if (verbatimOf[x]! > 0) verbatim += verbatimOf[x]!;
    else otherFound++;
  }
  const estimated = otherSamples > 0 ? (otherWords * Math.min(otherSamples, Math.max(0, otherFound))) / otherSamples : 0;
  const coverage = Math.min(1, (verbatim + estimated) / total);

  // The region's page paragraphs, and their story text.
  const ends = stream.paragraphEnd;
  let firstParagraph = 0;
  while (ends[firstParagraph]! <= startWord) firstParagraph++;
  let lastParagraph = firstParagraph;
  while (lastParagraph + 1 < stream.paragraphs && ends[lastParagraph]! < endWord) lastParagraph++;
  const regionStart = firstParagraph === 0 ? 0 : ends[firstParagraph - 1]!;
  const regionEnd = ends[lastParagraph]!;
  const covered = scratchCovered;
  let proseWords = 0;
  let coveredProse = 0;
  let coveredOther = 0;
  let run = 0;
  for (let p = firstParagraph; p <= lastParagraph; p++) {
    const paragraphStart = p === 0 ? 0 : ends[p - 1]!;
    const n = verbatimWordsIn(paragraphStart, ends[p]!, run);
    run = runCursor;
    if (stream.prose[p] === 1) {
      proseWords += ends[p]! - paragraphStart;
      coveredProse += n;
    } else {
      coveredOther += n;
    }
  }
  let samples = 0;
  let hits = -CHANCE_HITS;
  for (let j = 0; j < proseSampleCount; j++) {
    const i = proseSamples[j]!;
    if (i < regionStart) continue;
    if (i >= regionEnd) break;
    if (covered[i] === 1 || covered[i + k - 1] === 1) continue;
    samples++;
    if (supported[i] === 1) hits++;
  }
  const rest = proseWords - coveredProse;
  const explained = coveredProse + coveredOther + (samples > 0 ? (rest * Math.max(0, hits)) / samples : 0);
  const storyWords = proseWords + coveredOther;
  const share = storyWords === 0 ? 0 : Math.min(1, explained / storyWords);
  return { firstParagraph, lastParagraph, coverage, share };
}

/**
 * order[0 .. count) = 0 .. count-1 sorted by start, ties in index order (a
 * stable sort). Pieces come nearly in page order (verbatim paragraphs in
 * article order, then hits in page order), so insertion is quick; a long
 * list goes to the engine's sort.
 */
function sortByStart(order: Int32Array, start: Int32Array, count: number): void {
  for (let i = 0; i < count; i++) order[i] = i;
  if (count > 64) {
    const sorted = Array.from(order.subarray(0, count)).sort((x, y) => start[x]! - start[y]! || x - y);
    order.set(sorted);
    return;
  }
  for (let i = 1; i < count; i++) {
    const x = order[i]!;
    const s = start[x]!;
    let j = i - 1;
    while (j >= 0 && start[order[j]!]! > s) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = x;
  }
}

/**
 * The union of the page extents of article paragraphs found verbatim (the
 * words measureArticle marks covered) as disjoint runs in page order, in the
 * scratch run arrays: covered words are then counted per page paragraph from
 * a few runs instead of word by word.
 */
function verbatimRuns(index: RecognitionIndex, from: number, paragraphs: number, placedAt: Int32Array): void {
  scratchPieceStart = roomInt32(scratchPieceStart, paragraphs);
  scratchPieceEnd = roomInt32(scratchPieceEnd, paragraphs);
  const start = scratchPieceStart;
  const end = scratchPieceEnd;
  let pieces = 0;
  for (let p = 0; p < paragraphs; p++) {
    const at = placedAt[p]!;
    if (at < 0) continue;
    start[pieces] = at;
    end[pieces] = at + index.paragraphWords[from + p]!;
    pieces++;
  }
  scratchPieceOrder = roomInt32(scratchPieceOrder, pieces);
  const order = scratchPieceOrder;
  sortByStart(order, start, pieces);
  scratchRunStart = roomInt32(scratchRunStart, pieces);
  scratchRunEnd = roomInt32(scratchRunEnd, pieces);
  const runStart = scratchRunStart;
  const runEnd = scratchRunEnd;
  let runs = 0;
  for (let n = 0; n < pieces; n++) {
    const x = order[n]!;
    if (start[x] === end[x]) continue; // an empty paragraph covers nothing
    if (runs > 0 && start[x]! <= runEnd[runs - 1]!) {
      runEnd[runs - 1] = Math.max(runEnd[runs - 1]!, end[x]!);
    } else {
      runStart[runs] = start[x]!;
      runEnd[runs] = end[x]!;
      runs++;
    }
  }
  runCount = runs;
}

/** The first run verbatimWordsIn may still need, for the next call on later words. */
let runCursor = 0;

/**
 * Verbatim words (see verbatimRuns) among page words [from, to), looking from
 * run `run` on; calls on ascending, disjoint ranges pass back runCursor.
 */
function verbatimWordsIn(from: number, to: number, run: number): number {
  let r = run;
  while (r < runCount && scratchRunEnd[r]! <= from) r++;
  runCursor = r;
  let n = 0;
  for (; r < runCount && scratchRunStart[r]! < to; r++) n += Math.min(to, scratchRunEnd[r]!) - Math.max(from, scratchRunStart[r]!);
  return n;
}

/**
 * Marks in `mark` the page positions of hits outside covered text that have
 * another such hit within `near` words (the caller clears them after use).
 */
function markSupported(e: Evidence, covered: Uint8Array, k: number, near: number, mark: Uint8Array): void {
  let previous = -1;
  for (let j = 0; j < e.hits; j++) {
    const at = e.hitAt[j]!;
    if (covered[at] !== 0 || covered[at + k - 1] !== 0) continue;
    if (previous >= 0 && at - previous <= near) {
      mark[previous] = 1;
      mark[at] = 1;
    }
    previous = at;
  }
}

/**
 * Start of some run of `length` words inside [lo, hi) whose hash is `target`,
 * or -1. The page's prefix hashes make each check O(1). Tried first: `next`,
 * where the previous paragraph ended (an unchanged article reads on in
 * order), then the page paragraph starts after it, then those before it,
 * then every position. The hash is
 * the polynomial of fingerprint.ts sequenceHash, so the answers are those of
 * findSequence.
 */
function findRun(prefix: Int32Array, lo: number, hi: number, starts: Int32Array, startCount: number, next: number, length: number, target: number): number {
  if (length === 0 || hi - lo < length) return -1;
  const power = basePower(length);
  // Whether the run at s has the target hash, spelled out at each use: a closure here cost an allocation per paragraph.
  if (next >= lo && next + length <= hi && ((prefix[next + length]! - Math.imul(prefix[next]!, power)) | 0) === target) return next;
  // Paragraph starts after the previous paragraph first: where a page quotes a
  // paragraph above the article, the article's own copy reads on in order.
  for (let n = 0; n < startCount; n++) {
    const s = starts[n]!;
    if (s + length > hi) break;
    if (s > next && ((prefix[s + length]! - Math.imul(prefix[s]!, power)) | 0) === target) return s;
  }
  for (let n = 0; n < startCount; n++) {
    const s = starts[n]!;
    if (s > next || s + length > hi) break;
    if (((prefix[s + length]! - Math.imul(prefix[s]!, power)) | 0) === target) return s;
  }
  for (let s = lo; s + length <= hi; s++) if (((prefix[s + length]! - Math.imul(prefix[s]!, power)) | 0) === target) return s;
  return -1;
}
