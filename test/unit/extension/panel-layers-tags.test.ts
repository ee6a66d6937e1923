// The panel's tags and layers go through the worker with the library's own
// messages, now also from the content script: what the panel changes, the
// library reads, and the other way round.
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, type PanelAnnotations } from '../../../extension/background/handlers.ts';
import { type Handlers, routeMessage } from '../../../extension/background/router.ts';
import type { AnnotationRecord, Layer } from '../../../src/store/annotation.ts';
import { loadCorpusPackage } from '../helpers/corpus.ts';
import { LAVROV, openTestStore, sel } from '../store/helpers.ts';

const corpus = loadCorpusPackage();
const EXT = { id: 'abcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnop' };
const CONTENT = { id: EXT.id, url: 'https://sputniknews.com/20080927/117172470.html', tab: { id: 7 } };
const PAGE = { id: EXT.id, url: `${EXT.origin}/extension/pages/library/index.html` };
const STRANGER = { id: 'someotherextension', url: 'https://sputniknews.com/x' };

let handlers: Handlers;
beforeEach(async () => {
  const store = await openTestStore();
  handlers = createHandlers({ corpus, index: async () => Promise.reject(new Error('not used')), store: async () => store, markTab: () => undefined, openTab: async () => undefined });
});

async function ask<T>(sender: object, type: string, payload: object): Promise<T> {
  const reply = await routeMessage(handlers, { type, payload }, sender, EXT);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}

const forPage = () => ask<PanelAnnotations>(CONTENT, 'annotations/for-page', { url: CONTENT.url, corpusId: LAVROV });
const highlight = (exact: string, start: number) => ({ url: CONTENT.url, corpusId: LAVROV, selectors: sel(exact, start), categoryId: 'claim', note: '', tags: [] });

/** The reader's own highlight on the page, and an imported layer with another highlight there (a stored id is not imported again). */
async function pageWithImportedLayer(): Promise<{ own: AnnotationRecord; layer: Layer }> {
  const own = await ask<AnnotationRecord>(CONTENT, 'annotations/create', highlight('relations not frozen', 40));
  const other = await ask<AnnotationRecord>(CONTENT, 'annotations/create', highlight('Lavrov said', 100));
  const file = await ask<{ text: string }>(PAGE, 'library/export', { format: 'jsonld' });
  await ask(PAGE, 'annotations/delete-permanently', { id: other.id });
  await ask(PAGE, 'library/import', { text: file.text, layerName: 'Study group' });
  const layer = (await ask<{ layers: Layer[] }>(PAGE, 'library/meta', {})).layers.find((l) => l.name === 'Study group')!;
  return { own, layer };
}

describe('layers from the panel', () => {
  it('counts each layer’s highlights on the page, hidden layers too, and hides one from the content script', async () => {
    const { own, layer } = await pageWithImportedLayer();
    let page = await forPage();
    expect(page.annotations.filter((a) => a.origin === 'reader')).toHaveLength(2);
    expect(page.layerCounts).toEqual({ own: 1, [layer.id]: 1 });

    await ask(CONTENT, 'layers/set-hidden', { id: layer.id, hidden: true });
    page = await forPage();
    expect(page.annotations.filter((a) => a.origin === 'reader').map((a) => a.layerId)).toEqual(['own']);
    // Still counted, so the panel can show it again.
    expect(page.layerCounts[layer.id]).toBe(1);
    expect(page.layers.find((l) => l.id === layer.id)?.hidden).toBe(true);
    // The library reads the same.
    expect((await ask<{ layers: Layer[] }>(PAGE, 'library/meta', {})).layers.find((l) => l.id === layer.id)?.hidden).toBe(true);
    await ask(CONTENT, 'layers/set-hidden', { id: layer.id, hidden: false });
    expect((await forPage()).annotations.some((a) => a.layerId === layer.id)).toBe(true);
    expect(own.layerId).toBe('own');
  });

  it('renames, deletes, restores (Undo) and purges from the content script', async () => {
    const { layer } = await pageWithImportedLayer();
    await ask(CONTENT, 'layers/rename', { id: layer.id, name: '  Ben’s notes ' });
    expect((await ask<{ layers: Layer[] }>(PAGE, 'library/meta', {})).layers.find((l) => l.id === layer.id)?.name).toBe('Ben’s notes');

    await ask(CONTENT, 'layers/delete', { id: layer.id });
    let page = await forPage();
    expect(page.layers.some((l) => l.id === layer.id)).toBe(false);
    expect(page.layerCounts[layer.id]).toBeUndefined();
    expect(page.annotations.some((a) => a.layerId === layer.id)).toBe(false);
    await ask(CONTENT, 'layers/restore', { id: layer.id });
    page = await forPage();
    expect(page.layerCounts[layer.id]).toBe(1);

    await ask(CONTENT, 'layers/delete', { id: layer.id });
    expect(await ask(CONTENT, 'layers/purge', { id: layer.id })).toEqual({ purged: true });
    await expect(ask(CONTENT, 'layers/restore', { id: layer.id })).rejects.toThrow(/deleted for good/);
  });

  it('refuses the messages from anyone but our content script and pages', async () => {
    const { layer } = await pageWithImportedLayer();
    const reply = await routeMessage(handlers, { type: 'layers/delete', payload: { id: layer.id } }, STRANGER, EXT);
    expect(reply.ok).toBe(false);
    expect((await forPage()).layerCounts[layer.id]).toBe(1);
  });
});

describe('tags from the panel', () => {
  it('are stored by the library’s rules and read back by the library', async () => {
    const { own } = await pageWithImportedLayer();
    await ask(CONTENT, 'annotations/update', { id: own.id, patch: { tags: ['named source', ' Named  Source ', 'week 3'] } });
    const { records } = await ask<{ records: AnnotationRecord[] }>(PAGE, 'library/records', {});
    expect(records.find((r) => r.id === own.id)?.tags).toEqual(['named source', 'week 3']);
    // The library removes one; the panel reads it gone.
    await ask(PAGE, 'annotations/update', { id: own.id, patch: { tags: ['week 3'] } });
    expect((await forPage()).annotations.find((a) => a.id === own.id)?.tags).toEqual(['week 3']);
  });
});
