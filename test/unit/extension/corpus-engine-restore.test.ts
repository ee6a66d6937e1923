// The worker's cross-reference engine after a restart, in Node over a
// fake-indexeddb store: restored from the records it stored of each added
// article (no rebuild), with the same answers; rebuilt (and its records
// written again) when a record is missing or of another version; a removed
// article's record goes with it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AddReport, ArticleWithExtras } from '../../../extension/background/handlers.ts';
import { type Handlers, routeMessage } from '../../../extension/background/router.ts';
import type { CorpusPackage } from '../../../src/corpus/corpus-package.ts';
import { readCorpusPack } from '../../../src/corpus/ingest/corpus-pack.ts';
import { extractArticleFromDocument } from '../../../src/corpus/ingest/extract-html.ts';
import { STORED_PROFILE_VERSION, type StoredProfile } from '../../../src/crossrefs/stored-profile.ts';
import { buildRecognitionIndex } from '../../../src/recognition/recognition-index.ts';
import type { CorpusStore } from '../../../src/store/corpus-store.ts';
import { loadCorpusPackage } from '../helpers/corpus.ts';
import { startTestWorker } from '../helpers/test-worker.ts';

const ROOT = join(import.meta.dirname, '../../..');
const GROWING = join(ROOT, 'fixtures/growing-corpus');
const corpus: CorpusPackage = loadCorpusPackage();
const index = buildRecognitionIndex(corpus.articles);
const EXT = { id: 'abcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnop' };
const PAGE = { id: EXT.id, url: `${EXT.origin}/extension/pages/library/index.html` };
const REUTERS_003 = 'reuters-2009-12-04-nato-russia-sign-agreement';
const NATO_URL = 'https://www.nato.int/cps/en/natohq/news_59970.htm';

function natoArticle() {
  const { document } = parseHTML(readFileSync(join(GROWING, 'nato-2009-12-04.html'), 'utf8'));
  return extractArticleFromDocument(document as unknown as Document, NATO_URL);
}
const interfax = readCorpusPack(readFileSync(join(GROWING, 'interfax-2009-12-04.jsonl'), 'utf8'), 'interfax.jsonl');

let factory: IDBFactory;
let opened: { close(): void }[] = [];
let handlers: Handlers;
let store: CorpusStore;

async function startWorker(): Promise<Handlers> {
  const worker = await startTestWorker(factory, corpus, index);
  opened.push(worker);
  store = worker.corpusStore;
  return worker.handlers;
}

beforeEach(async () => {
  factory = new IDBFactory();
  handlers = await startWorker();
});
afterEach(() => {
  for (const o of opened) o.close();
  opened = [];
});

async function ask<T>(type: string, payload: unknown): Promise<T> {
  const reply = await routeMessage(handlers, { type, payload }, PAGE, EXT);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}
const crossReferences = async (id: string) => (await ask<ArticleWithExtras>('corpus/article', { id })).extras.crossReferences;

/** Waits until the store holds an engine record for each of `ids` (a rebuild writes them in the background). */
async function engineRecords(ids: readonly string[]): Promise<Map<string, unknown>> {
  for (let i = 0; i < 200; i++) {
    const records = await store.loadEngineProfiles();
    if (ids.every((id) => records.has(id))) return records;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the engine records were not written');
}

async function putRecord(id: string, record: unknown): Promise<void> {
  await store.saveEngineProfiles([[id, record]]);
}

describe('the cross-reference engine across a worker restart', { timeout: 120_000 }, () => {
  it('is restored from its stored records, with the same answers', async () => {
    // Two adds, so the corpus order is their order (within one batch, a rebuild orders by id).
    const ids = [
      (await ask<AddReport>('corpus/add', { articles: [natoArticle()], from: 'page' })).added[0]!.id,
      (await ask<AddReport>('corpus/add', { articles: interfax, from: 'pack', fileName: 'interfax.jsonl' })).added[0]!.id,
    ];
    const before = await Promise.all([REUTERS_003, ...ids].map(crossReferences)); // builds the engine and writes its records
    const records = await engineRecords(ids);
    expect([...records.values()].every((r) => (r as StoredProfile).version === STORED_PROFILE_VERSION)).toBe(true);

    handlers = await startWorker();
    expect(await Promise.all([REUTERS_003, ...ids].map(crossReferences))).toEqual(before);
    expect(before[0]!.sameEvent.map((r) => r.id)).toEqual(expect.arrayContaining(ids));

    // The restored engine is the one answering: a record changed in the store changes its answer (the NATO
    // release without its focal dates no longer reports the event)…
    const nato = records.get(ids[0]!) as StoredProfile;
    await putRecord(ids[0]!, { ...nato, focalDates: [] });
    handlers = await startWorker();
    expect((await crossReferences(REUTERS_003)).sameEvent.map((r) => r.id)).not.toContain(ids[0]);
    // …while a record of another version is never read: the engine is rebuilt from the texts and its records written again.
    await putRecord(ids[0]!, { ...nato, focalDates: [], version: STORED_PROFILE_VERSION + 1 });
    handlers = await startWorker();
    expect(await Promise.all([REUTERS_003, ...ids].map(crossReferences))).toEqual(before);
    expect(((await engineRecords(ids)).get(ids[0]!) as StoredProfile).version).toBe(STORED_PROFILE_VERSION);
  });

  it('rebuilds when an article has no record (added while the engine was not built, or written by an older version)', async () => {
    const ids = (await ask<AddReport>('corpus/add', { articles: [natoArticle(), ...interfax], from: 'pack', fileName: 'two.jsonl' })).added.map((a) => a.id);
    expect(await store.loadEngineProfiles()).toEqual(new Map()); // nothing needed the engine yet
    const first = await crossReferences(REUTERS_003);
    await engineRecords(ids);
    handlers = await startWorker();
    expect(await crossReferences(REUTERS_003)).toEqual(first);
  });

  it('writes the record of an article added while the engine is built, and removes it with the article', async () => {
    const nato = (await ask<AddReport>('corpus/add', { articles: [natoArticle()], from: 'page' })).added[0]!.id;
    await crossReferences(nato);
    await engineRecords([nato]);
    const fax = (await ask<AddReport>('corpus/add', { articles: interfax, from: 'pack', fileName: 'interfax.jsonl' })).added[0]!.id;
    expect((await store.loadEngineProfiles()).has(fax)).toBe(true);
    const before = await crossReferences(fax);
    handlers = await startWorker();
    expect(await crossReferences(fax)).toEqual(before);
    await ask('corpus/remove', { id: fax });
    expect([...(await store.loadEngineProfiles()).keys()]).toEqual([nato]);
  });
});
