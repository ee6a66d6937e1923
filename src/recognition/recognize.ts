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
import { appendWordHashes, basePower, HashList, isSampled, mixSigned, PARAGRAPH_BASE } from './fingerprint.ts';
import { firstPosting, POSTING_FIELDS, type RecognitionIndex } from './recognition-index.ts';
import type { PageText, Recognition } from './types.ts';

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

/**
 * The page as a stream of word hashes, with prefix hashes over it: the
 * polynomial hash of any run of words, and so every shingle's hash, is then
 * one multiplication away (see fingerprint.ts sequenceHash).
 */
interface PageStream {
  /** Words examined (at most MAX_PAGE_WORDS). */
  length: number;
  words: Uint32Array;
  /** prefix[i] = sequenceHash of words [0, i), as a signed 32-bit integer. */
  prefix: Int32Array;
  /** Word index where each page paragraph ends (exclusive), ascending. */
  paragraphEnd: number[];
  /** Whether each page paragraph is story-like prose. */
  prose: boolean[];
  /** Words in prose paragraphs. */
  proseWords: number;
}

// recognize is synchronous and does not re-enter, so one set of buffers serves
// every call: a page of a few thousand words then allocates next to nothing.
// Buffers grown by a huge page are let go after it (see recognize).
const KEPT_SCRATCH_WORDS = 1 << 14;
let scratchWords = new HashList();
let scratchPrefix = new Int32Array(scratchWords.data.length + 1);
/** Page words inside the verbatim article text of the candidate being measured. */
let scratchCovered = new Uint8Array(0);

/** The page's words as hashes, its paragraphs' extents and prose flags, and the prefix hashes. */
function pageStream(page: PageText): PageStream {
  const list = scratchWords;
  list.length = 0;
  const paragraphEnd: number[] = [];
  const prose: boolean[] = [];
  let proseWords = 0;
  for (let p = 0; p < page.paragraphs.length && list.length < MAX_PAGE_WORDS; p++) {
    const text = page.paragraphs[p]!;
    const start = list.length;
    appendWordHashes(text, list);
    // Prose is judged on the whole paragraph's word count, before any cap.
    const isStory = isProse(text, list.length - start);
    const end = Math.min(list.length, MAX_PAGE_WORDS);
    prose.push(isStory);
    paragraphEnd.push(end);
    if (isStory) proseWords += end - start;
  }
  const length = Math.min(list.length, MAX_PAGE_WORDS);
  if (scratchPrefix.length < length + 1) scratchPrefix = new Int32Array(list.data.length + 1);
  const prefix = scratchPrefix;
  const words = list.data;
  prefix[0] = 0;
  for (let i = 0; i < length; i++) prefix[i + 1] = (Math.imul(prefix[i]!, PARAGRAPH_BASE) + words[i]!) | 0;
  return { length, words, prefix, paragraphEnd, prose, proseWords };
}

interface Evidence {
  /** Page position of each hit (a distinct page fingerprint the article posts; it posts each once), ascending. */
  hitAt: number[];
  /** Article paragraph of each hit; the article's paragraph count for a shingle spanning a break. */
  hitParagraph: number[];
  /** Hits inside one article paragraph: what coverage counts. */
  found: number;
  first: number;
  last: number;
}

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
  return withStream(page, (stream) => {
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
  return withStream(page, (stream) =>
    indexes.flatMap((index) => {
      const candidates = recognizeStream(index, stream, hints);
      const best = bestOf(candidates);
      return best ? [best.recognition, ...candidates.filter((c) => c !== best).map((c) => c.recognition)] : [];
    }),
  );
}

/** Runs `work` on the page's stream, then lets go of the buffers a huge page grew. */
function withStream<T>(page: PageText, work: (stream: PageStream) => T): T {
  try {
    return work(pageStream(page));
  } finally {
    if (scratchWords.data.length > KEPT_SCRATCH_WORDS) {
      scratchWords = new HashList();
      scratchPrefix = new Int32Array(scratchWords.data.length + 1);
      scratchCovered = new Uint8Array(0);
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

function recognizeStream(index: RecognitionIndex, stream: PageStream, hints: { url?: string }): Candidate[] {
  const { length, prefix, paragraphEnd, prose } = stream;
  const k = index.shingleSize;
  if (length < k) return [];

  const seen = new Set<number>();
  /** Page positions of sampled shingles inside one prose paragraph, ascending. */
  const proseSamples: number[] = [];
  const evidence = new Map<number, Evidence>();
  // Sampling tested on the signed hash first (cheap integer maths); the same
  // test as isSampled, which takes the unsigned value.
  const every = index.sampleEvery;
  const mask = (every & (every - 1)) === 0 ? every - 1 : -1;
  const power = basePower(k);
  const salt = index.salt | 0;
  // Page paragraphs holding a shingle's first and last word: both only move forward.
  let firstParagraph = 0;
  let lastParagraph = 0;
  for (let i = 0; i + k <= length; i++) {
    const signed = mixSigned(((prefix[i + k]! - Math.imul(prefix[i]!, power)) ^ salt) | 0); // shingleHash(words, i, k, salt), signed
    if (mask >= 0 ? (signed & mask) !== 0 : !isSampled(signed >>> 0, every)) continue;
    const h = signed >>> 0;
    if (seen.has(h)) continue;
    seen.add(h);
    while (paragraphEnd[firstParagraph]! <= i) firstParagraph++;
    while (paragraphEnd[lastParagraph]! <= i + k - 1) lastParagraph++;
    // Page shingles run across paragraph breaks (so a split paragraph still
    // matches), but only those inside one prose paragraph sample the page's
    // own story text: article shingles never span a paragraph break.
    if (firstParagraph === lastParagraph && prose[firstParagraph] === true) proseSamples.push(i);
    const first = firstPosting(index, h);
    if (first < 0) continue;
    const rows = index.postings;
    const rowCount = rows.length / POSTING_FIELDS;
    for (let r = first; r < rowCount && rows[r * POSTING_FIELDS] === h; r++) {
      // One posting per article and fingerprint (the builder keeps an article's first).
      const a = rows[r * POSTING_FIELDS + 1]!;
      const paragraph = rows[r * POSTING_FIELDS + 2]!;
      let e = evidence.get(a);
      if (!e) {
        e = { hitAt: [], hitParagraph: [], found: 0, first: i, last: i };
        evidence.set(a, e);
      }
      // Postings of shingles spanning a paragraph break count for pageShare only.
      if (paragraph < index.paragraphStart[a + 1]! - index.paragraphStart[a]!) e.found++;
      e.last = i;
      e.hitAt.push(i);
      e.hitParagraph.push(paragraph);
    }
  }

  const hinted = new Set<number>();
  if (hints.url) for (const key of cachedAddressKeys(hints.url)) for (const a of index.addresses.get(key) ?? []) hinted.add(a);

  const accepted: Candidate[] = [];
  for (const [a, e] of evidence) {
    const samples = index.articleSamples[a]!;
    if (e.hitAt.length < MIN_EVIDENCE || samples === 0) continue;
    // Sampled coverage only shortlists: the measure below decides. The
    // shortlist bar sits well under MIN_COVERAGE so sampling luck cannot drop
    // the right article.
    if (e.found / samples < MIN_COVERAGE / 2) continue;
    const measure = measureArticle(index, a, stream, e, proseSamples);
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
      addressMatched: hinted.has(a),
      ...(region ? { region: { firstParagraph: region.firstParagraph, lastParagraph: region.lastParagraph } } : {}),
    };
    accepted.push({ recognition, score });
  }
  return accepted;
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
function measureArticle(index: RecognitionIndex, a: number, stream: PageStream, e: Evidence, proseSamples: readonly number[]): Measure {
  const k = index.shingleSize;
  const from = index.paragraphStart[a]!;
  const to = index.paragraphStart[a + 1]!;
  let longest = 0;
  let total = 0;
  for (let p = from; p < to; p++) {
    longest = Math.max(longest, index.paragraphWords[p]!);
    total += index.paragraphWords[p]!;
  }
  // The article sits around its evidence; searching a window about it keeps huge pages cheap.
  const lo = Math.max(0, e.first - total - longest);
  const hi = Math.min(stream.length, e.last + total + longest);
  const starts: number[] = [];
  if (lo === 0) starts.push(0);
  for (const end of stream.paragraphEnd) if (end >= lo && end < hi && end !== starts[starts.length - 1]) starts.push(end);

  if (scratchCovered.length < stream.length) scratchCovered = new Uint8Array(stream.words.length);
  const covered = scratchCovered;
  covered.fill(0, 0, stream.length);

  const differing: number[] = [];
  const isVerbatim = new Array<boolean>(to - from).fill(false);
  /** Page position of each article paragraph found verbatim (-1: not found). */
  const placedAt = new Array<number>(to - from).fill(-1);
  let verbatim = 0;
  let otherWords = 0;
  let otherSamples = 0;
  let next = -1;
  for (let p = from; p < to; p++) {
    const words = index.paragraphWords[p]!;
    const at = findRun(stream.prefix, lo, hi, starts, next, words, index.paragraphHash[p]! | 0);
    if (at >= 0) {
      next = at + words;
      covered.fill(1, at, at + words);
      verbatim += words;
      isVerbatim[p - from] = true;
      placedAt[p - from] = at;
    } else {
      differing.push(p - from);
      otherWords += words;
      otherSamples += index.paragraphSamples[p]!;
    }
  }

  const supported = supportedHits(e, covered, k, SUPPORT_SAMPLES * index.sampleEvery);
  let otherFound = -CHANCE_HITS;
  for (let j = 0; j < e.hitAt.length; j++) {
    const paragraph = e.hitParagraph[j]!;
    if (paragraph < to - from && !isVerbatim[paragraph] && supported.has(e.hitAt[j]!)) otherFound++;
  }
  const estimated = otherSamples > 0 ? (otherWords * Math.min(otherSamples, Math.max(0, otherFound))) / otherSamples : 0;
  const coverage = total === 0 ? 0 : Math.min(1, (verbatim + estimated) / total);

  // Verbatim words on the page, split by whether they sit in prose page paragraphs.
  let coveredProse = 0;
  let coveredOther = 0;
  let paragraph = 0;
  for (let w = lo; w < hi; w++) {
    if (covered[w] === 0) continue;
    while (stream.paragraphEnd[paragraph]! <= w) paragraph++;
    if (stream.prose[paragraph]) coveredProse++;
    else coveredOther++;
  }
  // The rest of the prose: what share of its samples are the article's?
  let samples = 0;
  let hits = -CHANCE_HITS;
  for (const i of proseSamples) {
    if (covered[i] === 1 || covered[i + k - 1] === 1) continue;
    samples++;
    if (supported.has(i)) hits++;
  }
  const rest = stream.proseWords - coveredProse;
  const explained = coveredProse + coveredOther + (samples > 0 ? (rest * Math.max(0, hits)) / samples : 0);
  const storyWords = stream.proseWords + coveredOther;
  const pageShare = storyWords === 0 ? 0 : Math.min(1, explained / storyWords);
  const region = findRegion(index, a, stream, e, proseSamples, { placedAt, isVerbatim, supported, otherWords, otherSamples, total });
  return { coverage, pageShare, differing, region };
}

/** A piece of article evidence on the page: a verbatim paragraph, or a supported hit in a changed one. */
interface Piece {
  start: number;
  end: number;
  /** Article paragraph (relative to the article). */
  paragraph: number;
  /** Article words it shows verbatim (0 for a hit). */
  verbatim: number;
}

interface Placement {
  placedAt: readonly number[];
  isVerbatim: readonly boolean[];
  supported: ReadonlySet<number>;
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
 */
function findRegion(
  index: RecognitionIndex,
  a: number,
  stream: PageStream,
  e: Evidence,
  proseSamples: readonly number[],
  placement: Placement,
): RegionMeasure | null {
  const k = index.shingleSize;
  const from = index.paragraphStart[a]!;
  const { placedAt, isVerbatim, supported, otherWords, otherSamples, total } = placement;
  if (total === 0) return null;
  const pieces: Piece[] = [];
  for (let p = 0; p < placedAt.length; p++) {
    const at = placedAt[p]!;
    if (at >= 0) pieces.push({ start: at, end: at + index.paragraphWords[from + p]!, paragraph: p, verbatim: index.paragraphWords[from + p]! });
  }
  for (let j = 0; j < e.hitAt.length; j++) {
    const paragraph = e.hitParagraph[j]!;
    const at = e.hitAt[j]!;
    if (paragraph < placedAt.length && !isVerbatim[paragraph] && supported.has(at)) pieces.push({ start: at, end: at + k, paragraph, verbatim: 0 });
  }
  if (pieces.length === 0) return null;
  pieces.sort((x, y) => x.start - y.start);

  // Words of the article's paragraphs strictly between two, for the gap allowance.
  const wordsBefore = new Array<number>(placedAt.length + 1).fill(0);
  for (let p = 0; p < placedAt.length; p++) wordsBefore[p + 1] = wordsBefore[p]! + index.paragraphWords[from + p]!;
  let best: { first: number; last: number; words: number } | null = null;
  let runFirst = 0;
  let runWords = 0;
  const close = (last: number) => {
    if (!best || runWords > best.words) best = { first: runFirst, last, words: runWords };
  };
  for (let n = 0; n < pieces.length; n++) {
    const piece = pieces[n]!;
    if (n > 0) {
      const previous = pieces[n - 1]!;
      const gap = piece.start - previous.end;
      const skipped = piece.paragraph > previous.paragraph ? wordsBefore[piece.paragraph]! - wordsBefore[previous.paragraph + 1]! : 0;
      // A verbatim paragraph after a later one of the article starts the article again (a quote ended above it).
      const restarts = piece.verbatim > 0 && previous.verbatim > 0 && piece.paragraph < previous.paragraph;
      if (restarts || gap > REGION_GAP_WORDS + skipped) {
        close(n - 1);
        runFirst = n;
        runWords = 0;
      }
    }
    // Hits weigh a sampling interval each: enough to pick the run, not to measure it.
    runWords += piece.verbatim > 0 ? piece.verbatim : index.sampleEvery;
  }
  close(pieces.length - 1);
  const run = best as { first: number; last: number } | null;
  if (!run) return null;

  let startWord = Number.POSITIVE_INFINITY;
  let endWord = 0;
  let verbatim = 0;
  let otherFound = -CHANCE_HITS;
  for (let n = run.first; n <= run.last; n++) {
    const piece = pieces[n]!;
    startWord = Math.min(startWord, piece.start);
    endWord = Math.max(endWord, piece.end);
    if (piece.verbatim > 0) verbatim += piece.verbatim;
    else otherFound++;
  }
  const estimated = otherSamples > 0 ? (otherWords * Math.min(otherSamples, Math.max(0, otherFound))) / otherSamples : 0;
  const coverage = Math.min(1, (verbatim + estimated) / total);

  // The region's page paragraphs, and their story text.
  const ends = stream.paragraphEnd;
  let firstParagraph = 0;
  while (ends[firstParagraph]! <= startWord) firstParagraph++;
  let lastParagraph = firstParagraph;
  while (lastParagraph + 1 < ends.length && ends[lastParagraph]! < endWord) lastParagraph++;
  const regionStart = firstParagraph === 0 ? 0 : ends[firstParagraph - 1]!;
  const regionEnd = ends[lastParagraph]!;
  const covered = scratchCovered;
  let proseWords = 0;
  let coveredProse = 0;
  let coveredOther = 0;
  for (let p = firstParagraph; p <= lastParagraph; p++) {
    const start = p === 0 ? 0 : ends[p - 1]!;
    const isProse = stream.prose[p] === true;
    if (isProse) proseWords += ends[p]! - start;
    for (let w = start; w < ends[p]!; w++) {
      if (covered[w] === 0) continue;
      if (isProse) coveredProse++;
      else coveredOther++;
    }
  }
  let samples = 0;
  let hits = -CHANCE_HITS;
  for (const i of proseSamples) {
    if (i < regionStart) continue;
    if (i >= regionEnd) break;
    if (covered[i] === 1 || covered[i + k - 1] === 1) continue;
    samples++;
    if (supported.has(i)) hits++;
  }
  const rest = proseWords - coveredProse;
  const explained = coveredProse + coveredOther + (samples > 0 ? (rest * Math.max(0, hits)) / samples : 0);
  const storyWords = proseWords + coveredOther;
  const share = storyWords === 0 ? 0 : Math.min(1, explained / storyWords);
  return { firstParagraph, lastParagraph, coverage, share };
}

/** Page positions of hits outside covered text that have another such hit within `near` words. */
function supportedHits(e: Evidence, covered: Uint8Array, k: number, near: number): Set<number> {
  const loose: number[] = [];
  for (const i of e.hitAt) if (covered[i] === 0 && covered[i + k - 1] === 0) loose.push(i);
  const supported = new Set<number>();
  for (let n = 0; n < loose.length; n++) {
    const at = loose[n]!;
    if ((n > 0 && at - loose[n - 1]! <= near) || (n + 1 < loose.length && loose[n + 1]! - at <= near)) supported.add(at);
  }
  return supported;
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
function findRun(prefix: Int32Array, lo: number, hi: number, starts: readonly number[], next: number, length: number, target: number): number {
  if (length === 0 || hi - lo < length) return -1;
  const power = basePower(length);
  const holds = (s: number) => ((prefix[s + length]! - Math.imul(prefix[s]!, power)) | 0) === target;
  if (next >= lo && next + length <= hi && holds(next)) return next;
  // Paragraph starts after the previous paragraph first: where a page quotes a
  // paragraph above the article, the article's own copy reads on in order.
  for (const s of starts) {
    if (s + length > hi) break;
    if (s > next && holds(s)) return s;
  }
  for (const s of starts) {
    if (s > next || s + length > hi) break;
    if (holds(s)) return s;
  }
  for (let s = lo; s + length <= hi; s++) if (holds(s)) return s;
  return -1;
}
