// Every text-level variant in fixtures/variants/variants.json: the expected
// article (or none) and, where given, the paragraphs that differ.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../src/recognition/corpus-index.ts';
import { deserializeIndex, serializeIndex } from '../../../src/recognition/index-codec.ts';
import { recognize } from '../../../src/recognition/recognize.ts';
import { pageTextFromPlainText } from '../../../src/recognition/text-page.ts';
import { loadCompiledCorpus } from '../helpers/corpus.ts';

interface Variant {
  file: string;
  expect: string | null;
  case: string;
  note: string;
  differing?: number[];
}

const dir = fileURLToPath(new URL('../../../fixtures/variants/', import.meta.url));
const variants: Variant[] = JSON.parse(readFileSync(`${dir}variants.json`, 'utf8'));
const corpus = loadCompiledCorpus();
// The shipped form: built, serialised, loaded back.
const index = deserializeIndex(serializeIndex(indexCorpus(corpus)));

describe('text variants', () => {
  it('covers every case the issue lists', () => {
    const cases = new Set(variants.map((v) => v.case));
    for (const c of ['reflowed', 'typographic', 'prefix-40', 'sentence-changed', 'other-chrome', 'related-list', 'updated-copy', 'hard-negative', 'chrome-only', 'other-language', 'home-page', 'section-page']) {
      expect(cases).toContain(c);
    }
  });

  it.each(variants.map((v) => [`${v.case}: ${v.file}`, v] as const))('%s', (_name, v) => {
    const page = pageTextFromPlainText(readFileSync(`${dir}${v.file}`, 'utf8'));
    const result = recognize(index, page);
    expect(result?.corpusId ?? null).toBe(v.expect);
    if (result) {
      expect(result.score).toBeGreaterThan(0);
      expect(result.score).toBeLessThanOrEqual(1);
      if (v.differing) expect(result.differingParagraphs).toEqual(v.differing);
    }
  });

  it('reports the missing tail of a truncated preview as differing, and a partial coverage', () => {
    const page = pageTextFromPlainText(readFileSync(`${dir}prefix-40.txt`, 'utf8'));
    const result = recognize(index, page)!;
    const article = corpus.articles.find((a) => a.id === result.corpusId)!;
    expect(result.coverage).toBeGreaterThan(0.25);
    expect(result.coverage).toBeLessThan(0.6);
    expect(result.differingParagraphs.at(-1)).toBe(article.paragraphs.length - 1);
    expect(result.differingParagraphs).not.toContain(0);
  });

  it('recognises every corpus article from its own body with full coverage and no differing paragraph', () => {
    for (const a of corpus.articles) {
      expect(recognize(index, { paragraphs: a.paragraphs })).toMatchObject({ corpusId: a.id, coverage: 1, differingParagraphs: [] });
    }
  });
});
