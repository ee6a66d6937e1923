// The worker's snapshot messages: kept from the content script of a corpus
// page, listed for the tab and the extension pages, refused for an unknown
// article or a malformed payload before anything is stored. The live page's
// text held for the compare view (memory only), and a pair of versions opened.
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../extension/background/handlers.ts';
import { type Handlers, routeMessage } from '../../../extension/background/router.ts';
import { buildRecognitionIndex } from '../../../src/recognition/recognition-index.ts';
import { SnapshotStore } from '../../../src/store/snapshot-store.ts';
import { loadCorpusPackage } from '../helpers/corpus.ts';
import { freshFactory, LAVROV, LAVROV_URL, openTestStore } from '../store/helpers.ts';

const corpus = loadCorpusPackage();
const index = buildRecognitionIndex(corpus.articles);
const EXT = { id: 'abcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnop' };
const CONTENT = { id: EXT.id, url: LAVROV_URL, tab: { id: 7 } };
const PAGE = { id: EXT.id, url: `${EXT.origin}/extension/pages/compare/index.html` };

let handlers: Handlers;
let snapshots: SnapshotStore;
let opened: string[];
beforeEach(async () => {
  const factory = freshFactory();
  const store = await openTestStore(factory);
  snapshots = await SnapshotStore.open(factory);
  opened = [];
  handlers = createHandlers({
    corpus,
    index: async () => index,
    store: async () => store,
    snapshotStore: async () => snapshots,
    markTab: () => undefined,
    openTab: async (path: string) => {
      opened.push(path);
    },
  });
});
const send = (message: unknown, sender: object = CONTENT) => routeMessage(handlers, message, sender, EXT);

describe('snapshot messages', () => {
  it('keeps a version from the tab and lists it to the tab and to extension pages', async () => {
    const added = await send({ type: 'snapshots/add', payload: { corpusId: LAVROV, url: LAVROV_URL, paragraphs: ['One.', 'Two.'] } });
    expect(added).toMatchObject({ ok: true, value: { stored: true, snapshot: { corpusId: LAVROV, url: LAVROV_URL, paragraphs: ['One.', 'Two.'] } } });
    const id = (added as { value: { snapshot: { id: string } } }).value.snapshot.id;
    for (const sender of [CONTENT, PAGE]) {
      const listed = await send({ type: 'snapshots/list', payload: { corpusId: LAVROV } }, sender);
      expect(listed).toMatchObject({ ok: true, value: [{ id }] });
    }
    expect(await send({ type: 'snapshots/remove', payload: { id } })).toEqual({ ok: true, value: null });
    expect(await snapshots.list(LAVROV)).toEqual([]);
  });

  it('refuses an unknown article, a malformed payload and an extension page keeping a version', async () => {
    expect(await send({ type: 'snapshots/add', payload: { corpusId: 'nope', url: LAVROV_URL, paragraphs: ['x'] } })).toEqual({
      ok: false,
      error: expect.stringMatching(/No corpus article has the id "nope"/),
    });
    expect(await send({ type: 'snapshots/add', payload: { corpusId: LAVROV, url: LAVROV_URL, paragraphs: 'x' } })).toMatchObject({ ok: false });
    expect(await send({ type: 'snapshots/add', payload: { corpusId: LAVROV, url: LAVROV_URL, paragraphs: ['x'] } }, PAGE)).toMatchObject({ ok: false });
    expect(await snapshots.list(LAVROV)).toEqual([]);
  });
});

describe('versions for the compare view', () => {
  it('holds the live page from the tab (in memory), lists it to extension pages, and opens a pair of versions', async () => {
    const held = await send({ type: 'versions/hold-live', payload: { corpusId: LAVROV, url: LAVROV_URL, paragraphs: ['One.', 'Three.'] } });
    expect(held).toEqual({ ok: true, value: { ref: expect.stringMatching(/^live:[0-9a-f]{16}$/) } });
    const ref = (held as { value: { ref: string } }).value.ref;
    const listed = await send({ type: 'versions/live', payload: { corpusId: LAVROV } }, PAGE);
    expect(listed).toMatchObject({ ok: true, value: [{ id: ref.slice('live:'.length), corpusId: LAVROV, url: LAVROV_URL, paragraphs: ['One.', 'Three.'] }] });
    // Nothing was stored.
    expect(await snapshots.list(LAVROV)).toEqual([]);

    expect(await send({ type: 'pages/open', payload: { kind: 'versions', article: LAVROV, a: 'archived', b: ref } })).toEqual({ ok: true, value: undefined });
    expect(opened).toEqual([`extension/pages/compare/index.html?article=${LAVROV}&a=archived&b=${encodeURIComponent(ref)}`]);
  });

  it('refuses the live page from an extension page, an unknown article, and a pair naming no version', async () => {
    expect(await send({ type: 'versions/hold-live', payload: { corpusId: LAVROV, url: LAVROV_URL, paragraphs: ['x'] } }, PAGE)).toMatchObject({ ok: false });
    expect(await send({ type: 'versions/hold-live', payload: { corpusId: 'nope', url: LAVROV_URL, paragraphs: ['x'] } })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/No corpus article has the id "nope"/),
    });
    expect(await send({ type: 'versions/live', payload: { corpusId: LAVROV } }, PAGE)).toEqual({ ok: true, value: [] });
    expect(await send({ type: 'pages/open', payload: { kind: 'versions', article: LAVROV, a: 'archived', b: 'latest' } })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/"latest" names no version/),
    });
    expect(await send({ type: 'pages/open', payload: { kind: 'versions', article: 'nope', a: 'archived', b: 'snapshot:x' } })).toMatchObject({ ok: false });
    expect(opened).toEqual([]);
  });
});
