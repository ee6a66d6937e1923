// Recognition of the reader's added articles, beside the shipped index (which
// stays as it is): src/recognition/added-index.ts, updated one article at a
// time. Each article's record (its fingerprints) is worked out once when it is
// added and stored with it; at start-up the index is restored from the stored
// records, recomputing only those an older index format made.
import type { CorpusArticle } from '../../src/corpus/types.ts';
import {
  type AddedIndexRecord,
  type AddedRecognitionIndex,
  addedIndexRecord,
  createAddedIndex,
  isCurrentRecord,
  recognizeAllWithAdded,
  recognizeWithAdded,
} from '../../src/recognition/added-index.ts';
import type { RecognitionIndex } from '../../src/recognition/recognition-index.ts';
import type { PageText, Recognition } from '../../src/recognition/types.ts';

function usable(record: unknown): record is AddedIndexRecord {
  return typeof record === 'object' && record !== null && isCurrentRecord(record as AddedIndexRecord);
}

export class AddedRecognition {
  private readonly index: AddedRecognitionIndex;

  /** Restores the index from stored records; an article whose record is missing or outdated is fingerprinted again. */
  constructor(articles: readonly CorpusArticle[] = [], records: ReadonlyMap<string, unknown> = new Map()) {
    this.index = createAddedIndex(
      articles.map((a) => {
        const stored = records.get(a.id);
        return usable(stored) && stored.id === a.id ? stored : addedIndexRecord(a);
      }),
    );
  }

  /** The record to store with an article (fingerprints its text once). */
  recordOf(article: CorpusArticle): AddedIndexRecord {
    return addedIndexRecord(article);
  }

  add(record: AddedIndexRecord): void {
    this.index.add(record);
  }

  remove(id: string): void {
    this.index.remove(id);
  }

  get size(): number {
    return this.index.size;
  }

  /** The page's article among the shipped and the added ones. */
  recognize(shipped: RecognitionIndex, page: PageText, hints: { url?: string }): Recognition | null {
    return recognizeWithAdded(shipped, this.index, page, hints);
  }

  /** Every article on the page among the shipped and the added ones, in page order. */
  recognizeAll(shipped: RecognitionIndex, page: PageText, hints: { url?: string }): Recognition[] {
    return recognizeAllWithAdded(shipped, this.index, page, hints);
  }
}
