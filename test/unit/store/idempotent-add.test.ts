// A save carries an id made by the client: repeating it (after a lost reply or
// a worker restart) returns the stored record and never adds a second one.
import { afterEach, describe, expect, it } from 'vitest';
import type { AnnotationStore } from '../../../src/store/annotation-store.ts';
import { StoreError } from '../../../src/store/errors.ts';
import { openTestStore, sel } from './helpers.ts';

let store: AnnotationStore | undefined;
afterEach(() => store?.close());

const SAVE = {
  id: '5b0c3a52-4c1e-4a3b-9d41-6f0e2f1d7a10',
  pageUrl: 'https://example.com/news/story',
  corpusId: null,
  selectors: sel('NATO relations', 10),
  categoryId: 'claim',
  note: 'Check this',
  tags: ['nato'],
};

describe('AnnotationStore.add with a client save id', () => {
  it('uses the client id as the record id', async () => {
    store = await openTestStore();
    const added = await store.add(SAVE);
    expect(added.id).toBe(SAVE.id);
    expect(await store.get(SAVE.id)).toEqual(added);
  });

  it('returns the stored record for a repeat of the same save, without a duplicate', async () => {
    store = await openTestStore();
    const first = await store.add(SAVE);
    const again = await store.add({ ...SAVE, pageUrl: 'https://www.example.com/news/story/?utm_source=x' });
    const third = await store.add(SAVE);
    expect(again).toEqual(first);
    expect(third).toEqual(first);
    expect((await store.listAll()).map((r) => r.id)).toEqual([SAVE.id]);
  });

  it('refuses a different highlight under an id already taken, and leaves the stored one alone', async () => {
    store = await openTestStore();
    const first = await store.add(SAVE);
    await expect(store.add({ ...SAVE, note: 'Another note' })).rejects.toThrow(StoreError);
    await expect(store.add({ ...SAVE, selectors: sel('other words', 40) })).rejects.toThrow(/already has the id/);
    expect(await store.listAll()).toEqual([first]);
  });

  it('still makes its own ids when none is given', async () => {
    store = await openTestStore();
    const { id: _id, ...withoutId } = SAVE;
    const a = await store.add(withoutId);
    const b = await store.add(withoutId);
    expect(a.id).not.toBe(b.id);
    expect(await store.listAll()).toHaveLength(2);
  });

  it('refuses an empty or oversized id', async () => {
    store = await openTestStore();
    await expect(store.add({ ...SAVE, id: 'x'.repeat(301) })).rejects.toThrow(StoreError);
    await expect(store.add({ ...SAVE, id: '' })).rejects.toThrow(StoreError);
    await expect(store.add({ ...SAVE, id: 'a b<script>' })).rejects.toThrow(StoreError);
    expect(await store.listAll()).toEqual([]);
  });
});
