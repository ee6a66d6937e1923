// A backup is the library's export of everything (all layers) imported into
// the reader's own highlights of a fresh profile. Each highlight goes back to
// the layer it was in (its name and whether it was shown), so three students'
// identical highlights stay three and nobody's work joins the reader's own;
// a file imported explicitly as a layer still goes whole into that layer.
import { describe, expect, it } from 'vitest';
import type { AnnotationStore } from '../../../src/store/annotation-store.ts';
import { exportW3C } from '../../../src/store/export-w3c.ts';
import { applyImport, duplicateKey, parseImport } from '../../../src/store/import.ts';
import { chunkImportItems } from '../../../src/store/import-chunks.ts';
import { ImportSessions } from '../../../src/store/import-session.ts';
import { LAVROV, LAVROV_URL, sel, storesClosedAfterEach } from './helpers.ts';

const store = storesClosedAfterEach();

/** A teacher's library: her own highlight of a passage, and three students' layers holding the same passage without notes. */
async function teacherLibrary(): Promise<AnnotationStore> {
  const s = await store();
  await s.add({ pageUrl: LAVROV_URL, corpusId: LAVROV, selectors: sel('the same passage', 10), note: '' });
  for (const student of ['Ana', 'Ben', 'Chloé']) {
    await s.writeImport({ layer: { id: `layer-${student.slice(0, 3).toLowerCase()}`, name: `${student} — Week 3`, kind: 'imported', hidden: true }, categories: [], records: [], duplicateKey, keepEmptyLayer: true });
    await s.add({ pageUrl: LAVROV_URL, corpusId: LAVROV, selectors: sel('the same passage', 10), note: '', layerId: `layer-${student.slice(0, 3).toLowerCase()}` });
  }
  return s;
}

const byLayer = async (s: AnnotationStore) => {
  const counts: Record<string, number> = {};
  for (const r of await s.listAll()) counts[r.layerId] = (counts[r.layerId] ?? 0) + 1;
  return counts;
};

describe('restoring a backup of every layer', () => {
  it('puts each highlight back in its layer: none dropped as a duplicate, none merged into the own layer', async () => {
    const teacher = await teacherLibrary();
    const backup = exportW3C(await teacher.listAll(), { categories: await teacher.listCategories(), layers: await teacher.listLayers() });

    const fresh = await store();
    const outcome = await applyImport(fresh, parseImport(backup));
    expect(outcome).toMatchObject({ added: 4, toFileLayers: 3, duplicates: 0, skipped: 0 });
    expect(await byLayer(fresh)).toEqual({ own: 1, 'layer-ana': 1, 'layer-ben': 1, 'layer-chl': 1 });
    const layers = await fresh.listLayers();
    expect(layers.map((l) => [l.id, l.name, l.hidden === true])).toEqual([
      ['own', 'My highlights', false],
      ['layer-ana', 'Ana — Week 3', true],
      ['layer-ben', 'Ben — Week 3', true],
      ['layer-chl', 'Chloé — Week 3', true],
    ]);

    // Restored again over itself: all unchanged, nothing added.
    expect(await applyImport(fresh, parseImport(backup))).toMatchObject({ added: 0, unchanged: 4 });
  });

  it('does the same when the library sends the file in chunks', async () => {
    const teacher = await teacherLibrary();
    const items = JSON.parse(exportW3C(await teacher.listAll(), { categories: await teacher.listCategories(), layers: await teacher.listLayers() })).first.items;
    const fresh = await store();
    const sessions = new ImportSessions();
    const id = sessions.begin({ total: items.length });
    for (const chunk of chunkImportItems(items, 600)) sessions.addChunk(id, chunk.offset, chunk.text);
    expect(await sessions.commit(id, fresh)).toMatchObject({ added: 4, duplicates: 0 });
    expect(await byLayer(fresh)).toEqual({ own: 1, 'layer-ana': 1, 'layer-ben': 1, 'layer-chl': 1 });
  });

  it('brings back a layer deleted and awaiting its purge when the backup holds it', async () => {
    const teacher = await teacherLibrary();
    const backup = exportW3C(await teacher.listAll(), { categories: await teacher.listCategories(), layers: await teacher.listLayers() });
    await teacher.softDeleteLayer('layer-ben');
    await applyImport(teacher, parseImport(backup));
    expect((await teacher.listLayers()).map((l) => l.id)).toContain('layer-ben');
    expect(await teacher.listLayer('layer-ben')).toHaveLength(1);
  });

  it('imported explicitly as a layer, the whole file goes into that one layer', async () => {
    const teacher = await teacherLibrary();
    const backup = exportW3C(await teacher.listAll(), { categories: await teacher.listCategories(), layers: await teacher.listLayers() });
    const fresh = await store();
    const outcome = await applyImport(fresh, parseImport(backup), { asLayer: 'From a colleague' });
    // One layer: the four identical highlights are one there.
    expect(outcome).toMatchObject({ added: 1, duplicates: 3 });
    expect((await fresh.listLayers()).map((l) => l.name)).toEqual(['My highlights', 'From a colleague']);
  });
});

describe('a file naming a layer it cannot be', () => {
  it('is refused whole, saying which annotation and why', async () => {
    const teacher = await teacherLibrary();
    const doc = JSON.parse(exportW3C(await teacher.listAll(), { categories: await teacher.listCategories(), layers: await teacher.listLayers() }));
    const fresh = await store();
    const named = doc.first.items.findIndex((item: Record<string, { layer?: unknown }>) => item['urn:sourcelight:annotation']?.layer);
    doc.first.items[named]['urn:sourcelight:annotation'].layer = { id: 'layer-x', name: '   ' };
    expect(() => parseImport(JSON.stringify(doc))).toThrow(new RegExp(`Annotation ${named + 1} of 4: its layer has no name`));
    doc.first.items[named]['urn:sourcelight:annotation'].layer = { id: '<script>', name: 'x' };
    expect(() => parseImport(JSON.stringify(doc))).toThrow(/layer id "<script>" has characters/);
    expect(await fresh.listAll()).toEqual([]);
  });
});
