// Every corpus article on a page (src/recognition/recognize-all.ts): two
// corpus articles on one page are both found, in page order, each with its
// own region; an endless feed adding the second is found again with both; and
// every page of one article or none (the saved outlet pages, the text
// variants, the long pages with their must-not cases) gives exactly what
// recognize gives — no second article appears where there is one.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { type LongPage, longPages, twoArticlesPage } from '../../../fixtures/long-pages/long-pages.ts';
import { indexCorpus } from '../../../src/recognition/corpus-index.ts';
import { deserializeIndex, serializeIndex } from '../../../src/recognition/index-codec.ts';
import { extractPageText } from '../../../src/recognition/page-text.ts';
import { recognize } from '../../../src/recognition/recognize.ts';
import { articlesOnPage, recognizeAll, recognizeAllInAny } from '../../../src/recognition/recognize-all.ts';
import { pageTextFromPlainText } from '../../../src/recognition/text-page.ts';
import type { PageText, Recognition } from '../../../src/recognition/types.ts';
import { loadCompiledCorpus } from '../helpers/corpus.ts';

const corpus = loadCompiledCorpus();
const index = deserializeIndex(serializeIndex(indexCorpus(corpus)));
const paragraphsOf = (id: string) => corpus.articles.find((a) => a.id === id)!.paragraphs.map((p) => p.replace(/\s+/g, ' ').trim());
const textOfHtml = (html: string): PageText => extractPageText(parseHTML(html).document as unknown as Document);

/** Pairs of layouts (fixtures/long-pages LAYOUTS: 0–2 Sputnik, 3 Reuters, 4 Oye! Times), the first article's page holding the second. */
const PAIRS: [number, number][] = [
  [0, 3],
  [3, 0],
  [4, 1],
  [2, 4],
  [1, 2],
];
const twoArticlePages = (['dev', 'test'] as const).flatMap((set) => PAIRS.map(([a, b]) => twoArticlesPage(set, a, b, false)));

/** The region's paragraphs start at the article's first paragraph and end at its last. */
function expectRegionIsArticle(text: PageText, r: Recognition): void {
  const article = paragraphsOf(r.corpusId);
  const inRegion = text.paragraphs.slice(r.region!.firstParagraph, r.region!.lastParagraph + 1);
  expect(inRegion[0]).toBe(article[0]);
  expect(inRegion.at(-1)).toBe(article.at(-1));
}

describe('several corpus articles on one page', () => {
  it.each(twoArticlePages.map((p) => [p.name, p] as const))('%s: both, in page order, each in its own region', (_name, p) => {
    const text = textOfHtml(p.html);
    const all = recognizeAll(index, text, { url: p.url });
    expect(all.map((r) => r.corpusId)).toEqual(p.expectAll);
    for (const r of all) expectRegionIsArticle(text, r);
    expect(all[0]!.region!.lastParagraph).toBeLessThan(all[1]!.region!.firstParagraph);
    // recognize alone still names one of them (the better one).
    expect(p.expectAll).toContain(recognize(index, text, { url: p.url })?.corpusId);
  });

  it.each(['dev', 'test'] as const)('%s endless feed: the first article at load, both once the feed adds the second', (set) => {
    const p = twoArticlesPage(set, 0, 3, true);
    const { document } = parseHTML(p.html);
    const doc = document as unknown as Document;
    expect(recognizeAll(index, extractPageText(doc), { url: p.url }).map((r) => r.corpusId)).toEqual([p.expect]);
    const [next, after] = [...doc.querySelectorAll('template')] as HTMLTemplateElement[];
    doc.getElementById('next-stories')!.append(...next!.content.cloneNode(true).childNodes);
    const text = extractPageText(doc);
    const both = recognizeAll(index, text, { url: p.url });
    expect(both.map((r) => r.corpusId)).toEqual(p.expectAll);
    for (const r of both) expectRegionIsArticle(text, r);
    // The story after it changes nothing.
    doc.getElementById('next-stories')!.append(...after!.content.cloneNode(true).childNodes);
    expect(recognizeAll(index, extractPageText(doc), { url: p.url }).map((r) => r.corpusId)).toEqual(p.expectAll);
  });

  it('lists an article the page shows twice once, at its fuller copy', () => {
    const p = twoArticlesPage('test', 0, 3, false);
    const text = textOfHtml(p.html);
    const reuters = paragraphsOf(p.expectAll![1]!);
    // The Reuters article's first half again after everything else: a shorter second copy.
    const again = { paragraphs: [...text.paragraphs, ...reuters.slice(0, Math.ceil(reuters.length / 2))] };
    const all = recognizeAll(index, again, { url: p.url });
    expect(all.map((r) => r.corpusId)).toEqual(p.expectAll);
    expectRegionIsArticle(again, all[1]!);
  });

  it('finds a shipped and an added article on one page (several indexes, the page hashed once)', () => {
    const p = twoArticlesPage('test', 4, 1, false);
    const second = p.expectAll![1]!;
    const shipped = indexCorpus({ ...corpus, articles: corpus.articles.filter((a) => a.id !== second) });
    const added = indexCorpus({ ...corpus, articles: corpus.articles.filter((a) => a.id === second) });
    expect(recognizeAllInAny([shipped, added], textOfHtml(p.html), { url: p.url }).map((r) => r.corpusId)).toEqual(p.expectAll);
  });
});

describe('choosing among accepted articles', () => {
  const r = (corpusId: string, score: number, first?: number, last?: number): Recognition => ({
    corpusId,
    score,
    coverage: 1,
    pageShare: score,
    differingParagraphs: [],
    addressMatched: false,
    ...(first === undefined ? {} : { region: { firstParagraph: first, lastParagraph: last! } }),
  });

  it('keeps the better of two overlapping regions, and lists the kept ones in page order', () => {
    const kept = articlesOnPage([r('a', 0.7, 40, 60), r('b', 0.9, 55, 80), r('c', 0.8, 0, 20)]);
    expect(kept.map((x) => x.corpusId)).toEqual(['c', 'b']);
  });

  it('an article accepted on the whole page (no region) stands alone', () => {
    expect(articlesOnPage([r('a', 0.6), r('b', 0.9, 10, 20)]).map((x) => x.corpusId)).toEqual(['b']);
    expect(articlesOnPage([r('a', 0.95), r('b', 0.9, 10, 20)]).map((x) => x.corpusId)).toEqual(['a']);
  });

  it('an equal score goes to the article listed at the address, then to the one found first', () => {
    const listed = { ...r('b', 0.8, 5, 15), addressMatched: true };
    expect(articlesOnPage([r('a', 0.8, 0, 10), listed]).map((x) => x.corpusId)).toEqual(['b']);
    expect(articlesOnPage([r('a', 0.8, 0, 10), r('b', 0.8, 5, 15)]).map((x) => x.corpusId)).toEqual(['a']);
  });
});

// Pages of one corpus article or none: recognizeAll is recognize's answer, as a list.
const pagesDir = fileURLToPath(new URL('../../../fixtures/pages/', import.meta.url));
const savedPages = (JSON.parse(readFileSync(`${pagesDir}pages.json`, 'utf8')) as { url: string; file: string }[]).map((p) => ({
  name: `page ${p.file}`,
  url: p.url,
  text: textOfHtml(readFileSync(`${pagesDir}${p.file}`, 'utf8')),
}));
const variantsDir = fileURLToPath(new URL('../../../fixtures/variants/', import.meta.url));
const variants = (JSON.parse(readFileSync(`${variantsDir}variants.json`, 'utf8')) as { file: string }[]).map((v) => ({
  name: `variant ${v.file}`,
  url: undefined,
  text: pageTextFromPlainText(readFileSync(`${variantsDir}${v.file}`, 'utf8')),
}));
const long = [...longPages('dev'), ...longPages('test')].map((p: LongPage) => ({ name: `long ${p.name}`, url: p.url, text: textOfHtml(p.html) }));

describe('pages of one article or none', () => {
  const all = [...savedPages, ...variants, ...long];
  it('has the saved pages, the variants and the long pages', () => {
    expect(savedPages.length).toBeGreaterThan(10);
    expect(variants.length).toBeGreaterThan(10);
    expect(long.length).toBeGreaterThan(80);
  });

  it.each(all.map((p) => [p.name, p] as const))('%s: the same single answer as recognize', (_name, p) => {
    const hints = p.url ? { url: p.url } : {};
    const one = recognize(index, p.text, hints);
    expect(recognizeAll(index, p.text, hints)).toEqual(one ? [one] : []);
  });
});

// As sampling-luck.test.ts: no decision may rest on which shingles are sampled.
const SALTS = Array.from({ length: 12 }, (_, i) => Math.imul(i + 101, 0x9e3779b9) >>> 0);

describe('several articles under other sampling salts', () => {
  it('finds both articles of every two-article page under every salt', () => {
    const texts = twoArticlePages.map((p) => ({ p, text: textOfHtml(p.html) }));
    const wrong: string[] = [];
    for (const salt of SALTS) {
      const salted = indexCorpus(corpus, { salt });
      for (const { p, text } of texts) {
        const ids = recognizeAll(salted, text, { url: p.url }).map((r) => r.corpusId);
        if (ids.join(' ') !== p.expectAll!.join(' ')) wrong.push(`${p.name} (salt ${salt}): ${ids.join(' ')}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
