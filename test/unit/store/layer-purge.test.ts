// A layer deleted with Undo whose purge never came (the tab offering the Undo
// was killed) goes with the worker's regular purge of expired deletes, its
// highlights with it; a layer deleted within the undo window stays restorable.
import { afterEach, describe, expect, it } from 'vitest';
import { AnnotationStore } from '../../../src/store/annotation-store.ts';
import { duplicateKey } from '../../../src/store/import.ts';
import { UNDO_WINDOW_MS } from '../../../src/store/undo-window.ts';
import { freshFactory, LAVROV, LAVROV_URL, sel } from './helpers.ts';

let opened: AnnotationStore[] = [];
afterEach(() => {
  for (const s of opened) s.close();
  opened = [];
});

async function storeWithLayers(clock: { t: number }) {
  const s = await AnnotationStore.open(freshFactory(), { now: () => new Date(clock.t) });
  opened.push(s);
  for (const id of ['old', 'recent']) {
    await s.writeImport({ layer: { id, name: id, kind: 'imported' }, categories: [], records: [], duplicateKey, keepEmptyLayer: true });
    await s.add({ pageUrl: LAVROV_URL, corpusId: LAVROV, selectors: sel(`passage of ${id}`, 10), note: `note in ${id}`, layerId: id });
  }
  const own = await s.add({ pageUrl: LAVROV_URL, corpusId: LAVROV, selectors: sel('my passage', 40), note: 'mine' });
  return { s, own };
}

describe('purging deleted layers', () => {
  it('wipes a layer deleted before the cut-off with its highlights, and keeps one deleted since', async () => {
    const clock = { t: Date.parse('2024-05-01T10:00:00Z') };
    const { s, own } = await storeWithLayers(clock);
    await s.softDeleteLayer('old');
    clock.t += UNDO_WINDOW_MS + 1_000;
    await s.softDeleteLayer('recent');
    expect(await s.purgeDeleted(new Date(clock.t - UNDO_WINDOW_MS))).toBe(1);
    const layers = await s.listLayers({ includeDeleted: true });
    expect(layers.map((l) => l.id).sort()).toEqual(['own', 'recent']);
    expect(await s.listLayer('old')).toEqual([]);
    expect(await s.listLayer('recent')).toHaveLength(1);
    expect((await s.restoreLayer('recent')).deletedAt).toBeUndefined();
    expect((await s.get(own.id))?.note).toBe('mine');
  });
});
