// Snapshots of an article's text as a page showed it, kept only when the
// reader asks ("Keep this version" in the panel's Changes tab): the history of
// one article, each one comparable with the page. A page that keeps changing
// (a live blog) cannot fill the store: a snapshot equal to the latest one is
// not stored again, and snapshots of one article are spaced by at least
// MIN_SNAPSHOT_INTERVAL_MS and capped at MAX_SNAPSHOTS_PER_ARTICLE.
import { isQuotaError, StoreError, StoreFullError } from './errors.ts';
import { type OpenOptions, openSourcelightDb, type SourcelightDatabase } from './open-store.ts';
import type { SnapshotRecord } from './schema.ts';
import { inWriteTransaction } from './write-transaction.ts';

export const MIN_SNAPSHOT_INTERVAL_MS = 5_000;
export const MAX_SNAPSHOTS_PER_ARTICLE = 200;
/** Characters of text one snapshot holds at most (the article, not the page). */
export const MAX_SNAPSHOT_CHARS = 2_000_000;

export interface SnapshotStoreOptions extends OpenOptions {
  now?: () => Date;
}

export interface NewSnapshot {
  corpusId: string;
  url: string;
  paragraphs: string[];
}

/** What `add` did: stored a new snapshot, or found the latest one already holds this text. */
export interface SnapshotOutcome {
  snapshot: SnapshotRecord;
  stored: boolean;
}

export class SnapshotStore {
  private constructor(
    private readonly db: SourcelightDatabase,
    private readonly now: () => Date,
  ) {}

  static async open(factory: IDBFactory, options: SnapshotStoreOptions = {}): Promise<SnapshotStore> {
    return new SnapshotStore(await openSourcelightDb(factory, options), options.now ?? (() => new Date()));
  }

  close(): void {
    this.db.close();
  }

  async add(entry: NewSnapshot): Promise<SnapshotOutcome> {
    const paragraphs = entry.paragraphs.map((p) => p.trim()).filter((p) => p.length > 0);
    if (paragraphs.length === 0) throw new StoreError('This version has no text to keep; nothing was stored.');
    const chars = paragraphs.reduce((n, p) => n + p.length, 0);
    if (chars > MAX_SNAPSHOT_CHARS) {
      throw new StoreError(`This version is ${chars.toLocaleString('en')} characters long, over the ${MAX_SNAPSHOT_CHARS.toLocaleString('en')} a snapshot keeps; nothing was stored.`);
    }
    const now = this.now();
    return inWriteTransaction(
      this.db,
      ['snapshots'],
      async (tx) => {
        const earlier = await tx.objectStore('snapshots').index('corpusId').getAll(entry.corpusId);
        earlier.sort((a: SnapshotRecord, b: SnapshotRecord) => a.takenAt.localeCompare(b.takenAt));
        const latest = earlier.at(-1);
        if (latest && sameText(latest.paragraphs, paragraphs)) return { snapshot: latest, stored: false };
        if (latest && now.getTime() - Date.parse(latest.takenAt) < MIN_SNAPSHOT_INTERVAL_MS) {
          throw new StoreError(`A version of this article was kept less than ${MIN_SNAPSHOT_INTERVAL_MS / 1000} seconds ago; try again in a moment.`);
        }
        if (earlier.length >= MAX_SNAPSHOTS_PER_ARTICLE) {
          throw new StoreError(`This article already has ${MAX_SNAPSHOTS_PER_ARTICLE} kept versions; remove some before keeping another.`);
        }
        const snapshot: SnapshotRecord = {
          id: `snapshot-${now.getTime().toString(36)}-${randomPart()}`,
          corpusId: entry.corpusId,
          url: entry.url,
          takenAt: now.toISOString(),
          paragraphs,
        };
        await tx.objectStore('snapshots').put(snapshot);
        return { snapshot, stored: true };
      },
      translate,
    );
  }

  /** An article's snapshots, oldest first. */
  async list(corpusId: string): Promise<SnapshotRecord[]> {
    const all = await this.db.getAllFromIndex('snapshots', 'corpusId', corpusId);
    return all.sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  }

  async get(id: string): Promise<SnapshotRecord | undefined> {
    return this.db.get('snapshots', id);
  }

  async remove(id: string): Promise<void> {
    await inWriteTransaction(
      this.db,
      ['snapshots'],
      async (tx) => {
        if ((await tx.objectStore('snapshots').getKey(id)) === undefined) throw new StoreError(`No kept version has the id "${id}".`);
        await tx.objectStore('snapshots').delete(id);
      },
      translate,
    );
  }
}

function sameText(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

function randomPart(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');
}

function translate(error: unknown): Error {
  if (isQuotaError(error)) {
    const full = new StoreFullError(error);
    full.message = 'Sourcelight could not keep this version: the browser says storage for the extension is full. Nothing was stored.';
    return full;
  }
  if (error instanceof Error && !(error instanceof DOMException)) return error;
  const name = (error as { name?: string } | null)?.name ?? 'Error';
  const message = (error as { message?: string } | null)?.message ?? String(error);
  return new StoreError(`The snapshot store refused the change (${name}: ${message}). Nothing was changed.`, { cause: error });
}
