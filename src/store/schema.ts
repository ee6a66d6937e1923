// The database layout and how each version is reached from the one before.
// Migrations run in order inside the single upgrade transaction, so an upgrade
// is whole or absent: if one step fails the browser keeps the old database.
//
// v1: annotations (indexes pageUrl, corpusId, modified), own categories, and
//     the corpus articles whose statements were stored on first recognition.
// v2: layers (a teacher's file imports as its own layer): the layers store,
//     the annotations.layerId index, and every existing annotation moved to
//     the reader's own layer.
// v3: site preferences (the overlay left collapsed, expanded or dismissed on a site).
// v4: the reader's own corpus: added articles (their text never leaves the
//     machine), each one's recognition-index record, and what was derived
//     from it when it was added (statements), so the worker restores them at
//     start-up without working them out again.
// v5: snapshots of a recognised article's text as a page showed it, kept when
//     the reader asks ("Keep this version"), with the date and address.

import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { type AnnotationRecord, type Category, type Layer, OWN_LAYER, OWN_LAYER_ID } from './annotation.ts';

export const DB_NAME = 'sourcelight';

/** A corpus article whose statements were stored: recognition seeds them only once. */
export interface StatementSeeding {
  corpusId: string;
  pageUrl: string;
  at: string;
  count: number;
}

export interface SourcelightDB extends DBSchema {
  annotations: {
    key: string;
    value: AnnotationRecord;
    indexes: { pageUrl: string; corpusId: string; modified: string; layerId: string };
  };
  categories: { key: string; value: Category };
  statementSeedings: { key: string; value: StatementSeeding };
  layers: { key: string; value: Layer };
  sitePrefs: { key: string; value: SitePrefs };
  addedArticles: { key: string; value: AddedArticleRecord; indexes: { addedAt: string } };
  addedRecognition: { key: string; value: AddedRecognitionRecord };
  addedDerived: { key: string; value: AddedDerivedRecord };
  snapshots: { key: string; value: SnapshotRecord; indexes: { corpusId: string } };
}

/** An article's text as a page showed it at one moment, kept on the reader's request. */
export interface SnapshotRecord {
  id: string;
  corpusId: string;
  /** The page's address when it was kept. */
  url: string;
  /** When it was kept (ISO 8601). */
  takenAt: string;
  /** The article's paragraphs as the page showed them. */
  paragraphs: string[];
}

/** How an added article came in. */
export type AddedFrom = 'page' | 'saved-page' | 'pack';

/** An article the reader added, as the ingest pipeline compiled it (`article` is a CorpusArticle). */
export interface AddedArticleRecord {
  id: string;
  article: StoredCorpusArticle;
  addedAt: string;
  from: AddedFrom;
  /** The file it came from (a saved page or a pack), when there was one. */
  fileName?: string;
}

/**
 * The structured-clone shape of a compiled article as stored: the store only
 * relies on these fields; the rest (dates, dateline, language…) is kept as is.
 */
export interface StoredCorpusArticle {
  id: string;
  outlet: string;
  headline: string;
  text: string;
  paragraphs: string[];
  addresses: string[];
}

/** The added-articles recognition index's record for one article (opaque to the store). */
export interface AddedRecognitionRecord {
  id: string;
  record: unknown;
}

/** What was derived from an added article when it was added. */
export interface AddedDerivedRecord {
  id: string;
  /** Statements found in it (ShippedStatement[] without echoes, which depend on the rest of the corpus). */
  statements: unknown[];
  /**
   * Only on the records keyed "engine:<article id>" (ENGINE_PROFILE_PREFIX in corpus-store.ts): what the
   * cross-reference engine keeps of that article between worker lives (versioned; opaque to the store).
   */
  engineProfile?: unknown;
}

export type OverlayPreference = 'collapsed' | 'expanded' | 'dismissed';

/** What Sourcelight remembers per site (keyed by host without "www."). */
export interface SitePrefs {
  host: string;
  overlay: OverlayPreference;
  /** Whether the page shows the statements Sourcelight found (absent: shown). */
  statements?: 'shown' | 'hidden';
  modified: string;
}

export type StoreName = StoreNames<SourcelightDB>;
export type UpgradeTransaction = IDBPTransaction<SourcelightDB, StoreName[], 'versionchange'>;

export interface Migration {
  version: number;
  describe: string;
  run(db: IDBPDatabase<SourcelightDB>, tx: UpgradeTransaction): Promise<void> | void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    describe: 'annotations, own categories and statement seedings',
    run(db) {
      const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
      annotations.createIndex('pageUrl', 'pageUrl');
      annotations.createIndex('corpusId', 'corpusId');
      annotations.createIndex('modified', 'modified');
      db.createObjectStore('categories', { keyPath: 'id' });
      db.createObjectStore('statementSeedings', { keyPath: 'corpusId' });
    },
  },
  {
    version: 2,
    describe: 'layers: layers store, layerId index, existing annotations into the own layer',
    async run(db, tx) {
      const layers = db.createObjectStore('layers', { keyPath: 'id' });
      layers.put(OWN_LAYER);
      const annotations = tx.objectStore('annotations');
      annotations.createIndex('layerId', 'layerId');
      let cursor = await annotations.openCursor();
      while (cursor) {
        if (!cursor.value.layerId) await cursor.update({ ...cursor.value, layerId: OWN_LAYER_ID });
        cursor = await cursor.continue();
      }
    },
  },
  {
    version: 3,
    describe: 'site preferences for the overlay',
    run(db) {
      db.createObjectStore('sitePrefs', { keyPath: 'host' });
    },
  },
  {
    version: 4,
    describe: 'the reader\'s own corpus: added articles, their recognition records and derived data',
    run(db) {
      const articles = db.createObjectStore('addedArticles', { keyPath: 'id' });
      articles.createIndex('addedAt', 'addedAt');
      db.createObjectStore('addedRecognition', { keyPath: 'id' });
      db.createObjectStore('addedDerived', { keyPath: 'id' });
    },
  },
  {
    version: 5,
    describe: 'snapshots of an article as a page showed it, kept by the reader',
    run(db) {
      const snapshots = db.createObjectStore('snapshots', { keyPath: 'id' });
      snapshots.createIndex('corpusId', 'corpusId');
    },
  },
];

export const DB_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
