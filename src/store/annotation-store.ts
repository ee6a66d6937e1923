// The highlight store the background worker talks to. Every change is one
// IndexedDB transaction: a worker killed mid-write or a full disk leaves the
// change whole or absent, never half-written.

import type { IDBPTransaction } from 'idb';
import {
  type AnnotationPatch,
  type AnnotationRecord,
  byStoredStart,
  type Category,
  type Layer,
  type NewAnnotation,
  OWN_LAYER_ID,
  type StatementSeed,
} from './annotation.ts';

import {
  BUILTIN_CATEGORIES,
  BUILTIN_IDS,
  FALLBACK_CATEGORY_ID,
  isHexColor,
  meetsMarkerContrast,
  STATEMENT_CATEGORY_ID,
} from './categories.ts';
import { isQuotaError, StoreError, StoreFullError } from './errors.ts';
import { checkSelectors, checkText, cleanTags, LIMITS } from './field-rules.ts';
import { type OpenOptions, openSourcelightDb, type SourcelightDatabase } from './open-store.ts';
import { normalizePageUrl } from './page-key.ts';
import type { OverlayPreference, SitePrefs, SourcelightDB, StoreName } from './schema.ts';
import { inWriteTransaction } from './write-transaction.ts';

type WriteTx = IDBPTransaction<SourcelightDB, StoreName[], 'readwrite'>;

/** Preferences hold for a whole site: www.example.com and example.com are one. */
function siteKey(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

export interface StoreOptions extends OpenOptions {
  /** Clock, for tests. */
  now?: () => Date;
  /** Id maker, for tests. */
  newId?: () => string;
}

export interface PageQuery {
  pageUrl: string;
  corpusId?: string | null;
}

export interface StoreStats {
  annotations: number;
  reader: number;
  statements: number;
  hidden: number;
  deleted: number;
  pages: number;
  articles: number;
  ownCategories: number;
  layers: number;
}

export interface EnsureStatementsResult {
  /** True when this call was the article's first recognition. */
  firstRecognition: boolean;
  added: number;
}

/** What an import writes, prepared by import.ts; see `AnnotationStore.writeImport`. */
export interface ImportBatch {
  /** The layer new records go to, created only if at least one is added; null: the reader's own layer. */
  layer: Layer | null;
  categories: Category[];
  /** Records aimed at `layer` (their layerId is its id, or the own layer's). */
  records: AnnotationRecord[];
  /** Two records with the same key are the same highlight (same layer, target, quote and note). */
  duplicateKey(record: AnnotationRecord): string;
  /** Create `layer` even when nothing new arrives (a class set without prompts, an empty hand-in); kept if it exists, brought back if deleted. */
  keepEmptyLayer?: boolean;
  /**
   * A record whose id is stored already (in any layer) is added under a new id instead of changing the stored
   * one: a student's hand-in never changes the teacher's highlights or another hand-in (ids are the student's).
   */
  copyStoredIds?: boolean;
  /**
   * With `layer` null (a restore into the own layer): the layers a backup names. A record whose layerId is one of
   * them goes back to it (made if missing, brought back if deleted and awaiting its purge); the rest go to the own layer.
   */
  restoreLayers?: readonly Layer[];
}

export interface ImportOutcome {
  /** New highlights, in the target layer. */
  added: number;
  /** Ids already stored whose file copy was newer: changed in place, in the layer they live in. */
  updated: number;
  /** Ids already stored with the same content. */
  unchanged: number;
  /** Ids already stored with different content that is newer than the file's: kept as stored. */
  keptNewer: number;
  /** Same highlight as one already in the target layer (or earlier in the file), under another id. */
  duplicates: number;
  /** Everything not written: unchanged + keptNewer + duplicates. */
  skipped: number;
  /** The layer new highlights went to; null when nothing was added. */
  layerId: string | null;
  /** Of `added`, how many a restore put back in the other layers its file names (see `ImportBatch.restoreLayers`). */
  toFileLayers?: number;
}

/** The fields that make a highlight what it is; two copies equal in these are the same version. */
function sameContent(a: AnnotationRecord, b: AnnotationRecord): boolean {
  const content = (r: AnnotationRecord) =>
    JSON.stringify([r.origin, r.pageUrl, r.corpusId, r.selectors, r.categoryId, r.note, r.tags, r.statement ?? null, r.hidden]);
  return content(a) === content(b);
}

/**
 * What a purged record is overwritten with before it is deleted, so the
 * database's newest copy of it holds none of the reader's text.
 */
function blanked(record: AnnotationRecord): AnnotationRecord {
  const { statement: _s, ...rest } = record;
  return {
    ...rest,
    pageUrl: '',
    corpusId: null,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 0 },
    },
    note: '',
    tags: [],
  };
}

/** Id of a statement highlight: the same article and span give the same id everywhere. */
export function statementAnnotationId(corpusId: string, start: number, end: number): string {
  return `statement:${corpusId}:${start}-${end}`;
}

export class AnnotationStore {
  private constructor(
    private readonly db: SourcelightDatabase,
    private readonly now: () => Date,
    private readonly newId: () => string,
  ) {}

  static async open(factory: IDBFactory, options: StoreOptions = {}): Promise<AnnotationStore> {
    const db = await openSourcelightDb(factory, options);
    return new AnnotationStore(db, options.now ?? (() => new Date()), options.newId ?? (() => crypto.randomUUID()));
  }

  close(): void {
    this.db.close();
  }

  // ── annotations ─────────────────────────────────────────────────────────

  /**
   * Adds a reader highlight. With `id` (made by the client for one save) a
   * repeat of the same save returns the stored record instead of adding a
   * second one, so a client may retry when a reply was lost.
   */
  async add(input: NewAnnotation & { id?: string }): Promise<AnnotationRecord> {
    const at = this.timestamp();
    const record: AnnotationRecord = {
      id: input.id === undefined ? this.newId() : checkClientId(input.id),
      layerId: input.layerId ?? OWN_LAYER_ID,
      origin: 'reader',
      pageUrl: normalizePageUrl(input.pageUrl),
      corpusId: input.corpusId ?? null,
      selectors: checkSelectors(input.selectors),
      categoryId: input.categoryId ?? FALLBACK_CATEGORY_ID,
      note: checkText('The note', input.note ?? '', LIMITS.noteChars),
      tags: cleanTags(input.tags ?? []),
      hidden: false,
      created: at,
      modified: at,
    };
    if (record.corpusId !== null) checkText('The corpus id', record.corpusId, LIMITS.idChars);
    return this.write(['annotations', 'categories', 'layers'], async (tx) => {
      const stored = input.id === undefined ? undefined : await tx.objectStore('annotations').get(record.id);
      if (stored) {
        if (sameSave(stored, record)) return stored;
        throw new StoreError(`Another highlight already has the id "${record.id}".`);
      }
      await requireCategory(tx, record.categoryId);
      if (!(await tx.objectStore('layers').get(record.layerId))) {
        throw new StoreError(`There is no highlight layer "${record.layerId}".`);
      }
      await tx.objectStore('annotations').add(record);
      return record;
    });
  }

  async get(id: string): Promise<AnnotationRecord | undefined> {
    return this.db.get('annotations', id);
  }

  /** Edits a highlight; returns the new record and the one it replaced (for undo via `restoreVersion`). */
  async update(id: string, patch: AnnotationPatch): Promise<{ record: AnnotationRecord; previous: AnnotationRecord }> {
    const note = patch.note === undefined ? undefined : checkText('The note', patch.note, LIMITS.noteChars);
    const tags = patch.tags === undefined ? undefined : cleanTags(patch.tags);
    const removeTags = patch.removeTags === undefined ? [] : cleanTags(patch.removeTags);
    const addTags = patch.addTags === undefined ? [] : cleanTags(patch.addTags);
    const speaker = patch.statement?.speaker;
    if (typeof speaker === 'string') checkText('The speaker', speaker, LIMITS.speakerChars);
    return this.write(['annotations', 'categories'], async (tx) => {
      const previous = await getLive(tx, id);
      // A repeat of the same edit (a retry after a lost reply) finds its own note stored: not a conflict.
      if (patch.noteBase !== undefined && patch.noteBase !== previous.note && patch.note !== previous.note) {
        throw new StoreError('This note was changed elsewhere (in another tab or on the page) since this copy was loaded; nothing was saved. Reload to see it, then edit again.');
      }
      const record: AnnotationRecord = { ...previous, tags: [...previous.tags], modified: this.timestamp() };
      if (note !== undefined) record.note = note;
      if (tags !== undefined) record.tags = tags;
      if (removeTags.length > 0 || addTags.length > 0) {
        const off = new Set(removeTags.map((t) => t.toLowerCase()));
        record.tags = cleanTags([...record.tags.filter((t) => !off.has(t.toLowerCase())), ...addTags]);
      }
      if (patch.hidden !== undefined) record.hidden = Boolean(patch.hidden);
      if (patch.categoryId !== undefined) {
        await requireCategory(tx, patch.categoryId);
        record.categoryId = patch.categoryId;
      }
      if (patch.statement) {
        if (!previous.statement) throw new StoreError('Only statement highlights have a speaker and kind to correct.');
        const s = { ...previous.statement };
        if (patch.statement.kind !== undefined) {
          if (!['direct', 'partial', 'indirect'].includes(patch.statement.kind)) {
            throw new StoreError(`Unknown statement kind "${String(patch.statement.kind)}".`);
          }
          s.kind = patch.statement.kind;
        }
        if (patch.statement.speaker !== undefined) s.speaker = patch.statement.speaker?.trim() || null;
        if (patch.statement.anonymous !== undefined) s.anonymous = Boolean(patch.statement.anonymous);
        s.corrected = true;
        record.statement = s;
      }
      await tx.objectStore('annotations').put(record);
      return { record, previous };
    });
  }

  /** Undo of an edit: puts back the version `update` returned as `previous`. */
  async restoreVersion(previous: AnnotationRecord): Promise<AnnotationRecord> {
    return this.write(['annotations', 'categories'], async (tx) => {
      const current = await tx.objectStore('annotations').get(previous.id);
      if (!current) throw new StoreError('That highlight no longer exists; it cannot be restored to an earlier version.');
      await requireCategory(tx, previous.categoryId);
      const record: AnnotationRecord = { ...previous, modified: this.timestamp() };
      if (current.deletedAt) record.deletedAt = current.deletedAt;
      else delete record.deletedAt;
      await tx.objectStore('annotations').put(record);
      return record;
    });
  }

  /** Deletes a highlight so that `restore` can bring it back (undo). */
  async softDelete(id: string): Promise<AnnotationRecord> {
    return this.write(['annotations'], async (tx) => {
      const record = { ...(await getLive(tx, id)) };
      record.deletedAt = this.timestamp();
      record.modified = record.deletedAt;
      await tx.objectStore('annotations').put(record);
      return record;
    });
  }

  /** Undoes `softDelete`. */
  async restore(id: string): Promise<AnnotationRecord> {
    return this.write(['annotations'], async (tx) => {
      const found = await tx.objectStore('annotations').get(id);
      if (!found) throw new StoreError('That highlight was deleted for good and cannot be restored.');
      const record = { ...found, modified: this.timestamp() };
      delete record.deletedAt;
      await tx.objectStore('annotations').put(record);
      return record;
    });
  }

  /**
   * Deletes a highlight for good (no undo). With `onlyIfDeleted` (the undo
   * being dismissed) a highlight that is not soft-deleted (its delete was
   * undone meanwhile) is left alone. Returns whether a record went.
   */
  async purge(id: string, options: { onlyIfDeleted?: boolean } = {}): Promise<boolean> {
    return this.write(['annotations'], async (tx) => {
      const annotations = tx.objectStore('annotations');
      const found = await annotations.get(id);
      if (!found) return false;
      if (options.onlyIfDeleted && found.deletedAt === undefined) return false;
      await annotations.put(blanked(found));
      await annotations.delete(id);
      return true;
    });
  }

  /**
   * Deletes for good the highlights soft-deleted before `before`, and the layers
   * (with their highlights) deleted before it whose purge never came (the tab
   * offering their Undo was killed); returns how many highlights went.
   */
  async purgeDeleted(before: Date): Promise<number> {
    const cutoff = before.toISOString();
    let fromLayers = 0;
    for (const layer of await this.db.getAll('layers')) {
      if (layer.deletedAt !== undefined && layer.deletedAt < cutoff) fromLayers += (await this.removeLayer(layer.id, (l) => l.deletedAt !== undefined && l.deletedAt < cutoff)) ?? 0;
    }
    return fromLayers + (await this.write(['annotations'], async (tx) => {
      let purged = 0;
      let cursor = await tx.objectStore('annotations').openCursor();
      while (cursor) {
        const at = cursor.value.deletedAt;
        if (at !== undefined && at < cutoff) {
          await cursor.update(blanked(cursor.value));
          await cursor.delete();
          purged++;
        }
        cursor = await cursor.continue();
      }
      return purged;
    }));
  }

  /**
   * Highlights to show on a page, in text order. On a corpus article the
   * corpus id wins: highlights made on any address of the article come along,
   * and a highlight this address carries for another article does not.
   */
  async listForPage(query: PageQuery): Promise<AnnotationRecord[]> {
    const pageUrl = normalizePageUrl(query.pageUrl);
    const corpusId = query.corpusId ?? null;
    const tx = this.db.transaction('annotations');
    const store = tx.store;
    const [atAddress, ofArticle] = await Promise.all([
      store.index('pageUrl').getAll(pageUrl),
      corpusId === null ? Promise.resolve([]) : store.index('corpusId').getAll(corpusId),
    ]);
    const byId = new Map<string, AnnotationRecord>();
    for (const r of ofArticle) byId.set(r.id, r);
    for (const r of atAddress) {
      if (corpusId === null || r.corpusId === null || r.corpusId === corpusId) byId.set(r.id, r);
    }
    return [...byId.values()]
      .filter((r) => r.deletedAt === undefined)
      .sort(byStoredStart);
  }

  /** Every highlight, most recently changed first; soft-deleted ones only when asked. */
  async listAll(options: { includeDeleted?: boolean } = {}): Promise<AnnotationRecord[]> {
    const all = await this.db.getAllFromIndex('annotations', 'modified');
    const kept = options.includeDeleted ? all : all.filter((r) => r.deletedAt === undefined);
    return kept.reverse();
  }

  /**
   * Live highlights in key order, a page at a time (exports of any size):
   * up to `limit` records after the id `after`, and the id to continue from.
   */
  async listPage(options: { after?: string; limit: number }): Promise<{ records: AnnotationRecord[]; next: string | null }> {
    const range = options.after === undefined ? undefined : IDBKeyRange.lowerBound(options.after, true);
    const page = await this.db.getAll('annotations', range, options.limit);
    const next = page.length === options.limit ? page[page.length - 1]!.id : null;
    return { records: page.filter((r) => r.deletedAt === undefined), next };
  }

  async listLayer(layerId: string): Promise<AnnotationRecord[]> {
    const records = await this.db.getAllFromIndex('annotations', 'layerId', layerId);
    return records.filter((r) => r.deletedAt === undefined);
  }

  // ── statements ──────────────────────────────────────────────────────────

  /**
   * Stores a corpus article's statements as highlights the first time it is
   * recognised; later calls change nothing, so a statement the reader
   * corrected, hid or deleted stays as the reader left it.
   */
  async ensureStatements(corpusId: string, pageUrl: string, seeds: readonly StatementSeed[]): Promise<EnsureStatementsResult> {
    checkText('The corpus id', corpusId, LIMITS.idChars);
    if (!corpusId.trim()) throw new StoreError('A corpus id is needed to store statements.');
    const page = normalizePageUrl(pageUrl);
    const at = this.timestamp();
    const records: AnnotationRecord[] = seeds.map((seed) => {
      const selectors = checkSelectors(seed.selectors);
      if (seed.speaker !== null) checkText('The speaker', seed.speaker, LIMITS.speakerChars);
      return {
        id: statementAnnotationId(corpusId, selectors.position.start, selectors.position.end),
        layerId: OWN_LAYER_ID,
        origin: 'statement',
        pageUrl: page,
        corpusId,
        selectors,
        categoryId: STATEMENT_CATEGORY_ID,
        note: '',
        tags: [],
        statement: { kind: seed.kind, speaker: seed.speaker, anonymous: seed.anonymous, corrected: false },
        hidden: false,
        created: at,
        modified: at,
      };
    });
    return this.write(['annotations', 'statementSeedings'], async (tx) => {
      const seedings = tx.objectStore('statementSeedings');
      if (await seedings.get(corpusId)) return { firstRecognition: false, added: 0 };
      const annotations = tx.objectStore('annotations');
      let added = 0;
      for (const record of records) {
        // The same span twice in the list, or a copy imported earlier: keep the first.
        if (await annotations.get(record.id)) continue;
        await annotations.add(record);
        added++;
      }
      await seedings.put({ corpusId, pageUrl: page, at, count: added });
      return { firstRecognition: true, added };
    });
  }

  // ── categories ──────────────────────────────────────────────────────────

  /** Built-in categories first, then the reader's own by label. */
  async listCategories(): Promise<Category[]> {
    const own = await this.db.getAll('categories');
    own.sort((a, b) => a.label.localeCompare(b.label));
    return [...BUILTIN_CATEGORIES.map((c) => ({ ...c })), ...own];
  }

  async addCategory(input: { label: string; color: string }): Promise<Category> {
    const label = checkCategoryLabel(input.label);
    const color = checkCategoryColor(input.color);
    const category: Category = { id: `cat-${this.newId()}`, label, color, builtin: false };
    await this.write(['categories'], async (tx) => {
      await requireUniqueLabel(tx, label, null);
      await tx.objectStore('categories').add(category);
    });
    return category;
  }

  async updateCategory(id: string, patch: { label?: string; color?: string }): Promise<Category> {
    if (BUILTIN_IDS.has(id)) throw new StoreError('Built-in categories cannot be changed; make your own category instead.');
    const label = patch.label === undefined ? undefined : checkCategoryLabel(patch.label);
    const color = patch.color === undefined ? undefined : checkCategoryColor(patch.color);
    return this.write(['categories'], async (tx) => {
      const found = await tx.objectStore('categories').get(id);
      if (!found) throw new StoreError('That category does not exist.');
      const category = { ...found };
      if (label !== undefined) {
        await requireUniqueLabel(tx, label, id);
        category.label = label;
      }
      if (color !== undefined) category.color = color;
      await tx.objectStore('categories').put(category);
      return category;
    });
  }

  /** Deletes an own category, moving its highlights to `reassignTo`; returns how many moved. */
  async deleteCategory(id: string, options: { reassignTo?: string } = {}): Promise<number> {
    if (BUILTIN_IDS.has(id)) throw new StoreError('Built-in categories cannot be deleted.');
    const target = options.reassignTo ?? FALLBACK_CATEGORY_ID;
    if (target === id) throw new StoreError('Highlights cannot be moved to the category being deleted.');
    return this.write(['annotations', 'categories'], async (tx) => {
      if (!(await tx.objectStore('categories').get(id))) throw new StoreError('That category does not exist.');
      await requireCategory(tx, target);
      let moved = 0;
      const at = this.timestamp();
      let cursor = await tx.objectStore('annotations').openCursor();
      while (cursor) {
        if (cursor.value.categoryId === id) {
          await cursor.update({ ...cursor.value, categoryId: target, modified: at });
          moved++;
        }
        cursor = await cursor.continue();
      }
      await tx.objectStore('categories').delete(id);
      return moved;
    });
  }

  // ── layers ──────────────────────────────────────────────────────────────

  /** Layers, the own one first; a soft-deleted layer (awaiting undo or purge) only when asked for. */
  async listLayers(options: { includeDeleted?: boolean } = {}): Promise<Layer[]> {
    const layers = (await this.db.getAll('layers')).filter((l) => options.includeDeleted || l.deletedAt === undefined);
    return layers.sort((a, b) => (a.id === OWN_LAYER_ID ? -1 : b.id === OWN_LAYER_ID ? 1 : a.name.localeCompare(b.name)));
  }

  async renameLayer(id: string, name: string): Promise<Layer> {
    const clean = checkText('The layer name', name, LIMITS.labelChars * 2).trim();
    if (!clean) throw new StoreError('A layer needs a name.');
    return this.write(['layers'], async (tx) => {
      const found = await tx.objectStore('layers').get(id);
      if (!found) throw new StoreError('That layer does not exist.');
      const layer = { ...found, name: clean };
      await tx.objectStore('layers').put(layer);
      return layer;
    });
  }

  /** Shows or hides a layer on the page. */
  async setLayerHidden(id: string, hidden: boolean): Promise<Layer> {
    // The reader's own layer always shows: a new highlight must appear where it was made.
    if (id === OWN_LAYER_ID) throw new StoreError('Your own highlights are always shown.');
    return this.write(['layers'], async (tx) => {
      const found = await tx.objectStore('layers').get(id);
      if (!found || found.deletedAt !== undefined) throw new StoreError('That layer does not exist.');
      const layer = { ...found, hidden };
      await tx.objectStore('layers').put(layer);
      return layer;
    });
  }

  /**
   * Deletes a layer so that Undo can bring it back: it and its highlights are
   * left out everywhere until `restoreLayer` or `deleteLayer` (the purge).
   * Layers deleted before `purgeBefore` (their undo long gone) are purged now.
   */
  async softDeleteLayer(id: string, purgeBefore?: Date): Promise<Layer> {
    if (id === OWN_LAYER_ID) throw new StoreError('Your own highlights layer cannot be deleted.');
    const stale = purgeBefore
      ? (await this.db.getAll('layers')).filter((l) => l.deletedAt !== undefined && l.deletedAt < purgeBefore.toISOString())
      : [];
    const cutoff = purgeBefore?.toISOString() ?? '';
    for (const layer of stale) await this.removeLayer(layer.id, (l) => l.deletedAt !== undefined && l.deletedAt < cutoff);
    return this.write(['layers'], async (tx) => {
      const found = await tx.objectStore('layers').get(id);
      if (!found || found.deletedAt !== undefined) throw new StoreError('That layer does not exist.');
      const layer = { ...found, deletedAt: this.timestamp() };
      await tx.objectStore('layers').put(layer);
      return layer;
    });
  }

  /** Undoes softDeleteLayer. */
  async restoreLayer(id: string): Promise<Layer> {
    return this.write(['layers'], async (tx) => {
      const found = await tx.objectStore('layers').get(id);
      if (!found) throw new StoreError('That layer is deleted for good and cannot be restored.');
      const { deletedAt: _gone, ...layer } = found;
      await tx.objectStore('layers').put(layer);
      return layer;
    });
  }

  /** Deletes an imported layer and its highlights; returns how many highlights went. */
  async deleteLayer(id: string): Promise<number> {
    const removed = await this.removeLayer(id, () => true);
    if (removed === null) throw new StoreError('That layer does not exist.');
    return removed;
  }

  /**
   * The end of a layer's Undo: deletes it and its highlights only if it is still deleted, checked in the same
   * transaction, so an Undo that came first (another tab, the same moment) keeps it. Returns whether it went.
   */
  async purgeDeletedLayer(id: string): Promise<boolean> {
    return (await this.removeLayer(id, (l) => l.deletedAt !== undefined)) !== null;
  }

  /** Deletes a layer and its highlights if it exists and `still` holds for it (in the transaction); null if not. */
  private async removeLayer(id: string, still: (layer: Layer) => boolean): Promise<number | null> {
    if (id === OWN_LAYER_ID) throw new StoreError('Your own highlights layer cannot be deleted.');
    return this.write(['annotations', 'layers'], async (tx) => {
      const found = await tx.objectStore('layers').get(id);
      if (!found || !still(found)) return null;
      const keys = await tx.objectStore('annotations').index('layerId').getAllKeys(id);
      for (const key of keys) await tx.objectStore('annotations').delete(key);
      await tx.objectStore('layers').delete(id);
      return keys.length;
    });
  }

  // ── import and stats ────────────────────────────────────────────────────

  /**
   * Writes a prepared import in ONE transaction. A record whose id is stored
   * already is updated in place (in the layer it lives in) when the file's
   * copy is newer, kept when the stored one is newer, left when equal; a new
   * id is added to the batch's layer unless the same highlight is in that
   * layer (or earlier in the file) already. The batch's layer is created only
   * if something is added. Any failure writes nothing.
   */
  async writeImport(batch: ImportBatch): Promise<ImportOutcome> {
    const layerId = batch.layer?.id ?? OWN_LAYER_ID;
    const restoring = new Map((batch.layer ? [] : (batch.restoreLayers ?? [])).map((l) => [l.id, l]));
    const targetOf = (r: AnnotationRecord) => (restoring.has(r.layerId) ? r.layerId : layerId);
    return this.write(['annotations', 'categories', 'layers'], async (tx) => {
      const annotations = tx.objectStore('annotations');
      const storedIds = new Set(await annotations.getAllKeys());
      const seenKeys = new Set<string>();
      // A new layer holds nothing yet; the own layer (and a restored one that exists) may hold the same highlights already.
      if (!batch.layer) {
        const pages = new Set(batch.records.map((r) => r.pageUrl));
        const articles = new Set(batch.records.flatMap((r) => (r.corpusId === null ? [] : [r.corpusId])));
        const inLayer = (r: AnnotationRecord) => (r.layerId === layerId || restoring.has(r.layerId)) && r.deletedAt === undefined;
        for (const page of pages) {
          for (const r of await annotations.index('pageUrl').getAll(page)) if (inLayer(r)) seenKeys.add(batch.duplicateKey(r));
        }
        for (const article of articles) {
          for (const r of await annotations.index('corpusId').getAll(article)) if (inLayer(r)) seenKeys.add(batch.duplicateKey(r));
        }
      }
      const outcome: ImportOutcome = { added: 0, updated: 0, unchanged: 0, keptNewer: 0, duplicates: 0, skipped: 0, layerId: null };
      const fresh: AnnotationRecord[] = [];
      const updates: AnnotationRecord[] = [];
      const idsInFile = new Set<string>();
      /** Layers the file's highlights are (or go) in: a restore makes or brings back those it names. */
      const wanted = new Set<string>();
      for (const incoming of batch.records) {
        const record = { ...incoming, layerId: targetOf(incoming) };
        if (idsInFile.has(record.id)) {
          outcome.duplicates++;
          continue;
        }
        idsInFile.add(record.id);
        if (batch.copyStoredIds && storedIds.has(record.id)) record.id = this.newId();
        const stored = storedIds.has(record.id) ? await annotations.get(record.id) : undefined;
        if (stored) wanted.add(stored.layerId);
        if (stored && stored.deletedAt === undefined) {
          const inPlace = { ...record, layerId: stored.layerId };
          if (sameContent(stored, inPlace)) outcome.unchanged++;
          else if (record.modified > stored.modified) updates.push(inPlace);
          else outcome.keptNewer++;
          continue;
        }
        // A soft-deleted copy (awaiting its purge) is replaced: restoring a backup brings it back.
        const key = batch.duplicateKey(record);
        if (seenKeys.has(key)) {
          outcome.duplicates++;
          continue;
        }
        seenKeys.add(key);
        fresh.push(record);
      }
      outcome.added = fresh.length;
      const toFileLayers = fresh.filter((r) => r.layerId !== layerId).length;
      if (toFileLayers > 0) outcome.toFileLayers = toFileLayers;
      outcome.updated = updates.length;
      outcome.skipped = outcome.unchanged + outcome.keptNewer + outcome.duplicates;
      const storedLayer = batch.layer === null ? undefined : await tx.objectStore('layers').get(batch.layer.id);
      const layerExists = storedLayer !== undefined;
      if (batch.layer && batch.keepEmptyLayer) {
        if (!layerExists) await tx.objectStore('layers').add(batch.layer);
        else if (storedLayer.deletedAt !== undefined) {
          // Imported again while its delete awaits the purge: back in this same transaction, or the purge would take the new copy.
          const { deletedAt: _gone, ...back } = storedLayer;
          await tx.objectStore('layers').put(back);
        }
        outcome.layerId = layerId;
      }
      // The layers a restore puts highlights back in: made if missing, brought back if deleted (the backup holds them).
      for (const r of [...fresh, ...updates]) wanted.add(r.layerId);
      for (const [id, layer] of restoring) {
        if (!wanted.has(id)) continue;
        const existing = await tx.objectStore('layers').get(id);
        if (!existing) await tx.objectStore('layers').add(layer);
        else if (existing.deletedAt !== undefined) {
          const { deletedAt: _gone, ...back } = existing;
          await tx.objectStore('layers').put(back);
        }
      }
      if (fresh.length === 0 && updates.length === 0) return outcome;

      if (fresh.length > 0) {
        if (batch.layer) {
          if (!layerExists && !batch.keepEmptyLayer) await tx.objectStore('layers').add(batch.layer);
        }
        else if (!(await tx.objectStore('layers').get(layerId))) throw new StoreError('The own highlights layer is missing.');
        outcome.layerId = layerId;
      }
      const categories = tx.objectStore('categories');
      const known = new Set<string>([...BUILTIN_IDS, ...(await categories.getAllKeys())]);
      const used = new Set([...fresh, ...updates].map((r) => r.categoryId));
      for (const category of batch.categories) {
        if (known.has(category.id) || !used.has(category.id)) continue;
        await categories.add({ ...category, builtin: false });
        known.add(category.id);
      }
      for (const record of [...fresh, ...updates]) {
        if (!known.has(record.categoryId)) throw new StoreError(`There is no category "${record.categoryId}".`);
      }
      // Requests are queued without waiting for each answer: one round trip per record would make a large restore slow.
      const writes: Promise<unknown>[] = [];
      for (const record of [...fresh, ...updates]) {
        const write = annotations.put(record);
        write.catch(() => {}); // the first failure aborts the transaction and is reported below; the rest follow it
        writes.push(write);
      }
      await Promise.all(writes);
      return outcome;
    });
  }

  // ── site preferences ────────────────────────────────────────────────────

  async getSitePrefs(host: string): Promise<SitePrefs | null> {
    return (await this.db.get('sitePrefs', siteKey(host))) ?? null;
  }

  async setSitePrefs(host: string, overlay: OverlayPreference): Promise<SitePrefs> {
    return this.updateSitePrefs(host, { overlay });
  }

  /** Shows or hides the statements on the site's pages, keeping its other preferences. */
  async setStatementsShown(host: string, shown: boolean): Promise<SitePrefs> {
    return this.updateSitePrefs(host, { statements: shown ? 'shown' : 'hidden' });
  }

  private async updateSitePrefs(host: string, patch: Partial<Pick<SitePrefs, 'overlay' | 'statements'>>): Promise<SitePrefs> {
    return this.write(['sitePrefs'], async (tx) => {
      const store = tx.objectStore('sitePrefs');
      const stored = await store.get(siteKey(host));
      const prefs: SitePrefs = {
        host: siteKey(host),
        overlay: patch.overlay ?? stored?.overlay ?? 'collapsed',
        ...(patch.statements ?? stored?.statements ? { statements: patch.statements ?? stored!.statements! } : {}),
        modified: this.timestamp(),
      };
      await store.put(prefs);
      return prefs;
    });
  }

  async stats(): Promise<StoreStats> {
    const tx = this.db.transaction(['annotations', 'categories', 'layers']);
    const [all, ownCategories, layers] = await Promise.all([
      tx.objectStore('annotations').getAll(),
      tx.objectStore('categories').count(),
      tx.objectStore('layers').count(),
    ]);
    const live = all.filter((r) => r.deletedAt === undefined);
    return {
      annotations: live.length,
      reader: live.filter((r) => r.origin === 'reader').length,
      statements: live.filter((r) => r.origin === 'statement').length,
      hidden: live.filter((r) => r.hidden).length,
      deleted: all.length - live.length,
      pages: new Set(live.map((r) => r.pageUrl)).size,
      articles: new Set(live.flatMap((r) => (r.corpusId === null ? [] : [r.corpusId]))).size,
      ownCategories,
      layers,
    };
  }

  // ── plumbing ────────────────────────────────────────────────────────────

  private timestamp(): string {
    return this.now().toISOString();
  }

  /**
   * Runs `work` in one readwrite transaction. If it throws, the transaction is
   * aborted so no request it already made is committed; a quota failure
   * becomes a StoreFullError.
   */
  private async write<T>(stores: StoreName[], work: (tx: WriteTx) => Promise<T>): Promise<T> {
    return inWriteTransaction(this.db, stores, work, translate);
  }
}

async function getLive(tx: WriteTx, id: string): Promise<AnnotationRecord> {
  const record = await tx.objectStore('annotations').get(id);
  if (!record) throw new StoreError('That highlight does not exist (it may have been deleted for good).');
  if (record.deletedAt !== undefined) throw new StoreError('That highlight is deleted; restore it before editing.');
  return record;
}

async function requireCategory(tx: WriteTx, id: string): Promise<void> {
  if (BUILTIN_IDS.has(id)) return;
  if (!(await tx.objectStore('categories').get(id))) throw new StoreError(`There is no category "${id}".`);
}

async function requireUniqueLabel(tx: WriteTx, label: string, exceptId: string | null): Promise<void> {
  const lower = label.toLowerCase();
  const own = await tx.objectStore('categories').getAll();
  const clash = [...BUILTIN_CATEGORIES, ...own].find((c) => c.id !== exceptId && c.label.toLowerCase() === lower);
  if (clash) throw new StoreError(`A category named "${clash.label}" already exists.`);
}

function checkCategoryLabel(label: string): string {
  const clean = checkText('The category name', label, LIMITS.labelChars * 2).trim().replace(/\s+/g, ' ');
  if (!clean) throw new StoreError('A category needs a name.');
  if (clean.length > LIMITS.labelChars) {
    throw new StoreError(`The category name is too long (limit ${LIMITS.labelChars} characters).`);
  }
  return clean;
}

function checkCategoryColor(color: string): string {
  if (typeof color !== 'string' || !isHexColor(color)) throw new StoreError('A category colour must look like #1c7ed6.');
  const lower = color.toLowerCase();
  if (!meetsMarkerContrast(lower)) {
    throw new StoreError(
      `The colour ${lower} would be hard to see on light or dark pages; pick a mid-tone colour (contrast of at least 3:1 on both).`,
    );
  }
  return lower;
}

function translate(error: unknown): Error {
  if (isQuotaError(error)) return new StoreFullError(error);
  if (error instanceof Error && !(error instanceof DOMException)) return error;
  const name = (error as { name?: string } | null)?.name ?? 'Error';
  const message = (error as { message?: string } | null)?.message ?? String(error);
  return new StoreError(`The highlight store refused the change (${name}: ${message}). Nothing was changed.`, {
    cause: error,
  });
}

function checkClientId(id: string): string {
  if (typeof id !== 'string' || !/^[\w:.-]{1,300}$/.test(id)) {
    throw new StoreError('A highlight id must be 1 to 300 letters, digits, "-", "_", ":" or ".".');
  }
  return id;
}

/** Whether a stored record is what one save of `wanted` wrote (a repeat of that save, not another highlight). */
function sameSave(stored: AnnotationRecord, wanted: AnnotationRecord): boolean {
  const content = (r: AnnotationRecord) =>
    JSON.stringify([r.origin, r.layerId, r.pageUrl, r.corpusId, r.selectors, r.categoryId, r.note, r.tags]);
  return content(stored) === content(wanted);
}
