// A layer's Undo and the purge that ends it can reach the worker together (the
// undo window closing as the reader clicks Undo, or two tabs). Whichever comes
// first wins, whole: a restore that was confirmed is never followed by the
// layer being wiped, and a purge never takes a layer that is no longer deleted.
import { afterEach, describe, expect, it } from 'vitest';
import { classSetHandlers } from '../../../extension/background/class-sets.ts';
import type { AnnotationStore } from '../../../src/store/annotation-store.ts';
import { duplicateKey } from '../../../src/store/import.ts';
import { LAVROV, LAVROV_URL, openTestStore, sel } from './helpers.ts';

let store: AnnotationStore | null = null;
afterEach(() => {
  store?.close();
  store = null;
});

async function setup() {
  const s = await openTestStore();
  store = s;
  await s.writeImport({ layer: { id: 'layer-study', name: 'Study group', kind: 'imported' }, categories: [], records: [], duplicateKey, keepEmptyLayer: true });
  await s.add({ pageUrl: LAVROV_URL, corpusId: LAVROV, selectors: sel('a passage', 10), note: 'their note', layerId: 'layer-study' });
  const handlers = classSetHandlers({ store: async () => s, articles: async () => [], now: () => new Date() });
  return { s, handlers };
}

describe('a layer’s Undo and its purge at once', () => {
  it('a confirmed restore keeps the layer and its highlights', async () => {
    const { s, handlers } = await setup();
    await handlers['layers/delete']({ id: 'layer-study' });
    const [purge, restore] = await Promise.allSettled([handlers['layers/purge']({ id: 'layer-study' }), handlers['layers/restore']({ id: 'layer-study' })]);
    const kept = (await s.listLayers()).some((l) => l.id === 'layer-study');
    if (restore.status === 'fulfilled') {
      expect(kept).toBe(true);
      expect(await s.listLayer('layer-study')).toHaveLength(1);
      expect(purge).toMatchObject({ status: 'fulfilled', value: { purged: false } });
    } else {
      expect(kept).toBe(false);
      expect(String(restore.reason)).toMatch(/deleted for good/);
    }
  });

  it('the store’s purge of a layer leaves one that is not deleted', async () => {
    const { s } = await setup();
    expect(await s.purgeDeletedLayer('layer-study')).toBe(false);
    expect(await s.listLayer('layer-study')).toHaveLength(1);
    await s.softDeleteLayer('layer-study');
    expect(await s.purgeDeletedLayer('layer-study')).toBe(true);
    expect(await s.listLayers({ includeDeleted: true })).toHaveLength(1);
  });

  it('a set imported again while its delete awaits the purge is back in the same write, so the purge leaves it', async () => {
    const { s } = await setup();
    await s.softDeleteLayer('layer-study');
    const prompt = { ...(await s.listLayer('layer-study'))[0]!, id: 'prompt-2', note: 'a second prompt', selectors: sel('another passage', 40) };
    await s.writeImport({ layer: { id: 'layer-study', name: 'Study group', kind: 'imported' }, categories: [], records: [prompt], duplicateKey, keepEmptyLayer: true });
    // Nothing else ran: the import alone brought the layer back.
    expect((await s.listLayers()).map((l) => l.id)).toContain('layer-study');
    expect(await s.purgeDeletedLayer('layer-study')).toBe(false);
    expect((await s.listLayer('layer-study')).map((r) => r.note).sort()).toEqual(['a second prompt', 'their note']);
  });
});
