// The recognition index: sampled shingle fingerprints of every corpus article
// in an inverted index (fingerprint → articles and paragraphs that hold it),
// plus a hash and word count per paragraph to tell which paragraphs a page
// shows word for word. Flat typed arrays keep 10,000 articles small in memory.
import { addressKeys } from './address-key.ts';
import { SHINGLE_SIZE, isSampled, sequenceHash, shingleHash, wordHashes } from './fingerprint.ts';
import type { IndexableArticle } from './types.ts';

export interface RecognitionIndex {
  shingleSize: number;
  /** A shingle is indexed when its hash is 0 modulo this. */
  sampleEvery: number;
  ids: string[];
  /** Article paragraphs: article a owns paragraphs paragraphStart[a] .. paragraphStart[a+1]-1. */
  paragraphStart: Uint32Array;
  paragraphWords: Uint32Array;
  paragraphHash: Uint32Array;
  /** Distinct fingerprints, ascending; fingerprint f owns postings postingStart[f] .. postingStart[f+1]-1. */
  fingerprints: Uint32Array;
  postingStart: Uint32Array;
  postingArticle: Uint32Array;
  /** Paragraph index within its article; the article's paragraph count for a shingle spanning a break. */
  postingParagraph: Uint32Array;
  /** Postings per article inside one paragraph: the denominator of coverage. */
  articleSamples: Uint32Array;
  /** Address key → article indices (see address-key.ts). */
  addresses: Map<string, number[]>;
}

export interface IndexOptions {
  /** Index one shingle in this many (on average); 8 keeps 10,000 articles under 5 MB. */
  sampleEvery?: number;
  /** Fingerprints held by more articles than this are boilerplate and carry no identity. */
  maxArticlesPerFingerprint?: number;
}

export const DEFAULT_SAMPLE_EVERY = 8;
export const DEFAULT_MAX_ARTICLES_PER_FINGERPRINT = 24;

export function buildRecognitionIndex(articles: readonly IndexableArticle[], options: IndexOptions = {}): RecognitionIndex {
  const sampleEvery = options.sampleEvery ?? DEFAULT_SAMPLE_EVERY;
  const maxDf = options.maxArticlesPerFingerprint ?? DEFAULT_MAX_ARTICLES_PER_FINGERPRINT;
  if (!Number.isInteger(sampleEvery) || sampleEvery < 1) throw new Error('recognition index: sampleEvery must be a positive integer');
  const seen = new Set<string>();
  for (const a of articles) {
    if (seen.has(a.id)) throw new Error(`recognition index: duplicate article id "${a.id}"`);
    seen.add(a.id);
  }

  const totalParagraphs = articles.reduce((n, a) => n + a.paragraphs.length, 0);
  const paragraphStart = new Uint32Array(articles.length + 1);
  const paragraphWords = new Uint32Array(totalParagraphs);
  const paragraphHash = new Uint32Array(totalParagraphs);
  // Raw postings as triples in one growable list: fingerprint, article, paragraph.
  const raw: number[] = [];
  const addresses = new Map<string, number[]>();

  let p = 0;
  articles.forEach((article, a) => {
    paragraphStart[a] = p;
    const local = new Set<number>();
    const stream: number[] = [];
    const breaks: number[] = [];
    article.paragraphs.forEach((text, k) => {
      const hashes = wordHashes(text);
      paragraphWords[p] = hashes.length;
      paragraphHash[p] = sequenceHash(hashes, 0, hashes.length);
      p++;
      for (let i = 0; i + SHINGLE_SIZE <= hashes.length; i++) {
        const h = shingleHash(hashes, i, SHINGLE_SIZE);
        if (isSampled(h, sampleEvery) && !local.has(h)) {
          local.add(h);
          raw.push(h, a, k);
        }
      }
      stream.push(...hashes);
      breaks.push(stream.length);
    });
    // Shingles that span a paragraph break: a page that joins paragraphs shows
    // them. They are evidence for pageShare, not part of coverage, so they carry
    // the out-of-range paragraph number `paragraphs.length`.
    for (const end of breaks.slice(0, -1)) {
      for (let i = Math.max(0, end - SHINGLE_SIZE + 1); i < end && i + SHINGLE_SIZE <= stream.length; i++) {
        const h = shingleHash(stream, i, SHINGLE_SIZE);
        if (isSampled(h, sampleEvery) && !local.has(h)) {
          local.add(h);
          raw.push(h, a, article.paragraphs.length);
        }
      }
    }
    for (const address of article.addresses ?? []) {
      for (const key of addressKeys(address)) {
        const list = addresses.get(key) ?? [];
        if (!list.includes(a)) list.push(a);
        addresses.set(key, list);
      }
    }
  });
  paragraphStart[articles.length] = p;

  return assemble(
    { shingleSize: SHINGLE_SIZE, sampleEvery, ids: articles.map((a) => a.id), paragraphStart, paragraphWords, paragraphHash, addresses },
    raw,
    maxDf,
  );
}

type IndexHead = Pick<RecognitionIndex, 'shingleSize' | 'sampleEvery' | 'ids' | 'paragraphStart' | 'paragraphWords' | 'paragraphHash' | 'addresses'>;

/** Sorts raw (fingerprint, article, paragraph) triples into the inverted index, dropping boilerplate fingerprints. */
export function assemble(head: IndexHead, raw: number[], maxDf: number): RecognitionIndex {
  const count = raw.length / 3;
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  order.sort((x, y) => raw[x * 3]! - raw[y * 3]! || raw[x * 3 + 1]! - raw[y * 3 + 1]! || raw[x * 3 + 2]! - raw[y * 3 + 2]!);

  const fingerprints: number[] = [];
  const postingStart: number[] = [];
  const postingArticle: number[] = [];
  const postingParagraph: number[] = [];
  const articleSamples = new Uint32Array(head.ids.length);
  let i = 0;
  while (i < count) {
    const h = raw[order[i]! * 3]!;
    let j = i;
    const holders = new Set<number>();
    while (j < count && raw[order[j]! * 3]! === h) holders.add(raw[order[j++]! * 3 + 1]!);
    if (holders.size <= maxDf) {
      fingerprints.push(h);
      postingStart.push(postingArticle.length);
      for (let k = i; k < j; k++) {
        const a = raw[order[k]! * 3 + 1]!;
        postingArticle.push(a);
        const paragraph = raw[order[k]! * 3 + 2]!;
        postingParagraph.push(paragraph);
        if (paragraph < head.paragraphStart[a + 1]! - head.paragraphStart[a]!) articleSamples[a]!++;
      }
    }
    i = j;
  }
  postingStart.push(postingArticle.length);
  return {
    ...head,
    fingerprints: Uint32Array.from(fingerprints),
    postingStart: Uint32Array.from(postingStart),
    postingArticle: Uint32Array.from(postingArticle),
    postingParagraph: Uint32Array.from(postingParagraph),
    articleSamples,
  };
}

/** Index of fingerprint `h` in `index.fingerprints`, or -1. */
export function findFingerprint(index: RecognitionIndex, h: number): number {
  const f = index.fingerprints;
  let lo = 0;
  let hi = f.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = f[mid]!;
    if (v < h) lo = mid + 1;
    else if (v > h) hi = mid - 1;
    else return mid;
  }
  return -1;
}
