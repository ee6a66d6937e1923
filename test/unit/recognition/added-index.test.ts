// Recognition of added articles: by content, on the outlets' pages, exactly as
// a built-in one; the index updated per article and restorable from per-article
// records; the shipped index untouched.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { generateSyntheticCorpus } from '../../../scripts/generate-synthetic-corpus.ts';
import { extractArticleFromDocument } from '../../../src/corpus/ingest/extract-html.ts';
import { ingestArticle } from '../../../src/corpus/ingest/ingest-article.ts';
import type { CorpusArticle } from '../../../src/corpus/types.ts';
import {
  ADDED_INDEX_FORMAT,
  type AddedIndexRecord,
  addedIndexRecord,
  createAddedIndex,
  MAX_SEGMENT,
  recognizeWithAdded,
} from '../../../src/recognition/added-index.ts';
import { indexCorpus } from '../../../src/recognition/corpus-index.ts';
import { deserializeIndex, serializeIndex } from '../../../src/recognition/index-codec.ts';
import { extractPageText } from '../../../src/recognition/page-text.ts';
import { buildRecognitionIndex } from '../../../src/recognition/recognition-index.ts';
import { recognize } from '../../../src/recognition/recognize.ts';
import type { PageText } from '../../../src/recognition/types.ts';
import { loadCompiledCorpus } from '../helpers/corpus.ts';

const ingestDir = fileURLToPath(new URL('../../../fixtures/ingest/', import.meta.url));
const pagesDir = fileURLToPath(new URL('../../../fixtures/pages/', import.meta.url));
const doc = (html: string) => parseHTML(html).document as unknown as Document;

const five = loadCompiledCorpus().articles;
const shipped = deserializeIndex(serializeIndex(indexCorpus(loadCompiledCorpus())));

function added(file: string): CorpusArticle {
  return ingestArticle(extractArticleFromDocument(doc(readFileSync(`${ingestDir}${file}`, 'utf8')), 'file:///saved.html'));
}
const interfax = added('interfax-en-nrc-brussels.html');
const courier = added('courier-newspaper-nrc.html');
const nato = added('nato-release-nrc-ministers.html');
const russian = added('interfax-ru-nrc.html');
const otherMeeting = added('other-meeting-rasmussen-moscow.html');
const mine = [interfax, courier, nato, russian];

/** An outlet page carrying `article` (republished) among its own chrome, teasers and comments. */
function outletPage(article: CorpusArticle, keep = 1): PageText {
  const html = `<!doctype html><html><head><title>x</title></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/russia">Russia</a></nav>
    <h1>${article.headline}</h1>
    <article>${article.paragraphs.slice(0, Math.ceil(article.paragraphs.length * keep)).map((p) => `<p>${p}</p>`).join('')}</article>
    <aside><h2>Newsfeed</h2><ul><li><a href="/1">Storm closes ports along the coast</a></li><li><a href="/2">Council approves new bus lanes</a></li></ul></aside>
    <footer>Subscribe to our newsletter</footer></body></html>`;
  return extractPageText(doc(html));
}

describe('added articles index', () => {
  // Generous: the machine running the suite may be busy; nothing here measures time.
  vi.setConfig({ testTimeout: 60_000 });
  const index = createAddedIndex();
  for (const a of mine) index.add(addedIndexRecord(a));

  it('recognises an added article on an outlet page, at any address, as a built-in one would be', () => {
    for (const a of mine) {
      for (const url of ['https://sputnikglobe.com/20091204/157123456.html', 'https://www.reuters.com/article/idUS123', a.addresses[0]!]) {
        const r = recognizeWithAdded(shipped, index, outletPage(a), { url });
        expect(r, `${a.headline} at ${url}`).toMatchObject({ corpusId: a.id, coverage: 1 });
      }
    }
    const atOwnAddress = recognizeWithAdded(shipped, index, outletPage(interfax), { url: interfax.addresses[0]! });
    expect(atOwnAddress?.addressMatched).toBe(true);
  });

  it('decides as one index holding the five and the added articles would (same rule, same measures)', () => {
    const together = buildRecognitionIndex([...five, ...mine]);
    const pages = [...mine.flatMap((a) => [outletPage(a), outletPage(a, 0.4)]), outletPage(otherMeeting), ...five.map((a) => ({ paragraphs: a.paragraphs }))];
    for (const page of pages) {
      expect(recognizeWithAdded(shipped, index, page)).toEqual(recognize(together, page));
    }
  });

  it('recognises a 40% preview and not a different story about the same people', () => {
    expect(recognizeWithAdded(shipped, index, outletPage(courier, 0.4))?.corpusId).toBe(courier.id);
    expect(recognizeWithAdded(shipped, index, outletPage(otherMeeting))).toBeNull();
    // The Russian report is not the English one it follows closely in content.
    expect(recognizeWithAdded(shipped, index, outletPage(russian))?.corpusId).toBe(russian.id);
  });

  it('leaves the shipped decisions as they are on every saved outlet page', () => {
    const manifest = `${pagesDir}pages.json`;
    const cases: { url: string; file: string; expect: string | null }[] = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')) : [];
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      const page = extractPageText(doc(readFileSync(`${pagesDir}${c.file}`, 'utf8')));
      expect(recognizeWithAdded(shipped, index, page, { url: c.url })).toEqual(recognize(shipped, page, { url: c.url }));
    }
  });

  it('is updated per article: remove, has, re-add', () => {
    const local = createAddedIndex(index.records());
    expect(local.size).toBe(4);
    expect(local.remove(courier.id)).toBe(true);
    expect(local.remove(courier.id)).toBe(false);
    expect(local.has(courier.id)).toBe(false);
    expect(local.recognize(outletPage(courier))).toBeNull();
    expect(local.recognize(outletPage(nato))?.corpusId).toBe(nato.id);
    local.add(addedIndexRecord(courier));
    expect(local.recognize(outletPage(courier))?.corpusId).toBe(courier.id);
    // The same article again replaces its record: no duplicate.
    local.add(addedIndexRecord({ ...courier, addresses: [...courier.addresses, 'https://mirror.example/c'] }));
    expect(local.size).toBe(4);
    expect(local.recognize(outletPage(courier), { url: 'https://mirror.example/c' })).toMatchObject({ corpusId: courier.id, addressMatched: true });
  });

  it('restores from records stored as JSON or structured clones without the texts', () => {
    const records = index.records();
    for (const copy of [JSON.parse(JSON.stringify(records)) as AddedIndexRecord[], structuredClone(records)]) {
      const restored = createAddedIndex(copy);
      for (const a of mine) expect(restored.recognize(outletPage(a))).toEqual(index.recognize(outletPage(a)));
    }
    expect(records[0]).toMatchObject({ format: ADDED_INDEX_FORMAT, id: interfax.id, addresses: interfax.addresses });
    expect(() => createAddedIndex([{ ...records[0]!, format: ADDED_INDEX_FORMAT + 1 }])).toThrow(/another index format; recompute/);
  });
});

describe('added index at scale (synthetic)', () => {
  const articles = generateSyntheticCorpus(400);

  it('keeps few segments, none over MAX_SEGMENT, and recognises every article after adds and removes', () => {
    const index = createAddedIndex();
    for (const a of articles) index.add(addedIndexRecord(a));
    const segments = index.segmentIndexes();
    expect(segments.length).toBeLessThanOrEqual(Math.ceil(Math.log2(articles.length)) + 1);
    expect(Math.max(...segments.map((s) => s.ids.length))).toBeLessThanOrEqual(MAX_SEGMENT);
    expect(segments.reduce((n, s) => n + s.ids.length, 0)).toBe(articles.length);
    for (let i = 0; i < articles.length; i += 3) index.remove(articles[i]!.id);
    for (let i = 0; i < articles.length; i += 5) {
      const a = articles[i]!;
      expect(index.recognize({ paragraphs: a.paragraphs })?.corpusId ?? null).toBe(i % 3 === 0 ? null : a.id);
    }
  }, 120_000);
});
