// The background service worker: owns the database and the corpus, answers
// content scripts and extension pages. Everything it does is in handlers.ts;
// this file only wires it to the browser.
import browser from 'webextension-polyfill';
import type { CorpusPackage } from '../../src/corpus/corpus-package.ts';
import { deserializeIndex } from '../../src/recognition/index-codec.ts';
import { AnnotationStore } from '../../src/store/annotation-store.ts';
import { PURGE_INTERVAL_MS, UNDO_WINDOW_MS } from '../../src/store/undo-window.ts';
import { OVERLAY_SCRIPT } from '../shared/content-files.ts';
import { CorpusStore } from '../../src/store/corpus-store.ts';
import { SnapshotStore } from '../../src/store/snapshot-store.ts';
import { CORPUS_ASSET, INDEX_ASSET } from '../shared/corpus-asset.ts';
import { createHandlers } from './handlers.ts';
import { LazyIndex } from './recognition-service.ts';
import { type Handlers, routeMessage } from './router.ts';
import { tabMessageForCommand } from './commands.ts';
import { markTab } from './toolbar-badge.ts';

const index = new LazyIndex(async () => {
  // A file inside the extension package: not a network request.
  const response = await fetch(browser.runtime.getURL(INDEX_ASSET));
  if (!response.ok) throw new Error(`${INDEX_ASSET}: HTTP ${response.status}`);
  return deserializeIndex(new Uint8Array(await response.arrayBuffer()));
});

// The shipped corpus package: also a file in the package, read and parsed on
// first need (a recognition that matches, a panel, a list) rather than parsed
// as code at every worker start. CorpusService keeps it once loaded.
const loadCorpus = async (): Promise<CorpusPackage> => {
  const response = await fetch(browser.runtime.getURL(CORPUS_ASSET));
  if (!response.ok) throw new Error(`${CORPUS_ASSET}: HTTP ${response.status}`);
  return (await response.json()) as CorpusPackage;
};

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

// Kept versions of articles (the Changes tab): their own connection, opened on first use.
let snapshotStore: Promise<SnapshotStore> | null = null;
const openSnapshotStore = (): Promise<SnapshotStore> => {
  snapshotStore ??= SnapshotStore.open(indexedDB).catch((error: unknown) => {
    snapshotStore = null;
    throw error;
  });
  return snapshotStore;
};

const handlers: Handlers = createHandlers({
  corpus: loadCorpus,
  index: () => index.get(),
  store: openStore,
  corpusStore: openCorpusStore,
  snapshotStore: openSnapshotStore,
  markTab,
  // The gate asks for the rest of the content script: run from the package into
  // the gate's own world, so no file needs to be reachable from the page.
  injectOverlay: async (tabId, frameId) => {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [OVERLAY_SCRIPT] });
  },
  openTab: async (path) => {
    await browser.tabs.create({ url: browser.runtime.getURL(path) });
  },
});
const extensionRoot = new URL(browser.runtime.getURL('/'));
const extension = { id: browser.runtime.id, origin: `${extensionRoot.protocol}//${extensionRoot.host}` };

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  routeMessage(handlers, message, sender, extension),
);

// Deletes become final: anything deleted longer ago than the undo window is
// wiped, on start-up and then regularly while the worker runs. A store that
// cannot open (a database from a newer version) is left alone.
const purgeExpiredDeletes = async (): Promise<void> => {
  try {
    await (await openStore()).purgeDeleted(new Date(Date.now() - UNDO_WINDOW_MS));
  } catch {
    // reported where the store is used (the library, the overlay)
  }
};
void purgeExpiredDeletes();
setInterval(() => void purgeExpiredDeletes(), PURGE_INTERVAL_MS);

// Keyboard commands (manifest "commands", remappable in the browser's shortcut
// settings) come from the browser itself, so a page cannot fake them; each is
// passed to the active tab's content script as a tab message.
browser.commands.onCommand.addListener((command: string) => {
  const message = tabMessageForCommand(command);
  if (!message) return;
  void (async () => {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    // A tab where Sourcelight is not running has no listener: nothing to do there.
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  })();
});
