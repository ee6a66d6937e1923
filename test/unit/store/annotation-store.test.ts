import { afterEach, describe, expect, it } from 'vitest';
import { OWN_LAYER_ID } from '../../../src/store/annotation.ts';
import type { AnnotationStore } from '../../../src/store/annotation-store.ts';
import { StoreError } from '../../../src/store/errors.ts';
import { LAVROV, LAVROV_URL, LAVROV_URL_2, openTestStore, sel } from './helpers.ts';

let store: AnnotationStore | undefined;
afterEach(() => store?.close());

describe('AnnotationStore: reader highlights', () => {
  it('adds, reads back, edits and lists a highlight with a normalised page key', async () => {
    store = await openTestStore();
    const added = await store.add({
      pageUrl: 'https://www.Example.com/news/story/?utm_source=x#top',
      selectors: sel('NATO relations', 10),
      categoryId: 'claim',
      note: 'Check this',
      tags: ['nato', ' NATO ', 'russia'],
    });
    expect(added.pageUrl).toBe('https://example.com/news/story');
    expect(added.tags).toEqual(['nato', 'russia']);
    expect(added.layerId).toBe(OWN_LAYER_ID);
    expect(await store.get(added.id)).toEqual(added);

    const { record, previous } = await store.update(added.id, { note: 'Checked: true', categoryId: 'evidence', tags: ['x'] });
    expect(record.note).toBe('Checked: true');
    expect(record.categoryId).toBe('evidence');
    expect(record.modified > previous.modified).toBe(true);
    expect(previous.note).toBe('Check this');

    const listed = await store.listForPage({ pageUrl: 'http://example.com/news/story' });
    expect(listed.map((r) => r.id)).toEqual([added.id]);
    expect(listed[0]?.note).toBe('Checked: true');
  });

  it('undoes an edit with restoreVersion and a delete with restore', async () => {
    store = await openTestStore();
    const a = await store.add({ pageUrl: 'https://example.com/a', selectors: sel('quoted words', 3), note: 'first' });
    const { previous } = await store.update(a.id, { note: 'second', hidden: true });
    const undone = await store.restoreVersion(previous);
    expect(undone.note).toBe('first');
    expect(undone.hidden).toBe(false);

    await store.softDelete(a.id);
    expect(await store.listForPage({ pageUrl: 'https://example.com/a' })).toEqual([]);
    expect(await store.listAll()).toEqual([]);
    expect((await store.listAll({ includeDeleted: true })).map((r) => r.id)).toEqual([a.id]);
    await expect(store.update(a.id, { note: 'x' })).rejects.toThrow(/deleted; restore it/);

    const restored = await store.restore(a.id);
    expect(restored.deletedAt).toBeUndefined();
    expect((await store.listForPage({ pageUrl: 'https://example.com/a' })).map((r) => r.note)).toEqual(['first']);

    await store.purge(a.id);
    expect(await store.get(a.id)).toBeUndefined();
    await expect(store.restore(a.id)).rejects.toThrow(/deleted for good/);
  });

  it('purges only highlights deleted before the cut-off', async () => {
    store = await openTestStore();
    const a = await store.add({ pageUrl: 'https://example.com/a', selectors: sel('one', 0) });
    const b = await store.add({ pageUrl: 'https://example.com/a', selectors: sel('two', 10) });
    const deletedA = await store.softDelete(a.id);
    await store.softDelete(b.id);
    const purged = await store.purgeDeleted(new Date(Date.parse(deletedA.deletedAt!) + 500));
    expect(purged).toBe(1);
    expect(await store.get(a.id)).toBeUndefined();
    expect(await store.get(b.id)).toBeDefined();
  });

  it('refuses bad input with a clear message and stores nothing', async () => {
    store = await openTestStore();
    await expect(store.add({ pageUrl: 'javascript:alert(1)', selectors: sel('x', 0) })).rejects.toThrow(/web pages only/);
    await expect(store.add({ pageUrl: 'https://e.com/', selectors: sel('   ', 0) })).rejects.toThrow(/quoted text is empty/);
    await expect(
      store.add({ pageUrl: 'https://e.com/', selectors: { ...sel('x', 0), position: { type: 'TextPositionSelector', start: 5, end: 2 } } }),
    ).rejects.toThrow(/not a valid range/);
    await expect(store.add({ pageUrl: 'https://e.com/', selectors: sel('x', 0), categoryId: 'nope' })).rejects.toThrow(
      /no category "nope"/,
    );
    await expect(store.add({ pageUrl: 'https://e.com/', selectors: sel('x', 0), note: 'n'.repeat(20_001) })).rejects.toThrow(
      /too long/,
    );
    await expect(store.add({ pageUrl: 'https://e.com/', selectors: sel('x', 0), layerId: 'ghost' })).rejects.toThrow(StoreError);
    expect((await store.stats()).annotations).toBe(0);
  });

  it('lists by corpus id so another address of the same article shows the same highlights', async () => {
    store = await openTestStore();
    const onFirst = await store.add({ pageUrl: LAVROV_URL, corpusId: LAVROV, selectors: sel('not frozen', 40) });
    // Made before the page was recognised: keyed to the address only.
    const plain = await store.add({ pageUrl: LAVROV_URL_2, selectors: sel('Lavrov', 5) });
    // The same address once carried another article (recognition changed): corpus id wins.
    await store.add({ pageUrl: LAVROV_URL_2, corpusId: 'some-other-article', selectors: sel('other', 1) });
    await store.add({ pageUrl: 'https://example.com/unrelated', selectors: sel('unrelated', 1) });

    const onSecond = await store.listForPage({ pageUrl: `${LAVROV_URL_2}?utm_medium=social`, corpusId: LAVROV });
    expect(onSecond.map((r) => r.id)).toEqual([plain.id, onFirst.id]); // text order
    const unrecognised = await store.listForPage({ pageUrl: LAVROV_URL_2 });
    expect(unrecognised).toHaveLength(2);
    expect(unrecognised.map((r) => r.id)).not.toContain(onFirst.id);
  });
});

describe('AnnotationStore: statements', () => {
  const seeds = [
    { selectors: sel('“Relations are not frozen,”', 100), kind: 'direct' as const, speaker: 'Sergei Lavrov', anonymous: false },
    { selectors: sel('a source said', 300), kind: 'indirect' as const, speaker: null, anonymous: true },
  ];

  it('stores statements on first recognition only and keeps corrections and deletions', async () => {
    store = await openTestStore();
    const first = await store.ensureStatements(LAVROV, LAVROV_URL, seeds);
    expect(first).toEqual({ firstRecognition: true, added: 2 });
    const listed = await store.listForPage({ pageUrl: LAVROV_URL_2, corpusId: LAVROV });
    expect(listed.map((r) => r.origin)).toEqual(['statement', 'statement']);
    expect(listed[0]?.categoryId).toBe('statement');

    const direct = listed[0]!;
    const { record } = await store.update(direct.id, { statement: { speaker: 'Lavrov', kind: 'partial' } });
    expect(record.statement).toEqual({ kind: 'partial', speaker: 'Lavrov', anonymous: false, corrected: true });
    await store.softDelete(listed[1]!.id);

    const again = await store.ensureStatements(LAVROV, LAVROV_URL_2, seeds);
    expect(again).toEqual({ firstRecognition: false, added: 0 });
    const after = await store.listForPage({ pageUrl: LAVROV_URL, corpusId: LAVROV });
    expect(after).toHaveLength(1);
    expect(after[0]?.statement?.speaker).toBe('Lavrov');
    expect((await store.stats()).statements).toBe(1);
  });

  it('runs concurrent first recognitions into one set of statements', async () => {
    store = await openTestStore();
    const results = await Promise.all([
      store.ensureStatements(LAVROV, LAVROV_URL, seeds),
      store.ensureStatements(LAVROV, LAVROV_URL_2, seeds),
    ]);
    expect(results.filter((r) => r.firstRecognition)).toHaveLength(1);
    expect((await store.listAll()).length).toBe(2);
  });

  it('refuses a statement correction on a reader highlight', async () => {
    store = await openTestStore();
    const a = await store.add({ pageUrl: LAVROV_URL, selectors: sel('x', 0) });
    await expect(store.update(a.id, { statement: { speaker: 'X' } })).rejects.toThrow(/Only statement highlights/);
  });
});

describe('AnnotationStore: categories and layers', () => {
  it('creates, renames and deletes own categories, moving their highlights', async () => {
    store = await openTestStore();
    const bias = await store.addCategory({ label: 'Loaded wording', color: '#D6336C' });
    expect(bias.color).toBe('#d6336c');
    expect((await store.listCategories()).map((c) => c.label)).toEqual([
      'Claim', 'Quote', 'Evidence', 'Question', 'Statement', 'Loaded wording',
    ]);
    await expect(store.addCategory({ label: 'claim', color: '#d6336c' })).rejects.toThrow(/already exists/);
    await expect(store.addCategory({ label: 'Pale', color: '#ffff99' })).rejects.toThrow(/hard to see/);
    await expect(store.addCategory({ label: 'Bad', color: 'red;x' })).rejects.toThrow(/#1c7ed6/);
    await expect(store.updateCategory('claim', { label: 'X' })).rejects.toThrow(/Built-in/);

    const renamed = await store.updateCategory(bias.id, { label: 'Loaded language' });
    expect(renamed.label).toBe('Loaded language');
    const a = await store.add({ pageUrl: 'https://e.com/a', selectors: sel('x', 0), categoryId: bias.id });
    expect(await store.deleteCategory(bias.id, { reassignTo: 'question' })).toBe(1);
    expect((await store.get(a.id))?.categoryId).toBe('question');
    await expect(store.deleteCategory('quote')).rejects.toThrow(/Built-in/);
  });

  it('keeps the own layer and deletes an imported layer with its highlights', async () => {
    store = await openTestStore();
    expect((await store.listLayers()).map((l) => l.id)).toEqual([OWN_LAYER_ID]);
    await expect(store.deleteLayer(OWN_LAYER_ID)).rejects.toThrow(/cannot be deleted/);
    await expect(store.deleteLayer('nope')).rejects.toThrow(/does not exist/);
    const renamed = await store.renameLayer(OWN_LAYER_ID, 'Mine');
    expect(renamed.name).toBe('Mine');
  });

  it('reports stats', async () => {
    store = await openTestStore();
    await store.add({ pageUrl: LAVROV_URL, corpusId: LAVROV, selectors: sel('a', 0) });
    const b = await store.add({ pageUrl: 'https://e.com/x', selectors: sel('b', 0) });
    await store.update(b.id, { hidden: true });
    const c = await store.add({ pageUrl: 'https://e.com/y', selectors: sel('c', 0) });
    await store.softDelete(c.id);
    expect(await store.stats()).toEqual({
      annotations: 2, reader: 2, statements: 0, hidden: 1, deleted: 1, pages: 2, articles: 1, ownCategories: 0, layers: 1,
    });
  });
});
