// One person's worker, as the library page talks to it: a fake database of
// their own behind the worker's real handlers and router. The classroom tests
// play a teacher and students this way, one person each.
import { createHandlers } from '../../../extension/background/handlers.ts';
import { type Handlers, routeMessage } from '../../../extension/background/router.ts';
import type { CorpusPackage } from '../../../src/corpus/corpus-package.ts';
import type { AnnotationStore } from '../../../src/store/annotation-store.ts';
import { openTestStore } from './helpers.ts';

const EXT = { id: 'abcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnop' };
const PAGE = { id: EXT.id, url: `${EXT.origin}/extension/pages/library/index.html` };

export interface Person {
  store: AnnotationStore;
  handlers: Handlers;
}

export async function libraryPerson(corpus: CorpusPackage): Promise<Person> {
  const store = await openTestStore();
  const handlers = createHandlers({
    corpus,
    index: async () => {
      throw new Error('not used');
    },
    store: async () => store,
    markTab: () => undefined,
    openTab: async () => undefined,
  });
  return { store, handlers };
}

/** A message from the library page; its answer, or the worker's error thrown. */
export async function ask<T>(who: Person, type: string, payload: object): Promise<T> {
  const reply = await routeMessage(who.handlers, { type, payload }, PAGE, EXT);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}

/** A message the worker must refuse: its error. */
export async function askError(who: Person, type: string, payload: object): Promise<string> {
  const reply = await routeMessage(who.handlers, { type, payload }, PAGE, EXT);
  if (reply.ok) throw new Error(`expected ${type} to be refused`);
  return reply.error;
}
