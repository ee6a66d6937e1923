// The background worker's message handlers over a fake-indexeddb factory, as
// the worker wires them at start-up: the unit tests of the growing corpus
// start one, "restart" it by starting another over the same factory, and
// close what each opened.
import type { IDBFactory } from 'fake-indexeddb';
import { createHandlers } from '../../../extension/background/handlers.ts';
import type { Handlers } from '../../../extension/background/router.ts';
import type { CorpusPackage } from '../../../src/corpus/corpus-package.ts';
import type { RecognitionIndex } from '../../../src/recognition/recognition-index.ts';
import { AnnotationStore } from '../../../src/store/annotation-store.ts';
import { CorpusStore } from '../../../src/store/corpus-store.ts';
import { steppingClock } from '../store/helpers.ts';

export interface TestWorker {
  handlers: Handlers;
  annotations: AnnotationStore;
  corpusStore: CorpusStore;
  close(): void;
}

export async function startTestWorker(factory: IDBFactory, corpus: CorpusPackage, index: RecognitionIndex): Promise<TestWorker> {
  const annotations = await AnnotationStore.open(factory, { now: steppingClock() });
  const corpusStore = await CorpusStore.open(factory, { now: steppingClock() });
  const handlers = createHandlers({
    corpus,
    index: async () => index,
    store: async () => annotations,
    corpusStore: async () => corpusStore,
    markTab: () => {},
    openTab: async () => {},
    now: () => new Date('2026-12-01T12:00:00Z'),
  });
  return {
    handlers,
    annotations,
    corpusStore,
    close: () => {
      annotations.close();
      corpusStore.close();
    },
  };
}
