// A corpus pack sent to the worker in chunks (begin → chunks → commit), in
// Node over a fake-indexeddb store: the whole file is written at commit or
// nothing of it is; a bad article names the file and line; a worker that
// restarted mid-file says the file was interrupted; the same text twice is one
// article; a commit sent again gets the same answer.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AddReport } from '../../../extension/background/handlers.ts';
import { type Handlers, routeMessage } from '../../../extension/background/router.ts';
import { generateSyntheticCorpus } from '../../../scripts/generate-synthetic-corpus.ts';
import type { CorpusPackage } from '../../../src/corpus/corpus-package.ts';
import { type PackLine, readCorpusPackLines } from '../../../src/corpus/ingest/corpus-pack.ts';
import { chunkPack } from '../../../src/corpus/ingest/pack-chunks.ts';
import { buildRecognitionIndex } from '../../../src/recognition/recognition-index.ts';
import { loadCorpusPackage } from '../helpers/corpus.ts';
import { startTestWorker } from '../helpers/test-worker.ts';

const corpus: CorpusPackage = loadCorpusPackage();
const index = buildRecognitionIndex(corpus.articles);
const EXT = { id: 'abcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnop' };
const PAGE = { id: EXT.id, url: `${EXT.origin}/extension/pages/library/index.html` };

let factory: IDBFactory;
let opened: { close(): void }[] = [];
let handlers: Handlers;

async function startWorker(): Promise<Handlers> {
  const worker = await startTestWorker(factory, corpus, index);
  opened.push(worker);
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
async function refuse(type: string, payload: unknown): Promise<string> {
  const reply = await routeMessage(handlers, { type, payload }, PAGE, EXT);
  expect(reply.ok).toBe(false);
  return (reply as { error: string }).error;
}
const added = () => ask<{ id: string }[]>('corpus/added', {});

/** A pack of `n` synthetic reports, read as the library reads it (lines numbered from 1). */
function pack(n: number, seed = 7): PackLine[] {
  const text = generateSyntheticCorpus(n, seed)
    .map((a, i) => JSON.stringify({ url: `https://wire.example/news/${i}`, title: a.paragraphs[0]!.slice(0, 60), published: '2009-12-04', text: a.paragraphs.join('\n\n') }))
    .join('\n');
  return readCorpusPackLines(text, 'wire.jsonl');
}

async function begin(total: number): Promise<string> {
  return (await ask<{ sessionId: string }>('corpus/add-begin', { total, from: 'pack', fileName: 'wire.jsonl' })).sessionId;
}

describe('chunkPack', () => {
  it('keeps each chunk within its characters and articles, in order, an over-long article alone', () => {
    const lines = pack(40);
    const chunks = chunkPack(lines, 20_000, 7);
    expect(chunks.flatMap((c) => c.items)).toEqual(lines);
    let offset = 0;
    for (const c of chunks) {
      expect(c.offset).toBe(offset);
      expect(c.items.length).toBeLessThanOrEqual(7);
      const chars = c.items.reduce((s, i) => s + i.article.text.length, 0);
      expect(chars <= 20_000 || c.items.length === 1).toBe(true);
      offset += c.items.length;
    }
    expect(chunkPack(lines, 10).every((c) => c.items.length === 1)).toBe(true);
  });
});

describe('adding a pack in chunks', { timeout: 120_000 }, () => {
  it('writes the whole file at commit, counting articles as the chunks arrive; the same text twice is one article', async () => {
    const lines = pack(30);
    const sessionId = await begin(31);
    const received: number[] = [];
    const chunks = chunkPack(lines, 1_000_000, 12);
    for (const c of chunks) received.push((await ask<{ received: number }>('corpus/add-chunk', { sessionId, offset: c.offset, items: c.items })).received);
    // The worker does not trust the page: a text sent twice is still one article.
    received.push((await ask<{ received: number }>('corpus/add-chunk', { sessionId, offset: 30, items: [{ line: 31, article: lines[4]!.article }] })).received);
    expect(received).toEqual([12, 24, 30, 31]);
    expect(await added()).toEqual([]); // nothing written before the commit
    const report = await ask<AddReport>('corpus/add-commit', { sessionId });
    expect(report.added).toHaveLength(30);
    expect(report.duplicates).toHaveLength(1);
    expect(await added()).toHaveLength(30);
    // A commit sent again (its answer lost on the way) gets the same report, not an "interrupted".
    expect(await ask<AddReport>('corpus/add-commit', { sessionId })).toEqual(report);
    // The same file again: every article is already there.
    const again = await begin(30);
    for (const c of chunks) await ask('corpus/add-chunk', { sessionId: again, offset: c.offset, items: c.items });
    const second = await ask<AddReport>('corpus/add-commit', { sessionId: again });
    expect(second.added).toEqual([]);
    expect(second.duplicates).toHaveLength(30);
  });

  it('refuses the whole file when an article in a later chunk is bad, naming the file and its line', async () => {
    const lines = pack(30);
    lines[27] = { line: 28, article: { ...lines[27]!.article, url: 'not an address' } };
    const sessionId = await begin(30);
    const chunks = chunkPack(lines, 1_000_000, 10);
    await ask('corpus/add-chunk', { sessionId, offset: 0, items: chunks[0]!.items });
    await ask('corpus/add-chunk', { sessionId, offset: 10, items: chunks[1]!.items });
    expect(await refuse('corpus/add-chunk', { sessionId, offset: 20, items: chunks[2]!.items })).toMatch(/^wire\.jsonl: line 28: .*absolute address/);
    // The session is over: nothing of the file can be committed.
    expect(await refuse('corpus/add-commit', { sessionId })).toMatch(/interrupted.*nothing of it was written/);
    expect(await added()).toEqual([]);
  });

  it('says a file was interrupted, and writes nothing of it, when the worker restarted mid-file', async () => {
    const lines = pack(20);
    const sessionId = await begin(20);
    const [first, second] = chunkPack(lines, 1_000_000, 10);
    await ask('corpus/add-chunk', { sessionId, offset: 0, items: first!.items });
    handlers = await startWorker(); // a new worker: the sessions were in the old one's memory
    expect(await refuse('corpus/add-chunk', { sessionId, offset: 10, items: second!.items })).toMatch(/interrupted.*nothing of it was written/);
    expect(await refuse('corpus/add-commit', { sessionId })).toMatch(/interrupted.*nothing of it was written/);
    expect(await added()).toEqual([]);
  });

  it('writes nothing when a chunk went missing or the file is not complete', async () => {
    const lines = pack(20);
    const [first, second] = chunkPack(lines, 1_000_000, 10);
    const skipped = await begin(20);
    await ask('corpus/add-chunk', { sessionId: skipped, offset: 0, items: first!.items });
    expect(await refuse('corpus/add-chunk', { sessionId: skipped, offset: 15, items: second!.items })).toMatch(/went missing.*nothing of it was written/);
    const short = await begin(20);
    await ask('corpus/add-chunk', { sessionId: short, offset: 0, items: first!.items });
    expect(await refuse('corpus/add-commit', { sessionId: short })).toMatch(/^wire\.jsonl: only 10 of 20 articles arrived; nothing of it was written/);
    expect(await added()).toEqual([]);
  });
});
