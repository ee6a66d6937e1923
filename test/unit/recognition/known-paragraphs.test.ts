// Paragraphs an index knows by their exact text (IndexOptions.keepTextOf): a page paragraph equal to one has its
// words' hashes looked up instead of hashed. The decisions must be exactly those of an index that keeps no text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { infiniteScrollPage, longPages } from '../../../fixtures/long-pages/long-pages.ts';
import { wordHashes } from '../../../src/recognition/fingerprint.ts';
import { deserializeIndex, serializeIndex } from '../../../src/recognition/index-codec.ts';
import { extractPageText } from '../../../src/recognition/page-text.ts';
import { buildRecognitionIndex } from '../../../src/recognition/recognition-index.ts';
import { recognitionCandidates, recognize, recognizeInAny } from '../../../src/recognition/recognize.ts';
import { pageTextFromPlainText } from '../../../src/recognition/text-page.ts';
import type { PageText } from '../../../src/recognition/types.ts';
import { loadCompiledCorpus } from '../helpers/corpus.ts';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const articles = loadCompiledCorpus().articles;
const plain = buildRecognitionIndex(articles);
const keeping = deserializeIndex(serializeIndex(buildRecognitionIndex(articles, { keepTextOf: () => true })));

function htmlPage(html: string): PageText {
  return extractPageText(parseHTML(html).document as unknown as Document);
}

const pages: { name: string; url?: string; text: PageText }[] = [
  ...(JSON.parse(readFileSync(`${fixtures}pages/pages.json`, 'utf8')) as { file: string; url: string }[]).map((p) => ({
    name: p.file,
    url: p.url,
    text: htmlPage(readFileSync(`${fixtures}pages/${p.file}`, 'utf8')),
  })),
  ...(JSON.parse(readFileSync(`${fixtures}variants/variants.json`, 'utf8')) as { file: string }[]).map((v) => ({
    name: v.file,
    text: pageTextFromPlainText(readFileSync(`${fixtures}variants/${v.file}`, 'utf8')),
  })),
  ...[...longPages('dev'), infiniteScrollPage('dev')].map((p) => ({ name: p.name, url: p.url, text: htmlPage(p.html) })),
];

describe('paragraphs known by their exact text', () => {
  it('keeps the texts through the codec, each with the hashes of its words', () => {
    expect(keeping.knownTexts.size).toBe(articles.length);
    articles.forEach((article, a) => {
      expect(keeping.knownTexts.get(a)).toEqual(article.paragraphs);
    });
    for (const article of articles) {
      for (const text of article.paragraphs) expect(Array.from(keeping.knownParagraphs.get(text)!)).toEqual(Array.from(Int32Array.from(wordHashes(text))));
    }
    expect(plain.knownParagraphs.size).toBe(0);
    // Texts that are not ASCII, and longer than an id, come back as written.
    const odd = { id: 'odd', paragraphs: [`Россия — «${'x'.repeat(400)}» ’quoted’`, 'a'.repeat(70_000)] };
    const back = deserializeIndex(serializeIndex(buildRecognitionIndex([odd, ...articles], { keepTextOf: (x) => x.id === 'odd' })));
    expect([...back.knownTexts]).toEqual([[0, odd.paragraphs]]);
  });

  it('changes no recognition on any fixture page, text variant or long page (the paragraphs looked up give the same stream)', () => {
    let lookedUp = 0;
    for (const page of pages) {
      const hints = { url: page.url };
      expect(recognize(keeping, page.text, hints), page.name).toEqual(recognize(plain, page.text, hints));
      expect(recognitionCandidates([keeping], page.text, hints), page.name).toEqual(recognitionCandidates([plain], page.text, hints));
      if (page.text.paragraphs.some((p) => keeping.knownParagraphs.has(p))) lookedUp++;
    }
    // Most article pages repeat the corpus text word for word somewhere.
    expect(lookedUp).toBeGreaterThan(20);
  });

  it('looks a paragraph up in any of several indexes, whichever knows it', () => {
    const [first, ...rest] = articles;
    const firstOnly = buildRecognitionIndex([first!], { keepTextOf: () => true });
    const restOnly = buildRecognitionIndex(rest, { keepTextOf: () => true, salt: 0x5bd1e995 });
    const firstPlain = buildRecognitionIndex([first!]);
    const restPlain = buildRecognitionIndex(rest, { salt: 0x5bd1e995 });
    for (const page of pages.slice(0, 20)) {
      expect(recognizeInAny([restOnly, firstOnly], page.text), page.name).toEqual(recognizeInAny([restPlain, firstPlain], page.text));
      expect(recognitionCandidates([firstOnly, restOnly], page.text), page.name).toEqual(recognitionCandidates([firstPlain, restPlain], page.text));
    }
  });
});
