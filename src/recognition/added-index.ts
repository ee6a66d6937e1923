// Recognition of the articles a reader adds. The shipped index stays as it is;
// added articles live in an index updated one article at a time:
//  - each article's record (its fingerprints, see fingerprintArticle) is
//    computed once, from its text, when it is added; the worker stores it with
//    the article (plain arrays: JSON and structured-clone friendly), so a
//    restart assembles the index without hashing any text;
//  - records sit in segments, each an ordinary RecognitionIndex: adding an
//    article makes a segment of one, and equal-sized neighbours merge (as a
//    binary counter does) up to MAX_SEGMENT articles, so an add re-sorts
//    O(log n) records amortised and never more than MAX_SEGMENT; removing one
//    re-assembles only its segment.
// A page is recognised by recognize.ts (recognizeInAny) on the shipped index
// and each segment, the page hashed once: the decision rule is the same, article
// by article, and the best score wins (ties to the article whose address the
// page is at, then to the shipped one).
// One difference: a fingerprint is dropped as boilerplate when more than
// DEFAULT_MAX_ARTICLES_PER_FINGERPRINT articles *of its segment* hold it.
import { recognizeInAny } from './recognize.ts';
import { recognizeAllInAny } from './recognize-all.ts';
import {
  type ArticleFingerprints,
  DEFAULT_SAMPLE_EVERY,
  fingerprintArticle,
  indexFromFingerprints,
  type RecognitionIndex,
} from './recognition-index.ts';
import type { IndexableArticle, PageText, Recognition } from './types.ts';

/** Record format: bump when fingerprinting changes, so stored records are recomputed from their articles. */
export const ADDED_INDEX_FORMAT = 1;
const SAMPLE_EVERY = DEFAULT_SAMPLE_EVERY;
const SALT = 0;
/** Largest segment: bounds the work of one add or remove. */
export const MAX_SEGMENT = 2048;

/** What the worker stores per added article to restore the index without its text. */
export interface AddedIndexRecord extends ArticleFingerprints {
  format: number;
  sampleEvery: number;
  salt: number;
}

/** The record of an article (an ingested CorpusArticle will do): hashes its text once. */
export function addedIndexRecord(article: IndexableArticle): AddedIndexRecord {
  return { format: ADDED_INDEX_FORMAT, sampleEvery: SAMPLE_EVERY, salt: SALT, ...fingerprintArticle(article, SAMPLE_EVERY, SALT) };
}

/** Whether a stored record can be used as it is (else recompute it with addedIndexRecord). */
export function isCurrentRecord(record: AddedIndexRecord): boolean {
  return record.format === ADDED_INDEX_FORMAT && record.sampleEvery === SAMPLE_EVERY && record.salt === SALT;
}

interface Segment {
  records: AddedIndexRecord[];
  index: RecognitionIndex | null;
}

export interface AddedRecognitionIndex {
  /** Adds an article's record; an id already there is replaced (its addresses may have grown). */
  add(record: AddedIndexRecord): void;
  remove(id: string): boolean;
  has(id: string): boolean;
  readonly size: number;
  /** The records, for storage (the same objects that were added). */
  records(): AddedIndexRecord[];
  /** Which added article the page is, by the rule of recognize.ts; null when none. */
  recognize(page: PageText, hints?: { url?: string }): Recognition | null;
  /** The segments' indexes (tests, bench). */
  segmentIndexes(): RecognitionIndex[];
}

function build(segment: Segment): RecognitionIndex {
  segment.index ??= indexFromFingerprints(segment.records, { sampleEvery: SAMPLE_EVERY, salt: SALT });
  return segment.index;
}

export function createAddedIndex(records: readonly AddedIndexRecord[] = []): AddedRecognitionIndex {
  const segments: Segment[] = [];
  const segmentOf = new Map<string, Segment>();

  const mergeTail = () => {
    for (;;) {
      const n = segments.length;
      if (n < 2) return;
      const last = segments[n - 1]!;
      const prev = segments[n - 2]!;
      if (last.records.length < prev.records.length || prev.records.length + last.records.length > MAX_SEGMENT) return;
      const merged: Segment = { records: [...prev.records, ...last.records], index: null };
      for (const r of merged.records) segmentOf.set(r.id, merged);
      segments.splice(n - 2, 2, merged);
      build(merged);
    }
  };

  const removeRecord = (id: string): boolean => {
    const segment = segmentOf.get(id);
    if (!segment) return false;
    segmentOf.delete(id);
    segment.records = segment.records.filter((r) => r.id !== id);
    segment.index = null;
    if (segment.records.length === 0) segments.splice(segments.indexOf(segment), 1);
    return true;
  };

  const index: AddedRecognitionIndex = {
    add(record) {
      if (!isCurrentRecord(record)) {
        throw new Error(`added index: the record of "${record.id}" was made by another index format; recompute it with addedIndexRecord`);
      }
      removeRecord(record.id);
      const segment: Segment = { records: [record], index: null };
      segments.push(segment);
      segmentOf.set(record.id, segment);
      build(segment);
      mergeTail();
    },
    remove(id) {
      return removeRecord(id);
    },
    has(id) {
      return segmentOf.has(id);
    },
    get size() {
      return segmentOf.size;
    },
    records() {
      return segments.flatMap((s) => s.records);
    },
    recognize(page, hints = {}) {
      return recognizeInAny(segments.map(build), page, hints);
    },
    segmentIndexes() {
      return segments.map(build);
    },
  };
  // Restoring: records in one go fill segments of MAX_SEGMENT, assembled on first use (the last of an id wins).
  const unique = [...new Map(records.map((r) => [r.id, r])).values()];
  for (const r of unique) {
    if (!isCurrentRecord(r)) throw new Error(`added index: the record of "${r.id}" was made by another index format; recompute it with addedIndexRecord`);
  }
  for (let i = 0; i < unique.length; i += MAX_SEGMENT) {
    const segment: Segment = { records: unique.slice(i, i + MAX_SEGMENT), index: null };
    for (const r of segment.records) segmentOf.set(r.id, segment);
    segments.push(segment);
  }
  return index;
}

/** Which article the page is among the shipped ones and the added ones together (the page hashed once); null when none. */
export function recognizeWithAdded(shipped: RecognitionIndex, added: AddedRecognitionIndex, page: PageText, hints: { url?: string } = {}): Recognition | null {
  return recognizeInAny([shipped, ...added.segmentIndexes()], page, hints);
}

/** Every corpus article on the page among the shipped and the added ones (recognize-all.ts), in page order; [] when none. */
export function recognizeAllWithAdded(shipped: RecognitionIndex, added: AddedRecognitionIndex, page: PageText, hints: { url?: string } = {}): Recognition[] {
  return recognizeAllInAny([shipped, ...added.segmentIndexes()], page, hints);
}
