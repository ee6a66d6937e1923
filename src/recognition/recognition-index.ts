// The recognition index: sampled shingle fingerprints of every corpus article
// in an inverted index (fingerprint → articles and paragraphs that hold it),
// plus a hash and word count per paragraph to tell which paragraphs a page
// shows word for word. Flat typed arrays keep 10,000 articles small in memory.
// A fingerprint's postings are read as rows of `postings` from firstPosting().
import { addressKeys } from './address-key.ts';
import { SHINGLE_SIZE, isSampled, sequenceHash, shingleHash, wordHashes } from './fingerprint.ts';
import type { IndexableArticle } from './types.ts';

export interface RecognitionIndex {
  shingleSize: number;
  /** A shingle is indexed when its hash is 0 modulo this. */
  sampleEvery: number;
  /** Mixed into every shingle hash: which shingles are sampled (32-bit unsigned). */
  salt: number;
  ids: string[];
  /** Article paragraphs: article a owns paragraphs paragraphStart[a] .. paragraphStart[a+1]-1. */
  paragraphStart: Uint32Array;
  paragraphWords: Uint32Array;
  paragraphHash: Uint32Array;
  /**
   * Postings in rows of POSTING_FIELDS: fingerprint, article, paragraph (its
   * index within the article; the article's paragraph count for a shingle
   * spanning a break), sorted by fingerprint then article. One array, so a
   * lookup finds a fingerprint and its postings on the same cache lines.
   */
  postings: Uint32Array;
  /** Directory over the rows by their fingerprint's top bits (see postingDirectory); derived, never serialised. */
  directory: PostingDirectory;
  /** Postings per article inside one paragraph: the denominator of coverage. */
  articleSamples: Uint32Array;
  /** Postings per article paragraph (same numbering as paragraphWords); derived, never serialised. */
  paragraphSamples: Uint32Array;
  /** Address key → article indices (see address-key.ts). */
  addresses: Map<string, number[]>;
  /**
   * The paragraph texts of the articles the index was asked to keep them of
   * (IndexOptions.keepTextOf), by article index, in insertion order; serialised.
   */
  knownTexts: ReadonlyMap<number, readonly string[]>;
  /**
   * Each kept paragraph's text → its words' hashes (fingerprint.ts wordHashes,
   * as signed 32-bit values): the recogniser looks a page paragraph up here
   * before hashing it (recognize.ts pageStream). Derived from knownTexts, never serialised.
   */
  knownParagraphs: ReadonlyMap<string, Int32Array>;
}

export interface IndexOptions {
  /** Index one shingle in this many (on average); 8 keeps 10,000 articles under 5 MB. */
  sampleEvery?: number;
  /** Fingerprints held by more articles than this are boilerplate and carry no identity. */
  maxArticlesPerFingerprint?: number;
  /** Shingle hash salt (default 0): a different salt samples a different set of shingles. */
  salt?: number;
  /**
   * Articles whose paragraph texts the index keeps (default none): a page that
   * repeats such a paragraph character for character (a copy of the article at
   * another address, its AMP or print version) has that paragraph's words
   * looked up instead of hashed again; the decisions are the same either way.
   * The shipped index keeps its corpus's texts (extension/build/corpus-plugin.ts).
   */
  keepTextOf?: (article: IndexableArticle) => boolean;
}

export const DEFAULT_SAMPLE_EVERY = 8;
export const DEFAULT_MAX_ARTICLES_PER_FINGERPRINT = 24;

export function buildRecognitionIndex(articles: readonly IndexableArticle[], options: IndexOptions = {}): RecognitionIndex {
  const sampleEvery = options.sampleEvery ?? DEFAULT_SAMPLE_EVERY;
  const maxDf = options.maxArticlesPerFingerprint ?? DEFAULT_MAX_ARTICLES_PER_FINGERPRINT;
  const salt = options.salt ?? 0;
  if (!Number.isInteger(salt) || salt < 0 || salt > 0xffffffff) throw new Error('recognition index: salt must be a 32-bit unsigned integer');
  if (!Number.isInteger(sampleEvery) || sampleEvery < 1) throw new Error('recognition index: sampleEvery must be a positive integer');
  const index = indexFromFingerprints(
    articles.map((a) => fingerprintArticle(a, sampleEvery, salt)),
    { sampleEvery, salt },
    maxDf,
  );
  const keep = options.keepTextOf;
  if (!keep) return index;
  const texts = new Map<number, readonly string[]>();
  articles.forEach((article, a) => {
    if (keep(article)) texts.set(a, [...article.paragraphs]);
  });
  return { ...index, knownTexts: texts, knownParagraphs: knownParagraphsOf(texts) };
}

/** Each paragraph text of `texts` → its words' hashes (see RecognitionIndex.knownParagraphs). */
export function knownParagraphsOf(texts: ReadonlyMap<number, readonly string[]>): Map<string, Int32Array> {
  const known = new Map<string, Int32Array>();
  for (const paragraphs of texts.values()) {
    for (const text of paragraphs) if (!known.has(text)) known.set(text, Int32Array.from(wordHashes(text)));
  }
  return known;
}

/**
 * What the index holds of one article, computed from its text once: its
 * paragraphs' word counts and hashes and its sampled shingle fingerprints.
 * Plain arrays, so an added article's can be stored (IndexedDB, JSON) and an
 * index assembled from stored ones without hashing any text again.
 */
export interface ArticleFingerprints {
  id: string;
  addresses: string[];
  paragraphWords: number[];
  paragraphHashes: number[];
  /** Pairs: fingerprint, paragraph (the paragraph count for a shingle spanning a break); each fingerprint once. */
  fingerprints: number[];
}

export function fingerprintArticle(article: IndexableArticle, sampleEvery: number, salt: number): ArticleFingerprints {
  const local = new Set<number>();
  const fingerprints: number[] = [];
  const paragraphWords: number[] = [];
  const paragraphHashes: number[] = [];
  const stream: number[] = [];
  const breaks: number[] = [];
  article.paragraphs.forEach((text, k) => {
    const hashes = wordHashes(text);
    paragraphWords.push(hashes.length);
    paragraphHashes.push(sequenceHash(hashes, 0, hashes.length));
    for (let i = 0; i + SHINGLE_SIZE <= hashes.length; i++) {
      const h = shingleHash(hashes, i, SHINGLE_SIZE, salt);
      if (isSampled(h, sampleEvery) && !local.has(h)) {
        local.add(h);
        fingerprints.push(h, k);
      }
    }
    for (const h of hashes) stream.push(h);
    breaks.push(stream.length);
  });
  // Shingles that span a paragraph break: a page that joins paragraphs shows
  // them. They are evidence for pageShare, not part of coverage, so they carry
  // the out-of-range paragraph number `paragraphs.length`.
  for (const end of breaks.slice(0, -1)) {
    for (let i = Math.max(0, end - SHINGLE_SIZE + 1); i < end && i + SHINGLE_SIZE <= stream.length; i++) {
      const h = shingleHash(stream, i, SHINGLE_SIZE, salt);
      if (isSampled(h, sampleEvery) && !local.has(h)) {
        local.add(h);
        fingerprints.push(h, article.paragraphs.length);
      }
    }
  }
  return { id: article.id, addresses: [...(article.addresses ?? [])], paragraphWords, paragraphHashes, fingerprints };
}

/** The index of articles whose fingerprints were taken with `sampleEvery` and `salt`; throws on duplicate ids. */
export function indexFromFingerprints(
  articles: readonly ArticleFingerprints[],
  params: { sampleEvery: number; salt: number },
  maxDf = DEFAULT_MAX_ARTICLES_PER_FINGERPRINT,
): RecognitionIndex {
  const seen = new Set<string>();
  for (const a of articles) {
    if (seen.has(a.id)) throw new Error(`recognition index: duplicate article id "${a.id}"`);
    seen.add(a.id);
  }
  const totalParagraphs = articles.reduce((n, a) => n + a.paragraphWords.length, 0);
  const paragraphStart = new Uint32Array(articles.length + 1);
  const paragraphWords = new Uint32Array(totalParagraphs);
  const paragraphHash = new Uint32Array(totalParagraphs);
  // Raw postings as triples in one growable list: fingerprint, article, paragraph.
  const raw: number[] = [];
  const addresses = new Map<string, number[]>();

  let p = 0;
  articles.forEach((article, a) => {
    paragraphStart[a] = p;
    paragraphWords.set(article.paragraphWords, p);
    paragraphHash.set(article.paragraphHashes, p);
    p += article.paragraphWords.length;
    const f = article.fingerprints;
    for (let i = 0; i < f.length; i += 2) raw.push(f[i]!, a, f[i + 1]!);
    for (const address of article.addresses) {
      for (const key of addressKeys(address)) {
        const list = addresses.get(key) ?? [];
        if (!list.includes(a)) list.push(a);
        addresses.set(key, list);
      }
    }
  });
  paragraphStart[articles.length] = p;

  return assemble(
    {
      shingleSize: SHINGLE_SIZE,
      sampleEvery: params.sampleEvery,
      salt: params.salt,
      ids: articles.map((a) => a.id),
      paragraphStart,
      paragraphWords,
      paragraphHash,
      addresses,
    },
    raw,
    maxDf,
  );
}

type IndexHead = Pick<
  RecognitionIndex,
  'shingleSize' | 'sampleEvery' | 'salt' | 'ids' | 'paragraphStart' | 'paragraphWords' | 'paragraphHash' | 'addresses'
>;

/** Sorts raw (fingerprint, article, paragraph) triples into the inverted index, dropping boilerplate fingerprints. */
export function assemble(head: IndexHead, raw: number[], maxDf: number): RecognitionIndex {
  const count = raw.length / 3;
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  order.sort((x, y) => raw[x * 3]! - raw[y * 3]! || raw[x * 3 + 1]! - raw[y * 3 + 1]! || raw[x * 3 + 2]! - raw[y * 3 + 2]!);

  const rows: number[] = [];
  const articleSamples = new Uint32Array(head.ids.length);
  const paragraphSamples = new Uint32Array(head.paragraphWords.length);
  let i = 0;
  while (i < count) {
    const h = raw[order[i]! * 3]!;
    let j = i;
    const holders = new Set<number>();
    while (j < count && raw[order[j]! * 3]! === h) holders.add(raw[order[j++]! * 3 + 1]!);
    if (holders.size <= maxDf) {
      for (let k = i; k < j; k++) {
        const a = raw[order[k]! * 3 + 1]!;
        const paragraph = raw[order[k]! * 3 + 2]!;
        rows.push(h, a, paragraph);
        if (paragraph < head.paragraphStart[a + 1]! - head.paragraphStart[a]!) {
          articleSamples[a]!++;
          paragraphSamples[head.paragraphStart[a]! + paragraph]!++;
        }
      }
    }
    i = j;
  }
  const postings = Uint32Array.from(rows);
  return { ...head, postings, directory: postingDirectory(postings), articleSamples, paragraphSamples, knownTexts: new Map(), knownParagraphs: new Map() };
}

/** Fields per row of `postings`: fingerprint, article, paragraph. */
export const POSTING_FIELDS = 3;

/**
 * Where each run of posting rows whose fingerprints share their top `bits`
 * bits starts: those rows are start[b] .. start[b+1]-1. A lookup reads one
 * directory entry and a short run of neighbouring rows (about
 * ROWS_PER_BUCKET, a few adjacent cache lines) where a binary search over
 * 400,000 rows touches some twenty scattered ones. That matters in a page,
 * where walking the DOM has just pushed the index out of the CPU's caches.
 */
export interface PostingDirectory {
  bits: number;
  start: Uint32Array;
}

const ROWS_PER_BUCKET = 16;

export function postingDirectory(postings: Uint32Array): PostingDirectory {
  const rows = postings.length / POSTING_FIELDS;
  let bits = 0;
  while (bits < 24 && rows >>> bits > ROWS_PER_BUCKET) bits++;
  const buckets = 2 ** bits;
  const start = new Uint32Array(buckets + 1);
  let r = 0;
  for (let b = 0; b < buckets; b++) {
    start[b] = r;
    while (r < rows && bucketOf(postings[r * POSTING_FIELDS]!, bits) === b) r++;
  }
  start[buckets] = rows;
  return { bits, start };
}

function bucketOf(h: number, bits: number): number {
  return bits === 0 ? 0 : h >>> (32 - bits);
}

/** Row of the first posting of fingerprint `h`, or -1; its postings are the following rows with the same fingerprint. */
export function firstPosting(index: RecognitionIndex, h: number): number {
  const rows = index.postings;
  const { bits, start } = index.directory;
  const b = bucketOf(h, bits);
  const end = start[b + 1]!;
  for (let r = start[b]!; r < end; r++) {
    const v = rows[r * POSTING_FIELDS]!;
    if (v === h) return r;
    if (v > h) return -1;
  }
  return -1;
}

/** Bytes held in the index's typed arrays (exact; ids and the address map come on top). */
export function typedArrayBytes(index: RecognitionIndex): number {
  const arrays = [index.paragraphStart, index.paragraphWords, index.paragraphHash, index.postings, index.directory.start, index.articleSamples, index.paragraphSamples];
  return arrays.reduce((n, a) => n + a.byteLength, 0);
}
