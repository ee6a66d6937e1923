// The added-articles store: schema v4 reached from v3 without losing anything,
// batches written whole or not at all (a full disk included), duplicates
// reported, removal that leaves the reader's highlights alone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnnotationStore } from '../../../src/store/annotation-store.ts';
import { CorpusStore, type NewAddedArticle } from '../../../src/store/corpus-store.ts';
import { StoreFullError } from '../../../src/store/errors.ts';
import { openSourcelightDb, type SourcelightDatabase } from '../../../src/store/open-store.ts';
import type { StoredCorpusArticle } from '../../../src/store/schema.ts';
import { freshFactory, LAVROV, LAVROV_URL, sel, steppingClock } from './helpers.ts';

const opened: { close(): void }[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const o of opened.splice(0)) o.close();
});

function article(n: number): StoredCorpusArticle {
  const paragraphs = [`Paragraph one of article ${n}.`, `Paragraph two of article ${n}.`];
  return {
    id: `added-${n}`,
    outlet: 'nato',
    headline: `Headline ${n}`,
    paragraphs,
    text: paragraphs.join('\n\n'),
    addresses: [`https://www.nato.int/news/${n}.htm`],
  };
}

function entry(n: number): NewAddedArticle {
  return { article: article(n), from: 'pack', fileName: 'pack.jsonl', recognition: { shingles: [n, n + 1] }, statements: [{ text: `s${n}` }] };
}

async function openCorpus(factory = freshFactory()): Promise<CorpusStore> {
  const store = await CorpusStore.open(factory, { now: steppingClock() });
  opened.push(store);
  return store;
}

describe('schema v4', () => {
  it('upgrades a v3 database with highlights, layers, categories and site preferences, losing nothing', async () => {
    const factory = freshFactory();
    const v3: SourcelightDatabase = await openSourcelightDb(factory, { version: 3 });
    const tx = v3.transaction(['annotations', 'categories', 'layers', 'sitePrefs', 'statementSeedings'], 'readwrite');
    const record = {
      id: 'a1', origin: 'reader', layerId: 'own', pageUrl: LAVROV_URL, corpusId: LAVROV, selectors: sel('quote a1', 5),
      categoryId: 'claim', note: 'my note', tags: ['t'], hidden: false, created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z',
    };
    await tx.objectStore('annotations').put(record as never);
    await tx.objectStore('categories').put({ id: 'cat-mine', label: 'Mine', color: '#d6336c', builtin: false } as never);
    await tx.objectStore('layers').put({ id: 'layer-t', name: 'Teacher', created: '2024-01-01T00:00:00.000Z' } as never);
    await tx.objectStore('sitePrefs').put({ host: 'reuters.com', overlay: 'dismissed', modified: '2024-01-01T00:00:00.000Z' });
    await tx.objectStore('statementSeedings').put({ corpusId: LAVROV, pageUrl: LAVROV_URL, at: '2024-01-01T00:00:00.000Z', count: 3 });
    await tx.done;
    v3.close();

    const corpus = await openCorpus(factory);
    expect(await corpus.count()).toBe(0);
    const annotations = await AnnotationStore.open(factory);
    opened.push(annotations);
    expect(await annotations.listAll()).toEqual([record]);
    expect((await annotations.listCategories()).some((c) => c.id === 'cat-mine')).toBe(true);
    expect((await annotations.listLayers()).map((l) => l.id)).toContain('layer-t');
    expect((await annotations.getSitePrefs('reuters.com'))?.overlay).toBe('dismissed');
    const db = await openSourcelightDb(factory);
    opened.push(db);
    expect(db.version).toBeGreaterThanOrEqual(4); // later versions add stores (v5: snapshots)
    expect(await db.get('statementSeedings', LAVROV)).toMatchObject({ count: 3 });
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['addedArticles', 'addedRecognition', 'addedDerived']));
  });
});

describe('CorpusStore', () => {
  it('stores a batch with its recognition records and statements, and loads them back', async () => {
    const store = await openCorpus();
    const outcome = await store.addBatch([entry(1), entry(2)]);
    expect(outcome.added.map((r) => r.id)).toEqual(['added-1', 'added-2']);
    expect(outcome.duplicates).toEqual([]);
    const all = await store.loadAll();
    expect(all.articles.map((r) => r.article.headline)).toEqual(['Headline 1', 'Headline 2']);
    expect(all.recognition.get('added-2')).toEqual({ shingles: [2, 3] });
    expect(all.derived.get('added-1')?.statements).toEqual([{ text: 's1' }]);
    expect(all.articles[0]).toMatchObject({ from: 'pack', fileName: 'pack.jsonl' });
  });

  it('reports an article already stored, or given twice, as a duplicate and stores it once', async () => {
    const store = await openCorpus();
    await store.addBatch([entry(1)]);
    const outcome = await store.addBatch([entry(1), entry(3), entry(3)]);
    expect(outcome.added.map((r) => r.id)).toEqual(['added-3']);
    expect(outcome.duplicates.map((d) => d.id)).toEqual(['added-1', 'added-3']);
    expect(outcome.duplicates[0]).toMatchObject({ url: 'https://www.nato.int/news/1.htm', headline: 'Headline 1' });
    expect(await store.count()).toBe(2);
  });

  it('writes nothing of a batch when the disk fills up part-way (QuotaExceededError → StoreFullError)', async () => {
    const store = await openCorpus();
    await store.addBatch([entry(1)]);
    const realPut = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      calls++;
      if (calls === 5) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const failure = store.addBatch([entry(2), entry(3)]);
    await expect(failure).rejects.toThrow(StoreFullError);
    await expect(failure).rejects.toThrow(/storage for the extension is full\. Nothing was added/);
    expect(calls).toBe(5); // article 2 and part of article 3 had been written inside the transaction
    vi.restoreAllMocks();
    const all = await store.loadAll();
    expect(all.articles.map((r) => r.id)).toEqual(['added-1']);
    expect([...all.recognition.keys()]).toEqual(['added-1']);
    expect([...all.derived.keys()]).toEqual(['added-1']);
  });

  it('removes an article and its derived data, never the highlights on its page', async () => {
    const factory = freshFactory();
    const store = await openCorpus(factory);
    await store.addBatch([entry(1), entry(2)]);
    const annotations = await AnnotationStore.open(factory);
    opened.push(annotations);
    const highlight = await annotations.add({ pageUrl: 'https://nato.int/news/1.htm', corpusId: 'added-1', selectors: sel('Paragraph one', 0) });
    expect((await store.remove('added-1')).article.headline).toBe('Headline 1');
    const all = await store.loadAll();
    expect(all.articles.map((r) => r.id)).toEqual(['added-2']);
    expect(all.recognition.has('added-1')).toBe(false);
    expect(all.derived.has('added-1')).toBe(false);
    expect((await annotations.listForPage({ pageUrl: 'https://nato.int/news/1.htm', corpusId: null })).map((r) => r.id)).toEqual([highlight.id]);
    await expect(store.remove('added-1')).rejects.toThrow(/No added article has the id "added-1"/);
  });
});
