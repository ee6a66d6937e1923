
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, type RecognizedPage } from '../../../extension/background/handlers.ts';
import { classifySender, type Handlers, routeMessage } from '../../../extension/background/router.ts';
import type { CorpusPackage } from '../../../src/corpus/corpus-package.ts';
import { buildRecognitionIndex } from '../../../src/recognition/recognition-index.ts';
import type { AnnotationStore } from '../../../src/store/annotation-store.ts';
import { loadCorpusPackage } from '../helpers/corpus.ts';
import { openTestStore } from '../store/helpers.ts';

const corpus: CorpusPackage = loadCorpusPackage();
const index = buildRecognitionIndex(corpus.articles);

const EXT = { id: 'abcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnop' };
const CONTENT = { id: EXT.id, url: 'https://sputniknews.com/20080927/117172470.html', tab: { id: 7 } };
const PAGE = { id: EXT.id, url: `${EXT.origin}/extension/pages/library/index.html` };

let store: AnnotationStore;
let handlers: Handlers;
const marked: [number, string | null][] = [];
const opened: string[] = [];

beforeEach(async () => {
  store = await openTestStore();
  marked.length = 0;
  opened.length = 0;
  handlers = createHandlers({
    corpus,
    index: async () => index,
    store: async () => store,
    markTab: (tabId, article) => marked.push([tabId, article?.id ?? null]),
    openTab: async (path) => {
      opened.push(path);
    },
  });
});

const send = (message: unknown, sender: object = CONTENT) => routeMessage(handlers, message, sender, EXT);

describe('senders', () => {
  it('tells content scripts on outlet hosts from extension pages, and refuses everyone else', () => {
    expect(classifySender(CONTENT, EXT.id, EXT.origin)).toBe('content');
    expect(classifySender({ ...CONTENT, url: 'https://www.sputnikglobe.com/x' }, EXT.id, EXT.origin)).toBe('content');
    expect(classifySender(PAGE, EXT.id, EXT.origin)).toBe('page');
    expect(classifySender({ ...CONTENT, url: 'https://evil.example/sputniknews.com' }, EXT.id, EXT.origin)).toBeNull();
    expect(classifySender({ ...CONTENT, url: 'https://sputniknews.com.evil.example/' }, EXT.id, EXT.origin)).toBeNull();
    expect(classifySender({ ...CONTENT, id: 'another-extension' }, EXT.id, EXT.origin)).toBeNull();
    expect(classifySender({ id: EXT.id, url: CONTENT.url }, EXT.id, EXT.origin)).toBeNull();
  });

  it('refuses a message from an unexpected sender before doing anything', async () => {
    const reply = await send({ type: 'library/all', payload: {} }, { ...CONTENT, id: 'intruder' });
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/does not come from a Sourcelight page/) });
  });

  it('keeps reading everything and importing to extension pages', async () => {
    for (const type of ['library/all', 'library/export', 'library/import']) {
      const payload = type === 'library/export' ? { format: 'csv' } : type === 'library/import' ? { text: '{}' } : {};
      const reply = await send({ type, payload }, CONTENT);
      expect(reply).toEqual({ ok: false, error: `Refused: "${type}" may not be sent from a web page.` });
    }
    expect(await store.stats()).toMatchObject({ annotations: 0 });
  });
});

describe('malformed messages are refused with the field named, and write nothing', () => {
  it.each([
    ['not an object', 'hello', /must be an object/],
    ['unknown type', { type: 'annotations/drop-all', payload: {} }, /unknown message type/],
    ['missing field', { type: 'annotations/create', payload: { url: CONTENT.url } }, /payload\.corpusId/],
    ['unexpected field', { type: 'annotations/delete', payload: { id: 'x', extra: 1 } }, /payload\.extra: unexpected field/],
    [
      'prototype games',
      { type: 'annotations/delete', payload: JSON.parse('{"id":"x","__proto__":{"polluted":true}}') },
      /payload\.__proto__: unexpected field/,
    ],
    ['wrong type', { type: 'site/set-prefs', payload: { host: 'sputniknews.com', overlay: 'open-wide' } }, /payload\.overlay/],
    [
      'oversized',
      { type: 'page/recognize', payload: { url: CONTENT.url, paragraphs: ['x'.repeat(100_001)] } },
      /payload\.paragraphs\[0\]: longer than/,
    ],
  ])('%s', async (_label, message, error) => {
    const reply = await send(message);
    expect(reply.ok).toBe(false);
    expect((reply as { error: string }).error).toMatch(error);
    expect(await store.stats()).toMatchObject({ annotations: 0 });
  });
});

describe('handlers', () => {
  const article = corpus.articles.find((a) => a.id === 'sputnik-2008-09-27-lavrov-relations-not-frozen')!;

  it('recognises a corpus page, marks its tab and seeds its statements once', async () => {
    const reply = await send({ type: 'page/recognize', payload: { url: CONTENT.url, paragraphs: article.paragraphs } });
    expect(reply.ok).toBe(true);
    const page = (reply as { value: RecognizedPage }).value;
    expect(page.article.id).toBe(article.id);
    expect(page.extras.outletCards[0]?.name).toBe('Sputnik');
    expect(marked).toEqual([[7, article.id]]);
    const seeded = (await store.listAll()).filter((r) => r.origin === 'statement');
    expect(seeded).toHaveLength(corpus.extras[article.id]!.statements.length);
    await send({ type: 'page/recognize', payload: { url: CONTENT.url, paragraphs: article.paragraphs } });
    expect((await store.listAll()).filter((r) => r.origin === 'statement')).toHaveLength(seeded.length);
  });

  it('answers null for a page that is not in the corpus, and unmarks its tab', async () => {
    const reply = await send({
      type: 'page/recognize',
      payload: { url: CONTENT.url, paragraphs: ['An unrelated story about the weather in Lisbon, with several sentences of its own.'] },
    });
    expect(reply).toEqual({ ok: true, value: null });
    expect(marked).toEqual([[7, null]]);
  });

  it('keeps per-site overlay preferences, www or not', async () => {
    expect(await send({ type: 'site/get-prefs', payload: { host: 'sputniknews.com' } })).toEqual({ ok: true, value: 'collapsed' });
    await send({ type: 'site/set-prefs', payload: { host: 'www.sputniknews.com', overlay: 'dismissed' } });
    expect(await send({ type: 'site/get-prefs', payload: { host: 'sputniknews.com' } })).toEqual({ ok: true, value: 'dismissed' });
  });

  it('keeps per-site "Show statements" apart from the overlay state, each kept when the other changes', async () => {
    expect(await send({ type: 'site/get-statements', payload: { host: 'reuters.com' } })).toEqual({ ok: true, value: true });
    await send({ type: 'site/set-prefs', payload: { host: 'reuters.com', overlay: 'expanded' } });
    await send({ type: 'site/set-statements', payload: { host: 'www.reuters.com', shown: false } });
    expect(await send({ type: 'site/get-statements', payload: { host: 'reuters.com' } })).toEqual({ ok: true, value: false });
    expect(await send({ type: 'site/get-prefs', payload: { host: 'reuters.com' } })).toEqual({ ok: true, value: 'expanded' });
    await send({ type: 'site/set-prefs', payload: { host: 'reuters.com', overlay: 'collapsed' } });
    expect(await send({ type: 'site/get-statements', payload: { host: 'reuters.com' } })).toEqual({ ok: true, value: false });
    const refused = await send({ type: 'site/set-statements', payload: { host: 'reuters.com', shown: 'no' } });
    expect(refused.ok).toBe(false);
  });

  it('creates, corrects, deletes and restores annotations; exports them', async () => {
    const selectors = {
      quote: { type: 'TextQuoteSelector', exact: 'Moscow in turn blamed', prefix: '', suffix: ' Western' },
      position: { type: 'TextPositionSelector', start: 10, end: 31 },
    };
    const created = await send({
      type: 'annotations/create',
      payload: { url: CONTENT.url, corpusId: article.id, selectors, categoryId: 'claim', note: 'check', tags: [] },
    });
    expect(created.ok).toBe(true);
    const id = (created as { value: { id: string } }).value.id;
    const other = await send({ type: 'annotations/for-page', payload: { url: 'https://sputnikglobe.com/20080927/117172470.html', corpusId: article.id } });
    expect((other as { value: { annotations: { id: string }[] } }).value.annotations.map((a) => a.id)).toEqual([id]);
    await send({ type: 'annotations/delete', payload: { id } });
    const afterDelete = await send({ type: 'annotations/for-page', payload: { url: CONTENT.url, corpusId: article.id } });
    expect((afterDelete as { value: { annotations: unknown[] } }).value.annotations).toEqual([]);
    await send({ type: 'annotations/restore', payload: { id } });
    const exported = await send({ type: 'library/export', payload: { format: 'markdown' } }, PAGE);
    expect((exported as { value: { text: string; fileName: string } }).value.text).toContain('Moscow in turn blamed');
    expect((exported as { value: { fileName: string } }).value.fileName).toMatch(/^sourcelight-\d{4}-\d{2}-\d{2}\.md$/);
  });

  it('opens extension pages for known articles only', async () => {
    expect(await send({ type: 'pages/open', payload: { kind: 'compare', a: article.id, b: 'reuters-2009-12-04-nato-russia-sign-agreement' } })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(opened).toEqual([
      `extension/pages/compare/index.html?a=${article.id}&b=reuters-2009-12-04-nato-russia-sign-agreement`,
    ]);
    const unknown = await send({ type: 'pages/open', payload: { kind: 'reader', id: 'no-such-article' } });
    expect(unknown).toEqual({ ok: false, error: 'No corpus article has the id "no-such-article".' });
  });
});
