// Shared test helpers: a fresh fake IndexedDB per test (idb needs the IDB*
// classes as globals, which fake-indexeddb/auto provides), selectors and a
// clock that moves one second per reading.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import type { TextTargetSelectors } from '../../../src/anchoring/selectors.ts';
import { AnnotationStore } from '../../../src/store/annotation-store.ts';

export function freshFactory(): IDBFactory {
  return new IDBFactory();
}

export function steppingClock(startIso = '2024-05-01T10:00:00.000Z'): () => Date {
  let t = Date.parse(startIso);
  return () => {
    const d = new Date(t);
    t += 1000;
    return d;
  };
}

export function openTestStore(factory: IDBFactory = freshFactory()): Promise<AnnotationStore> {
  return AnnotationStore.open(factory, { now: steppingClock() });
}

/**
 * Opens fresh test stores and closes every one it opened after each test.
 * Call it once at a test file's top level: `const store = storesClosedAfterEach();`.
 */
export function storesClosedAfterEach(): () => Promise<AnnotationStore> {
  let stores: AnnotationStore[] = [];
  afterEach(() => {
    for (const s of stores) s.close();
    stores = [];
  });
  return async () => {
    const s = await openTestStore();
    stores.push(s);
    return s;
  };
}

export function sel(exact: string, start: number, prefix = 'before ', suffix = ' after'): TextTargetSelectors {
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
  };
}

export const LAVROV = 'sputnik-2008-09-27-lavrov-relations-not-frozen';
export const LAVROV_URL = 'https://sputniknews.com/20080927/117172470.html';
export const LAVROV_URL_2 = 'https://sputnikglobe.com/20080927/117172470.html';
