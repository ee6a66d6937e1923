// Snapshots (issue #17, "Keep this version"): schema v5 reached from v4 with
// nothing stored lost; snapshots kept, listed oldest first, not duplicated,
// throttled for a page that keeps changing, refused whole when too large.
import { afterEach, describe, expect, it } from 'vitest';
import { AnnotationStore } from '../../../src/store/annotation-store.ts';
import { CorpusStore } from '../../../src/store/corpus-store.ts';
import { openSourcelightDb, type SourcelightDatabase } from '../../../src/store/open-store.ts';
import { DB_VERSION } from '../../../src/store/schema.ts';
import { MAX_SNAPSHOT_CHARS, MIN_SNAPSHOT_INTERVAL_MS, SnapshotStore } from '../../../src/store/snapshot-store.ts';
import { freshFactory, LAVROV, LAVROV_URL, sel } from './helpers.ts';

const opened: { close(): void }[] = [];
afterEach(() => {
  for (const o of opened.splice(0)) o.close();
});

function clock(start = '2026-12-01T10:00:00.000Z') {
  let t = Date.parse(start);
  const now = () => new Date(t);
  return { now, advance: (ms: number) => (t += ms) };
}

async function openSnapshots(factory = freshFactory(), now?: () => Date): Promise<SnapshotStore> {
  const store = await SnapshotStore.open(factory, now ? { now } : {});
  opened.push(store);
  return store;
}

describe('schema v5', () => {
  it('upgrades a v4 database with highlights, added articles and site preferences, losing nothing', async () => {
    const factory = freshFactory();
    const v4: SourcelightDatabase = await openSourcelightDb(factory, { version: 4 });
    const tx = v4.transaction(['annotations', 'sitePrefs', 'statementSeedings', 'addedArticles', 'addedRecognition', 'addedDerived'], 'readwrite');
    const record = {
      id: 'a1', origin: 'reader', layerId: 'own', pageUrl: LAVROV_URL, corpusId: LAVROV, selectors: sel('quote a1', 5),
      categoryId: 'claim', note: 'my note', tags: ['t'], hidden: false, created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z',
    };
    await tx.objectStore('annotations').put(record as never);
    await tx.objectStore('sitePrefs').put({ host: 'reuters.com', overlay: 'dismissed', modified: '2024-01-01T00:00:00.000Z' });
    await tx.objectStore('statementSeedings').put({ corpusId: LAVROV, pageUrl: LAVROV_URL, at: '2024-01-01T00:00:00.000Z', count: 3 });
    const article = { id: 'added-1', outlet: 'interfax', headline: 'H', text: 'P one.\n\nP two.', paragraphs: ['P one.', 'P two.'], addresses: ['https://example.org/1'] };
    await tx.objectStore('addedArticles').put({ id: 'added-1', article, addedAt: '2024-02-01T00:00:00.000Z', from: 'page' });
    await tx.objectStore('addedRecognition').put({ id: 'added-1', record: { shingles: [1] } });
    await tx.objectStore('addedDerived').put({ id: 'added-1', statements: [{ text: 's' }] });
    await tx.done;
    v4.close();

    const snapshots = await openSnapshots(factory);
    expect(await snapshots.list(LAVROV)).toEqual([]);
    const annotations = await AnnotationStore.open(factory);
    opened.push(annotations);
    expect(await annotations.listAll()).toEqual([record]);
    expect((await annotations.getSitePrefs('reuters.com'))?.overlay).toBe('dismissed');
    const corpus = await CorpusStore.open(factory);
    opened.push(corpus);
    const stored = await corpus.loadAll();
    expect(stored.articles).toEqual([{ id: 'added-1', article, addedAt: '2024-02-01T00:00:00.000Z', from: 'page' }]);
    expect(stored.recognition.get('added-1')).toEqual({ shingles: [1] });
    expect(stored.derived.get('added-1')?.statements).toEqual([{ text: 's' }]);
    const db = await openSourcelightDb(factory);
    opened.push(db);
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(5);
    expect(await db.get('statementSeedings', LAVROV)).toMatchObject({ count: 3 });
  });
});

describe('SnapshotStore', () => {
  it('keeps versions with their date and address, lists them oldest first, per article', async () => {
    const c = clock();
    const store = await openSnapshots(freshFactory(), c.now);
    const first = await store.add({ corpusId: LAVROV, url: LAVROV_URL, paragraphs: ['One.', '  Two.  ', ''] });
    expect(first.stored).toBe(true);
    expect(first.snapshot).toMatchObject({ corpusId: LAVROV, url: LAVROV_URL, takenAt: '2026-12-01T10:00:00.000Z', paragraphs: ['One.', 'Two.'] });
    c.advance(60_000);
    const second = await store.add({ corpusId: LAVROV, url: `${LAVROV_URL}?amp`, paragraphs: ['One.', 'Two, edited.'] });
    await store.add({ corpusId: 'other', url: 'https://reuters.screenocean.com/record/741340', paragraphs: ['Else.'] });
    expect((await store.list(LAVROV)).map((s) => s.id)).toEqual([first.snapshot.id, second.snapshot.id]);
    expect(await store.get(second.snapshot.id)).toEqual(second.snapshot);
    await store.remove(first.snapshot.id);
    expect((await store.list(LAVROV)).map((s) => s.id)).toEqual([second.snapshot.id]);
    await expect(store.remove(first.snapshot.id)).rejects.toThrow(/No kept version has the id/);
  });

  it('does not store the same text twice, and spaces snapshots of a page that keeps changing', async () => {
    const c = clock();
    const store = await openSnapshots(freshFactory(), c.now);
    const first = await store.add({ corpusId: LAVROV, url: LAVROV_URL, paragraphs: ['Live 1.'] });
    c.advance(1_000);
    const again = await store.add({ corpusId: LAVROV, url: LAVROV_URL, paragraphs: ['Live 1.'] });
    expect(again).toEqual({ snapshot: first.snapshot, stored: false });
    await expect(store.add({ corpusId: LAVROV, url: LAVROV_URL, paragraphs: ['Live 2.'] })).rejects.toThrow(/less than 5 seconds ago/);
    c.advance(MIN_SNAPSHOT_INTERVAL_MS);
    expect((await store.add({ corpusId: LAVROV, url: LAVROV_URL, paragraphs: ['Live 2.'] })).stored).toBe(true);
    expect(await store.list(LAVROV)).toHaveLength(2);
  });

  it('refuses an empty or oversized version with a clear error and stores nothing', async () => {
    const store = await openSnapshots();
    await expect(store.add({ corpusId: LAVROV, url: LAVROV_URL, paragraphs: [' ', ''] })).rejects.toThrow(/no text to keep/);
    const huge = Array.from({ length: 3 }, () => 'x'.repeat(MAX_SNAPSHOT_CHARS / 2));
    await expect(store.add({ corpusId: LAVROV, url: LAVROV_URL, paragraphs: huge })).rejects.toThrow(/over the 2,000,000 a snapshot keeps/);
    expect(await store.list(LAVROV)).toEqual([]);
  });
});
