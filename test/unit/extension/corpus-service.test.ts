// The worker's growing corpus through its message boundary, in Node over a
// fake-indexeddb store: an article added (from a page, a saved page or a pack)
// joins every engine (recognition, statements, cross-references, compare),
// survives a worker restart, is removed without touching highlights; bad files
// and a full disk change nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AddReport, ArticleWithExtras, RecognizedPage } from '../../../extension/background/handlers.ts';
import { createHandlers } from '../../../extension/background/handlers.ts';
import { type Handlers, routeMessage } from '../../../extension/background/router.ts';
import type { CorpusPackage } from '../../../src/corpus/corpus-package.ts';
import { readCorpusPack } from '../../../src/corpus/ingest/corpus-pack.ts';
import { extractArticleFromDocument } from '../../../src/corpus/ingest/extract-html.ts';
import type { ExtractedArticle } from '../../../src/corpus/ingest/extracted-article.ts';
import { buildRecognitionIndex } from '../../../src/recognition/recognition-index.ts';
import type { AnnotationStore } from '../../../src/store/annotation-store.ts';
import type { CorpusStore } from '../../../src/store/corpus-store.ts';
import { loadCorpusPackage } from '../helpers/corpus.ts';
import { startTestWorker } from '../helpers/test-worker.ts';
import { sel, } from '../store/helpers.ts';

const ROOT = join(import.meta.dirname, '../../..');
const GROWING = join(ROOT, 'fixtures/growing-corpus');
const corpus: CorpusPackage = loadCorpusPackage();
const index = buildRecognitionIndex(corpus.articles);

const SPUTNIK_002 = 'sputnik-2009-12-01-rogozin-rasmussen-constructive-talks';
const REUTERS_003 = 'reuters-2009-12-04-nato-russia-sign-agreement';
const NATO_URL = 'https://www.nato.int/cps/en/natohq/news_59970.htm';

function natoArticle(): ExtractedArticle {
  const { document } = parseHTML(readFileSync(join(GROWING, 'nato-2009-12-04.html'), 'utf8'));
  return extractArticleFromDocument(document as unknown as Document, NATO_URL);
}
const interfaxPackText = readFileSync(join(GROWING, 'interfax-2009-12-04.jsonl'), 'utf8');

const EXT = { id: 'abcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnop' };
const PAGE = { id: EXT.id, url: `${EXT.origin}/extension/pages/library/index.html` };
const CONTENT = { id: EXT.id, url: 'https://www.reuters.com/world/nato-russia-council-ministers-2009-12-04/', tab: { id: 3 } };

let factory: IDBFactory;
let opened: { close(): void }[] = [];
let annotations: AnnotationStore;
let handlers: Handlers;

async function startWorker(): Promise<Handlers> {
  const worker = await startTestWorker(factory, corpus, index);
  opened.push(worker);
  annotations = worker.annotations;
  return worker.handlers;
}

beforeEach(async () => {
  factory = new IDBFactory();
  handlers = await startWorker();
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const o of opened) o.close();
  opened = [];
});

async function ask<T>(type: string, payload: unknown, sender: object = PAGE): Promise<T> {
  const reply = await routeMessage(handlers, { type, payload }, sender, EXT);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}
const refuse = async (type: string, payload: unknown, sender: object = PAGE) => {
  const reply = await routeMessage(handlers, { type, payload }, sender, EXT);
  expect(reply.ok).toBe(false);
  return (reply as { error: string }).error;
};

describe('adding articles', { timeout: 60_000 }, () => {
  it('adds a NATO page on the 4 Dec 2009 meeting: it joins the Sputnik and Reuters articles\' same event, both ways', async () => {
    const report = await ask<AddReport>('corpus/add', { articles: [natoArticle()], from: 'page' });
    expect(report.duplicates).toEqual([]);
    expect(report.added).toHaveLength(1);
    const added = report.added[0]!;
    expect(added).toMatchObject({ source: 'added', outlet: 'nato', outletName: 'NATO', addresses: [NATO_URL], from: 'page' });
    expect(added.id).toMatch(/^added-/);

    for (const id of [SPUTNIK_002, REUTERS_003]) {
      const { extras } = await ask<ArticleWithExtras>('corpus/article', { id });
      expect(extras.crossReferences.sameEvent.map((r) => r.id)).toContain(added.id);
      expect(extras.articleCard.outlet).toBe(id.split('-')[0]); // the shipped cards stay
    }
    const own = await ask<ArticleWithExtras>('corpus/article', { id: added.id });
    expect(own.article.headline).toBe('NATO-Russia Council meets at the level of Foreign Ministers');
    expect(own.extras.crossReferences.sameEvent.map((r) => r.id)).toEqual(expect.arrayContaining([SPUTNIK_002, REUTERS_003]));
    expect(own.extras.statements.some((s) => s.kind === 'direct')).toBe(true);

    const listed = await ask<{ id: string }[]>('corpus/list', {});
    expect(listed.map((a) => a.id)).toEqual([...corpus.articles.map((a) => a.id), added.id]);
    const compared = await ask<{ passages: unknown[]; a: { id: string }; b: { id: string } }>('corpus/compare', { a: REUTERS_003, b: added.id });
    expect([compared.a.id, compared.b.id]).toEqual([REUTERS_003, added.id]);
  });

  it('shows a republished copy of the Reuters report as a copy, with the share copied and which came first, both ways', async () => {
    const reuters = corpus.articles.find((a) => a.id === REUTERS_003)!;
    const text = ['BRUSSELS (Agencies) -', ...reuters.paragraphs.filter((p) => p.length > 150).slice(0, 8), 'Readers can send comments to the editor.'].join('\n\n');
    const copy: ExtractedArticle = { url: 'https://www.dailyrepublish.example/world/nato-russia-sign', title: 'NATO, Russia sign cooperation documents', outlet: 'Daily Republish', published: '2009-12-07', text };
    const id = (await ask<AddReport>('corpus/add', { articles: [copy], from: 'pack', fileName: 'copies.jsonl' })).added[0]!.id;
    const own = (await ask<ArticleWithExtras>('corpus/article', { id })).extras.crossReferences.copies;
    expect(own).toEqual([expect.objectContaining({ id: REUTERS_003, original: REUTERS_003, outletName: 'Reuters', added: false })]);
    expect(own[0]!.share).toBeGreaterThan(0.8);
    const theirs = (await ask<ArticleWithExtras>('corpus/article', { id: REUTERS_003 })).extras.crossReferences.copies;
    expect(theirs).toEqual([expect.objectContaining({ id, original: REUTERS_003, outletName: 'Daily Republish', added: true })]);
    expect(theirs[0]!.share).toBeLessThan(own[0]!.share);
    // The NATO release shares the event, not the text: no copy.
    const nato = (await ask<AddReport>('corpus/add', { articles: [natoArticle()], from: 'page' })).added[0]!.id;
    expect((await ask<ArticleWithExtras>('corpus/article', { id: nato })).extras.crossReferences.copies).toEqual([]);
  });

  it('reports the same text added twice as a duplicate and stores it once', async () => {
    const first = await ask<AddReport>('corpus/add', { articles: [natoArticle()], from: 'page' });
    const again = await ask<AddReport>('corpus/add', { articles: [natoArticle(), natoArticle()], from: 'saved-page', fileName: 'nato.html' });
    expect(again.added).toEqual([]);
    expect(again.duplicates.map((d) => d.id)).toEqual([first.added[0]!.id, first.added[0]!.id]);
    expect(await ask<unknown[]>('corpus/added', {})).toHaveLength(1);
  });

  it('adds a pack, finds its articles by search, and exports them as a pack that reads back to the same articles', async () => {
    const pack = readCorpusPack(interfaxPackText, 'interfax.jsonl');
    await ask<AddReport>('corpus/add', { articles: pack, from: 'pack', fileName: 'interfax.jsonl' });
    await ask<AddReport>('corpus/add', { articles: [natoArticle()], from: 'page' });
    const all = await ask<{ id: string; outletName: string; fileName?: string }[]>('corpus/added', {});
    expect(all.map((a) => a.outletName)).toEqual(['NATO', 'Interfax']); // newest first
    expect(all[1]!.fileName).toBe('interfax.jsonl');
    expect((await ask<{ outletName: string }[]>('corpus/added', { query: 'veto interfax' })).map((a) => a.outletName)).toEqual(['Interfax']);
    expect(await ask<unknown[]>('corpus/added', { query: 'lisbon weather' })).toEqual([]);

    const exported = await ask<{ fileName: string; text: string; count: number }>('corpus/export-pack', {});
    expect(exported).toMatchObject({ fileName: 'sourcelight-corpus-2026-12-01.jsonl', count: 2 });
    // Into a fresh profile: the same two articles (same ids: the same text is one article).
    factory = new IDBFactory();
    handlers = await startWorker();
    const back = await ask<AddReport>('corpus/add', { articles: readCorpusPack(exported.text, exported.fileName), from: 'pack', fileName: exported.fileName });
    expect(back.added.map((a) => a.id).sort()).toEqual(all.map((a) => a.id).sort());
  });

  it('refuses a file whole with an error naming the file and line, and stores nothing', async () => {
    const good = readCorpusPack(interfaxPackText, 'interfax.jsonl')[0]!;
    const error = await refuse('corpus/add', { articles: [good, { ...good, url: 'not an address' }], from: 'pack', fileName: 'mixed.jsonl' });
    expect(error).toMatch(/^mixed\.jsonl: article 2: .*absolute address/);
    const badLine = readFileSync(join(GROWING, 'bad-pack.jsonl'), 'utf8');
    expect(() => readCorpusPack(badLine, 'bad-pack.jsonl')).toThrow(/^bad-pack\.jsonl: line 3/);
    const long = await refuse('corpus/add', { articles: [{ ...good, text: 'word '.repeat(500_000) }], from: 'pack', fileName: 'huge.jsonl' });
    expect(long).toMatch(/^huge\.jsonl: the text is too long/);
    expect(await ask<unknown[]>('corpus/added', {})).toEqual([]);
    expect((await ask<unknown[]>('corpus/list', {})).length).toBe(corpus.articles.length);
  });

  it('changes nothing, in the store or in memory, when the disk is full', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await refuse('corpus/add', { articles: [natoArticle()], from: 'page' })).toMatch(/storage for the extension is full\. Nothing was added/);
    vi.restoreAllMocks();
    expect(await ask<unknown[]>('corpus/added', {})).toEqual([]);
    const { extras } = await ask<ArticleWithExtras>('corpus/article', { id: REUTERS_003 });
    expect(extras.crossReferences.sameEvent.every((r) => !r.id.startsWith('added-'))).toBe(true);
  });

  it('lets only extension pages add, list, remove or export', async () => {
    expect(await refuse('corpus/add', { articles: [natoArticle()], from: 'page' }, CONTENT)).toMatch(/may not be sent from a web page/);
    expect(await refuse('corpus/remove', { id: 'added-x' }, CONTENT)).toMatch(/may not be sent from a web page/);
    expect(await refuse('corpus/add', { articles: [{ text: 'no address' }], from: 'page' })).toMatch(/payload\.articles\[0\]\.url/);
  });
});

describe('recognising an added article', { timeout: 60_000 }, () => {
  it('recognises its page on an outlet host by content, with its added id, seeds its statements, and survives a worker restart', async () => {
    const { added } = await ask<AddReport>('corpus/add', { articles: [natoArticle()], from: 'page' });
    const id = added[0]!.id;
    const { article } = await ask<ArticleWithExtras>('corpus/article', { id });
    const page = { url: CONTENT.url, paragraphs: ['Menu', 'World news', ...article.paragraphs, 'Related: other stories'] };
    const match = await ask<RecognizedPage | null>('page/recognize', page, CONTENT);
    expect(match?.article.id).toBe(id);
    expect(match?.extras.statements.length).toBeGreaterThan(0);
    const seeded = (await annotations.listAll()).filter((r) => r.origin === 'statement');
    expect(seeded.map((r) => r.corpusId)).toEqual(seeded.map(() => id));
    expect(seeded).toHaveLength(match!.extras.statements.length);

    // A new worker restores the added index from the stored records.
    handlers = await startWorker();
    expect((await ask<RecognizedPage | null>('page/recognize', page, CONTENT))?.article.id).toBe(id);
    // The shipped articles are still recognised as themselves.
    const reuters = corpus.articles.find((a) => a.id === REUTERS_003)!;
    expect((await ask<RecognizedPage | null>('page/recognize', { url: CONTENT.url, paragraphs: reuters.paragraphs }, CONTENT))?.article.id).toBe(REUTERS_003);
  });

  it('a page holding a shipped article and then an added one: both, in page order, each with its extras and statements', async () => {
    const { added } = await ask<AddReport>('corpus/add', { articles: [natoArticle()], from: 'page' });
    const id = added[0]!.id;
    const { article } = await ask<ArticleWithExtras>('corpus/article', { id });
    const reuters = corpus.articles.find((a) => a.id === REUTERS_003)!;
    const page = { url: CONTENT.url, paragraphs: ['Menu', ...reuters.paragraphs, 'Next story', ...article.paragraphs, 'Related: other stories'] };
    const match = await ask<RecognizedPage | null>('page/recognize', page, CONTENT);
    expect(match?.article.id).toBe(REUTERS_003);
    expect(match?.others?.map((o) => o.article.id)).toEqual([id]);
    const second = match!.others![0]!;
    expect(second.extras.statements.length).toBeGreaterThan(0);
    expect(second.recognition.region!.firstParagraph).toBeGreaterThan(match!.recognition.region!.lastParagraph);
    const seeded = new Set((await annotations.listAll()).filter((r) => r.origin === 'statement').map((r) => r.corpusId));
    expect(seeded).toEqual(new Set([REUTERS_003, id]));
    // One article: no `others`.
    expect(await ask<RecognizedPage | null>('page/recognize', { url: CONTENT.url, paragraphs: reuters.paragraphs }, CONTENT)).not.toHaveProperty('others');
  });

  it('still recognises the shipped articles when the added articles cannot be read, and says why adding fails', async () => {
    const unreadable = async (): Promise<CorpusStore> => {
      throw new Error('Your highlights were saved by a newer version of Sourcelight; nothing was changed.');
    };
    const worker = createHandlers({
      corpus,
      index: async () => index,
      store: async () => annotations,
      corpusStore: unreadable,
      markTab: () => {},
      openTab: async () => {},
    });
    const reuters = corpus.articles.find((a) => a.id === REUTERS_003)!;
    const reply = await routeMessage(worker, { type: 'page/recognize', payload: { url: CONTENT.url, paragraphs: reuters.paragraphs } }, CONTENT, EXT);
    expect(reply).toMatchObject({ ok: true, value: { article: { id: REUTERS_003 } } });
    const added = await routeMessage(worker, { type: 'corpus/add', payload: { articles: [natoArticle()], from: 'page' } }, PAGE, EXT);
    expect(added).toMatchObject({ ok: false, error: expect.stringContaining('newer version of Sourcelight') });
  });

  it('removes an added article from every engine, but keeps the reader\'s highlights on its page', async () => {
    const { added } = await ask<AddReport>('corpus/add', { articles: [natoArticle()], from: 'page' });
    const id = added[0]!.id;
    const { article } = await ask<ArticleWithExtras>('corpus/article', { id });
    const highlight = await annotations.add({ pageUrl: CONTENT.url, corpusId: id, selectors: sel(article.paragraphs[0]!.slice(0, 40), 0) });
    expect((await ask<{ id: string }>('corpus/remove', { id })).id).toBe(id);
    expect(await ask<unknown[]>('corpus/added', {})).toEqual([]);
    expect(await refuse('corpus/article', { id })).toMatch(/No corpus article has the id/);
    const { extras } = await ask<ArticleWithExtras>('corpus/article', { id: SPUTNIK_002 });
    expect(extras.crossReferences.sameEvent.map((r) => r.id)).not.toContain(id);
    expect(await ask<RecognizedPage | null>('page/recognize', { url: CONTENT.url, paragraphs: article.paragraphs }, CONTENT)).toBeNull();
    const kept = await ask<{ annotations: { id: string }[] }>('annotations/for-page', { url: CONTENT.url, corpusId: null }, CONTENT);
    expect(kept.annotations.map((a) => a.id)).toContain(highlight.id);
    expect(await refuse('corpus/remove', { id: REUTERS_003 })).toMatch(/cannot be removed/);
  });
});
