import { afterEach, describe, expect, it } from 'vitest';
import { OWN_LAYER_ID } from '../../../src/store/annotation.ts';
import { AnnotationStore } from '../../../src/store/annotation-store.ts';
import { openSourcelightDb, type SourcelightDatabase } from '../../../src/store/open-store.ts';
import { DB_VERSION, MIGRATIONS } from '../../../src/store/schema.ts';
import { freshFactory, LAVROV, LAVROV_URL, sel } from './helpers.ts';

let db: SourcelightDatabase | undefined;
let store: AnnotationStore | undefined;
afterEach(() => {
  db?.close();
  store?.close();
});

// A v1 record: no layerId (layers came with v2).
function v1Record(id: string, pageUrl: string, corpusId: string | null) {
  return {
    id, origin: 'reader', pageUrl, corpusId, selectors: sel(`quote ${id}`, 5), categoryId: 'claim', note: `note ${id}`,
    tags: [], hidden: false, created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z',
  };
}

describe('schema migrations', () => {
  it('lists versions 1..current in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  it('upgrades a v1 database with data to the current version without losing anything', async () => {
    const factory = freshFactory();
    db = await openSourcelightDb(factory, { version: 1 });
    expect([...db.objectStoreNames].sort()).toEqual(['annotations', 'categories', 'statementSeedings']);
    const tx = db.transaction(['annotations', 'categories'], 'readwrite');
    // biome-ignore lint/suspicious/noExplicitAny: writing the old record shape on purpose
    const annotations = tx.objectStore('annotations') as any;
    await annotations.put(v1Record('a1', LAVROV_URL, LAVROV));
    await annotations.put(v1Record('a2', 'https://example.com/page', null));
    await tx.objectStore('categories').put({ id: 'cat-mine', label: 'Mine', color: '#d6336c', builtin: false });
    await tx.done;
    db.close();
    db = undefined;

    store = await AnnotationStore.open(factory);
    const all = await store.listAll();
    expect(all.map((r) => r.id).sort()).toEqual(['a1', 'a2']);
    expect(all.every((r) => r.layerId === OWN_LAYER_ID)).toBe(true);
    expect(await store.listLayer(OWN_LAYER_ID)).toHaveLength(2); // the new index is filled
    expect((await store.listLayers()).map((l) => l.id)).toEqual([OWN_LAYER_ID]);
    expect((await store.listCategories()).some((c) => c.id === 'cat-mine')).toBe(true);
    expect((await store.listForPage({ pageUrl: LAVROV_URL, corpusId: LAVROV }))[0]?.note).toBe('note a1');
  });

  it('keeps the old database when a migration fails', async () => {
    const factory = freshFactory();
    db = await openSourcelightDb(factory, { version: 1 });
    const tx = db.transaction('annotations', 'readwrite');
    await tx.store.put(v1Record('a1', LAVROV_URL, LAVROV) as never);
    await tx.done;
    db.close();
    db = undefined;
    const step = MIGRATIONS[1]!;
    const original = step.run;
    // The v2 step does its work, then fails: none of that work may survive.
    (step as { run: typeof original }).run = async (d, t) => {
      await original(d, t);
      throw new Error('boom in migration');
    };
    try {
      await expect(openSourcelightDb(factory)).rejects.toThrow(/upgrading the highlight store: Error: boom in migration/);
    } finally {
      (step as { run: typeof original }).run = original;
    }
    db = await openSourcelightDb(factory, { version: 1 });
    expect(db.version).toBe(1);
    expect([...db.objectStoreNames]).not.toContain('layers');
    expect(await db.get('annotations', 'a1')).toMatchObject({ note: 'note a1' });
  });
});
