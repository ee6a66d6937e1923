// The reader's own corpus in IndexedDB: the articles they added, each one's
// record in the added-articles recognition index, and what was derived from it
// (statements). A batch (one file, one page) is written in one transaction:
// whole or absent, whatever happens (a full disk, a worker killed mid-write).
// Removing an article never touches the reader's highlights: they are keyed to
// the page address and stay in the annotations store.

import type { IDBPTransaction } from 'idb';
import { isQuotaError, StoreError, StoreFullError } from './errors.ts';
import { type OpenOptions, openSourcelightDb, type SourcelightDatabase } from './open-store.ts';
import type {
  AddedArticleRecord,
  AddedDerivedRecord,
  AddedFrom,
  AddedRecognitionRecord,
  SourcelightDB,
  StoredCorpusArticle,
} from './schema.ts';
import { inWriteTransaction } from './write-transaction.ts';

const CORPUS_STORES = ['addedArticles', 'addedRecognition', 'addedDerived'] as const;
type CorpusStoreName = (typeof CORPUS_STORES)[number];
type WriteTx = IDBPTransaction<SourcelightDB, CorpusStoreName[], 'readwrite'>;

export interface CorpusStoreOptions extends OpenOptions {
  now?: () => Date;
}

/** One article to add, with everything derived from it. */
export interface NewAddedArticle<A extends StoredCorpusArticle = StoredCorpusArticle> {
  article: A;
  from: AddedFrom;
  fileName?: string;
  recognition: unknown;
  statements: unknown[];
}

export interface AddedBatchOutcome {
  added: AddedArticleRecord[];
  /** Articles already stored, or given twice in the batch (the same text is one article). */
  duplicates: { id: string; url: string; headline: string }[];
}

/** Everything stored, as the worker needs it at start-up. */
export interface StoredCorpus {
  articles: AddedArticleRecord[];
  recognition: Map<string, unknown>;
  derived: Map<string, AddedDerivedRecord>;
}

/**
 * The cross-reference engine's record of an article lives in addedDerived under this prefix and the
 * article's id: read only when the engine is first needed, not at every worker start (a side key range, not a
 * new store, so no schema migration). Article ids start with "added-", which sorts before it.
 */
export const ENGINE_PROFILE_PREFIX = 'engine:';
const derivedOfArticles = () => IDBKeyRange.upperBound(ENGINE_PROFILE_PREFIX, true);
const engineProfiles = () => IDBKeyRange.bound(ENGINE_PROFILE_PREFIX, `${ENGINE_PROFILE_PREFIX}\uffff`);

/** Engine records written per transaction (each a few tens of KB). */
const ENGINE_PROFILES_PER_WRITE = 200;

export class CorpusStore {
  private constructor(
    private readonly db: SourcelightDatabase,
    private readonly now: () => Date,
  ) {}

  static async open(factory: IDBFactory, options: CorpusStoreOptions = {}): Promise<CorpusStore> {
    return new CorpusStore(await openSourcelightDb(factory, options), options.now ?? (() => new Date()));
  }

  close(): void {
    this.db.close();
  }

  /** Adds a batch in one transaction; duplicates are reported, not written again. */
  async addBatch(entries: readonly NewAddedArticle[]): Promise<AddedBatchOutcome> {
    const at = this.now().toISOString();
    return this.write(async (tx) => {
      const added: AddedArticleRecord[] = [];
      const duplicates: AddedBatchOutcome['duplicates'] = [];
      const seen = new Set<string>();
      for (const entry of entries) {
        const { article } = entry;
        if (!article?.id) throw new StoreError('An added article has no id; nothing was stored.');
        if (seen.has(article.id) || (await tx.objectStore('addedArticles').getKey(article.id)) !== undefined) {
          duplicates.push({ id: article.id, url: article.addresses[0] ?? '', headline: article.headline });
          continue;
        }
        seen.add(article.id);
        const record: AddedArticleRecord = {
          id: article.id,
          article,
          addedAt: at,
          from: entry.from,
          ...(entry.fileName ? { fileName: entry.fileName } : {}),
        };
        await tx.objectStore('addedArticles').put(record);
        await tx.objectStore('addedRecognition').put({ id: article.id, record: entry.recognition } satisfies AddedRecognitionRecord);
        await tx.objectStore('addedDerived').put({ id: article.id, statements: entry.statements } satisfies AddedDerivedRecord);
        added.push(record);
      }
      return { added, duplicates };
    });
  }

  /** Every added article, oldest first. */
  async listArticles(): Promise<AddedArticleRecord[]> {
    return this.db.getAllFromIndex('addedArticles', 'addedAt');
  }

  async get(id: string): Promise<AddedArticleRecord | undefined> {
    return this.db.get('addedArticles', id);
  }

  async count(): Promise<number> {
    return this.db.count('addedArticles');
  }

  /** Everything, read in one transaction so the three stores agree. */
  async loadAll(): Promise<StoredCorpus> {
    const tx = this.db.transaction([...CORPUS_STORES], 'readonly');
    const [articles, recognition, derived] = await Promise.all([
      tx.objectStore('addedArticles').index('addedAt').getAll(),
      tx.objectStore('addedRecognition').getAll(),
      tx.objectStore('addedDerived').getAll(derivedOfArticles()),
    ]);
    await tx.done;
    return {
      articles,
      recognition: new Map(recognition.map((r) => [r.id, r.record])),
      derived: new Map(derived.map((d) => [d.id, d])),
    };
  }

  /** Removes an added article and what was derived from it; returns the removed record. */
  async remove(id: string): Promise<AddedArticleRecord> {
    return this.write(async (tx) => {
      const record = await tx.objectStore('addedArticles').get(id);
      if (!record) throw new StoreError(`No added article has the id "${id}".`);
      for (const name of CORPUS_STORES) await tx.objectStore(name).delete(id);
      await tx.objectStore('addedDerived').delete(`${ENGINE_PROFILE_PREFIX}${id}`);
      return record;
    });
  }

  /** The cross-reference engine's records, by article id (only what was written; the engine checks their version). */
  async loadEngineProfiles(): Promise<Map<string, unknown>> {
    const records = await this.db.getAll('addedDerived', engineProfiles());
    return new Map(records.map((r) => [r.id.slice(ENGINE_PROFILE_PREFIX.length), r.engineProfile]));
  }

  /**
   * Stores the engine's records of articles that are stored (a removed article's record is not written back),
   * a few hundred per transaction. A failure loses nothing: a missing record means the engine is rebuilt.
   */
  async saveEngineProfiles(profiles: readonly (readonly [string, unknown])[]): Promise<void> {
    for (let i = 0; i < profiles.length; i += ENGINE_PROFILES_PER_WRITE) {
      await this.write(async (tx) => {
        for (const [id, engineProfile] of profiles.slice(i, i + ENGINE_PROFILES_PER_WRITE)) {
          if ((await tx.objectStore('addedArticles').getKey(id)) === undefined) continue;
          await tx.objectStore('addedDerived').put({ id: `${ENGINE_PROFILE_PREFIX}${id}`, statements: [], engineProfile });
        }
      });
    }
  }

  /** One readwrite transaction over the corpus stores; any failure aborts it whole. */
  private async write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    return inWriteTransaction(this.db, [...CORPUS_STORES], work, translate);
  }
}

function translate(error: unknown): Error {
  if (isQuotaError(error)) {
    const full = new StoreFullError(error);
    full.message =
      'Sourcelight could not add the articles: the browser says storage for the extension is full. ' +
      'Nothing was added. Free some disk space or remove added articles, then try again.';
    return full;
  }
  if (error instanceof Error && !(error instanceof DOMException)) return error;
  const name = (error as { name?: string } | null)?.name ?? 'Error';
  const message = (error as { message?: string } | null)?.message ?? String(error);
  return new StoreError(`The corpus store refused the change (${name}: ${message}). Nothing was changed.`, { cause: error });
}
