// @vitest-environment happy-dom
// Edits made from a copy of a highlight that another tab has changed since
// (the library is loaded once; the panel on the article saves notes as they
// are typed): an edit sends only what the reader changed in it, and tags are
// added and taken off against what is stored, so nothing written elsewhere in
// the meantime is silently overwritten.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../extension/background/handlers.ts';
import { type Handlers, routeMessage } from '../../../extension/background/router.ts';
import { editOf, LibraryEntry } from '../../../extension/pages/library/LibraryEntry.tsx';
import type { AnnotationRecord } from '../../../src/store/annotation.ts';
import type { AnnotationStore } from '../../../src/store/annotation-store.ts';
import { LAVROV, LAVROV_URL, openTestStore, sel } from '../store/helpers.ts';

const EXT = { id: 'abcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnop' };
const LIBRARY = { id: EXT.id, url: `${EXT.origin}/extension/pages/library/index.html` };

let store: AnnotationStore | null = null;
afterEach(() => {
  store?.close();
  store = null;
  render(null, document.body);
});

async function worker(): Promise<{ store: AnnotationStore; ask: <T>(type: string, payload: object) => Promise<T> }> {
  const s = await openTestStore();
  store = s;
  const handlers: Handlers = createHandlers({
    corpus: { articles: [] } as never,
    index: async () => {
      throw new Error('not used');
    },
    store: async () => s,
    markTab: () => undefined,
    openTab: async () => undefined,
  });
  const ask = async <T,>(type: string, payload: object): Promise<T> => {
    const reply = await routeMessage(handlers, { type, payload }, LIBRARY, EXT);
    if (!reply.ok) throw new Error(reply.error);
    return reply.value as T;
  };
  return { store: s, ask };
}

async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('condition never met');
}

/** Lets Preact run the render a state change scheduled. */
const rendered = () => new Promise((r) => setTimeout(r, 0));

describe('the library edit form over a copy that is out of date', () => {
  it('adding a tag keeps the note typed in the panel since the library loaded', async () => {
    const { store: s, ask } = await worker();
    const made = await ask<AnnotationRecord>('annotations/create', { url: LAVROV_URL, corpusId: LAVROV, selectors: sel('a passage', 10), categoryId: 'claim', note: '', tags: ['week-3'] });
    const shown = made; // what the library loaded
    // Meanwhile the reader writes a note and adds a tag in the panel, on the article's tab.
    await ask('annotations/update', { id: made.id, patch: { note: 'The minister contradicts his March statement' } });
    await ask('annotations/update', { id: made.id, patch: { addTags: ['homework'] } });

    render(
      <LibraryEntry
        record={shown}
        categories={await s.listCategories()}
        layers={new Map()}
        title={undefined}
        place={{ href: LAVROV_URL, reader: false } as never}
        actions={{
          save: async (id, patch) => {
            await ask('annotations/update', { id, patch });
          },
          remove: async () => undefined,
          removePermanently: async () => undefined,
        }}
      />,
      document.body,
    );
    (document.querySelector('[data-action="edit"]') as HTMLButtonElement).click();
    await until(() => document.querySelector('[data-edit="tags"]') !== null);
    const tagsField = document.querySelector('[data-edit="tags"]') as HTMLInputElement;
    tagsField.value = 'week-3, to-discuss';
    tagsField.dispatchEvent(new Event('input', { bubbles: true }));
    await rendered(); // the form submits what it rendered last
    (document.querySelector('form.sl-edit') as HTMLFormElement).requestSubmit();
    await until(async () => (await s.get(made.id))!.tags.includes('to-discuss'));

    const stored = (await s.get(made.id))!;
    expect(stored.note).toBe('The minister contradicts his March statement');
    expect(stored.tags).toEqual(['week-3', 'homework', 'to-discuss']);
  });

  it('taking a tag off in the form takes off that tag only', async () => {
    const { store: s, ask } = await worker();
    const made = await ask<AnnotationRecord>('annotations/create', { url: LAVROV_URL, corpusId: LAVROV, selectors: sel('a passage', 10), categoryId: 'claim', note: 'mine', tags: ['a', 'b'] });
    await ask('annotations/update', { id: made.id, patch: { addTags: ['c'] } });
    await ask('annotations/update', { id: made.id, patch: { removeTags: ['a'], addTags: ['d'] } });
    expect((await s.get(made.id))!.tags).toEqual(['b', 'c', 'd']);
    // Tags are compared as the store keeps them apart: case and spacing aside.
    await ask('annotations/update', { id: made.id, patch: { removeTags: ['  B '], addTags: ['C'] } });
    expect((await s.get(made.id))!.tags).toEqual(['c', 'd']);
    // A tag rewritten in another case in the form: taken off and added back as written.
    const stored = (await s.get(made.id))!;
    const edit = editOf(stored, { note: stored.note, categoryId: stored.categoryId, tags: ['C', 'd'] });
    expect(edit).toEqual({ addTags: ['C'], removeTags: ['c'] });
    await ask('annotations/update', { id: made.id, patch: edit });
    expect((await s.get(made.id))!.tags).toEqual(['d', 'C']);
  });

  it('a note edited from a copy that is out of date is refused in words, the stored note and the typed one both kept', async () => {
    const { store: s, ask } = await worker();
    const made = await ask<AnnotationRecord>('annotations/create', { url: LAVROV_URL, corpusId: LAVROV, selectors: sel('a passage', 10), categoryId: 'claim', note: 'first thought', tags: [] });
    await ask('annotations/update', { id: made.id, patch: { note: 'written in the panel since' } });
    let saved = 0;
    render(
      <LibraryEntry
        record={made}
        categories={await s.listCategories()}
        layers={new Map()}
        title={undefined}
        place={{ href: LAVROV_URL, reader: false } as never}
        actions={{
          save: async (id, patch) => {
            await ask('annotations/update', { id, patch });
            saved++;
          },
          remove: async () => undefined,
          removePermanently: async () => undefined,
        }}
      />,
      document.body,
    );
    (document.querySelector('[data-action="edit"]') as HTMLButtonElement).click();
    await until(() => document.querySelector('form.sl-edit textarea') !== null);
    const noteField = document.querySelector('form.sl-edit textarea') as HTMLTextAreaElement;
    noteField.value = 'first thought, reworded in the library';
    noteField.dispatchEvent(new Event('input', { bubbles: true }));
    await rendered();
    (document.querySelector('form.sl-edit') as HTMLFormElement).requestSubmit();
    await until(() => document.querySelector('form.sl-edit [role="alert"]') !== null);
    expect(document.querySelector('form.sl-edit [role="alert"]')!.textContent).toMatch(/changed elsewhere.*nothing was saved/);
    expect(saved).toBe(0);
    expect((await s.get(made.id))!.note).toBe('written in the panel since');
    expect((document.querySelector('form.sl-edit textarea') as HTMLTextAreaElement).value).toBe('first thought, reworded in the library');
  });

  it('the same note edit sent twice (a retry after a lost reply) is saved once, not refused', async () => {
    const { store: s, ask } = await worker();
    const made = await ask<AnnotationRecord>('annotations/create', { url: LAVROV_URL, corpusId: LAVROV, selectors: sel('a passage', 10), categoryId: 'claim', note: 'v1', tags: [] });
    const patch = { note: 'v2', noteBase: 'v1' };
    await ask('annotations/update', { id: made.id, patch });
    await ask('annotations/update', { id: made.id, patch });
    expect((await s.get(made.id))!.note).toBe('v2');
  });
});
