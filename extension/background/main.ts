// The background service worker: owns the database and the corpus, answers
// content scripts and extension pages. Everything it does is in handlers.ts;
// this file only wires it to the browser.
import corpus from 'virtual:sourcelight-corpus';
import browser from 'webextension-polyfill';
import { deserializeIndex } from '../../src/recognition/index-codec.ts';
import { AnnotationStore } from '../../src/store/annotation-store.ts';
import { CorpusStore } from '../../src/store/corpus-store.ts';
import { INDEX_ASSET } from '../shared/corpus-asset.ts';
import { createHandlers } from './handlers.ts';
import { LazyIndex } from './recognition-service.ts';
import { type Handlers, routeMessage } from './router.ts';
import { markTab } from './toolbar-badge.ts';

const index = new LazyIndex(async () => {
  // A file inside the extension package: not a network request.
  const response = await fetch(browser.runtime.getURL(INDEX_ASSET));
  if (!response.ok) throw new Error(`${INDEX_ASSET}: HTTP ${response.status}`);
  return deserializeIndex(new Uint8Array(await response.arrayBuffer()));
});

// Opened on first use and kept while the worker lives; IndexedDB itself survives worker restarts.
let store: Promise<AnnotationStore> | null = null;
const openStore = (): Promise<AnnotationStore> => {
  store ??= AnnotationStore.open(indexedDB).catch((error: unknown) => {
    store = null;
    throw error;
  });
  return store;
};

// The reader's added articles: their own connection, opened on first use like the highlight store.
let corpusStore: Promise<CorpusStore> | null = null;
const openCorpusStore = (): Promise<CorpusStore> => {
  corpusStore ??= CorpusStore.open(indexedDB).catch((error: unknown) => {
    corpusStore = null;
    throw error;
  });
  return corpusStore;
};

const handlers: Handlers = createHandlers({
  corpus,
  index: () => index.get(),
  store: openStore,
  corpusStore: openCorpusStore,
  markTab,
  openTab: async (path) => {
    await browser.tabs.create({ url: browser.runtime.getURL(path) });
  },
});
const extensionRoot = new URL(browser.runtime.getURL('/'));
const extension = { id: browser.runtime.id, origin: `${extensionRoot.protocol}//${extensionRoot.host}` };

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  routeMessage(handlers, message, sender, extension),
);
