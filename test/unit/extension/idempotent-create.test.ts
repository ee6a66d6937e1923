// 'annotations/create' through the worker's router with a client save id: the
// id becomes the record id, and the same save sent again (a retry after a lost
// reply) returns the stored record without a duplicate.
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../extension/background/handlers.ts';
import { type Handlers, routeMessage } from '../../../extension/background/router.ts';
import type { CorpusPackage } from '../../../src/corpus/corpus-package.ts';
import type { AnnotationStore } from '../../../src/store/annotation-store.ts';
import { openTestStore, sel } from '../store/helpers.ts';

const EXT = { id: 'abcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnop' };
const CONTENT = { id: EXT.id, url: 'https://www.reuters.com/article/some-story', tab: { id: 3 } };

let store: AnnotationStore;
let handlers: Handlers;

beforeEach(async () => {
  store = await openTestStore();
  handlers = createHandlers({
    corpus: { articles: [], extras: {} } as unknown as CorpusPackage,
    index: async () => {
      throw new Error('not used');
    },
    store: async () => store,
    markTab: () => undefined,
    openTab: async () => undefined,
  });
});

const create = (payload: object) => routeMessage(handlers, { type: 'annotations/create', payload }, CONTENT, EXT);
const SAVE = {
  saveId: '0b7e3c1a-51c4-4d0e-9f5e-2a6b8c9d0e1f',
  url: CONTENT.url,
  corpusId: null,
  selectors: sel('pledges of troops', 40),
  categoryId: 'claim',
  note: 'Check the figure',
  tags: [],
};

describe('annotations/create with a save id', () => {
  it('stores the highlight under the client id, and a repeat returns it without a duplicate', async () => {
    const first = await create(SAVE);
    const again = await create(SAVE);
    expect(first).toMatchObject({ ok: true, value: { id: SAVE.saveId, note: 'Check the figure' } });
    expect(again).toEqual(first);
    expect((await store.listAll()).map((r) => r.id)).toEqual([SAVE.saveId]);
  });

  it('refuses another highlight under a taken id, with a clear error', async () => {
    await create(SAVE);
    const other = await create({ ...SAVE, note: 'Something else' });
    expect(other).toMatchObject({ ok: false, error: expect.stringContaining('already has the id') });
    expect(await store.listAll()).toHaveLength(1);
  });

  it('still accepts a save without an id', async () => {
    const { saveId: _saveId, ...withoutId } = SAVE;
    expect(await create(withoutId)).toMatchObject({ ok: true });
    expect(await create(withoutId)).toMatchObject({ ok: true });
    expect(await store.listAll()).toHaveLength(2);
  });
});
