// A fault of the statements extractor on one article's text must not cost the reader the article, or the rest of
// its file: statements are derived, the article is what the reader asked to keep. (Before, one throwing sentence
// refused a whole corpus pack with the extractor's TypeError as the only message.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AddReport, ArticleWithExtras } from '../../../extension/background/handlers.ts';
import { type Handlers, routeMessage } from '../../../extension/background/router.ts';
import { readCorpusPack } from '../../../src/corpus/ingest/corpus-pack.ts';
import { loadCorpusPackage } from '../helpers/corpus.ts';
import { startTestWorker, type TestWorker } from '../helpers/test-worker.ts';
import { buildRecognitionIndex } from '../../../src/recognition/recognition-index.ts';

/** Texts holding this word make the extractor throw, as a fault in its rules would. */
const FAULT = 'Faultword';

vi.mock('../../../src/statements/extract.ts', async (original) => {
  const real = await original<typeof import('../../../src/statements/extract.ts')>();
  return {
    ...real,
    extractStatements: (text: string, options: Parameters<typeof real.extractStatements>[1]) => {
      if (text.includes(FAULT)) throw new TypeError("Cannot read properties of undefined (reading 'lower')");
      return real.extractStatements(text, options);
    },
  };
});

const ROOT = join(import.meta.dirname, '../../..');
const corpus = loadCorpusPackage();
const index = buildRecognitionIndex(corpus.articles);
const EXT = { id: 'abcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnop' };
const PAGE = { id: EXT.id, url: `${EXT.origin}/extension/pages/library/index.html` };

let factory: IDBFactory;
let worker: TestWorker;
let handlers: Handlers;

beforeEach(async () => {
  factory = new IDBFactory();
  worker = await startTestWorker(factory, corpus, index);
  handlers = worker.handlers;
});
afterEach(() => {
  vi.restoreAllMocks();
  worker.close();
});

async function ask<T>(type: string, payload: unknown): Promise<T> {
  const reply = await routeMessage(handlers, { type, payload }, PAGE, EXT);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}

describe('a fault of the statements extractor', { timeout: 60_000 }, () => {
  it('adds the whole file all the same: the faulty article without statements, the others with theirs, and says so', async () => {
    const [good] = readCorpusPack(readFileSync(join(ROOT, 'fixtures/growing-corpus/interfax-2009-12-04.jsonl'), 'utf8'), 'interfax.jsonl');
    const faulty = { ...good!, url: 'https://example.org/faulty', text: `${good!.text}\n\n${FAULT} said the talks were over.` };
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const report = await ask<AddReport>('corpus/add', { articles: [good, faulty], from: 'pack', fileName: 'two.jsonl' });

    expect(report.added).toHaveLength(2);
    expect(report.withoutStatements).toBe(1);
    expect(logged).toHaveBeenCalledTimes(1);
    const [goodId, faultyId] = report.added.map((a) => a.id);
    const withStatements = await ask<ArticleWithExtras>('corpus/article', { id: goodId });
    const without = await ask<ArticleWithExtras>('corpus/article', { id: faultyId });
    expect(withStatements.extras.statements.length).toBeGreaterThan(0);
    expect(without.extras.statements).toEqual([]);
    expect(without.article.text).toContain(FAULT);

    // Both are stored: a restarted worker has them.
    worker.close();
    worker = await startTestWorker(factory, corpus, index);
    handlers = worker.handlers;
    const listed = await ask<{ id: string }[]>('corpus/list', {});
    expect(listed.map((a) => a.id)).toEqual(expect.arrayContaining([goodId, faultyId]));
  });

  it('a file with no fault reports none', async () => {
    const [good] = readCorpusPack(readFileSync(join(ROOT, 'fixtures/growing-corpus/interfax-2009-12-04.jsonl'), 'utf8'), 'interfax.jsonl');
    const report = await ask<AddReport>('corpus/add', { articles: [good], from: 'pack', fileName: 'one.jsonl' });
    expect(report.added).toHaveLength(1);
    expect(report.withoutStatements).toBe(0);
  });
});
