// Every saved outlet page in fixtures/pages/pages.json: the DOM extraction
// (linkedom, as the CLI uses) plus recognition gives the expected article or none.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../src/recognition/corpus-index.ts';
import { deserializeIndex, serializeIndex } from '../../../src/recognition/index-codec.ts';
import { extractPageText } from '../../../src/recognition/page-text.ts';
import { recognize } from '../../../src/recognition/recognize.ts';
import { loadCompiledCorpus } from '../helpers/corpus.ts';

interface PageCase {
  url: string;
  file: string;
  expect: string | null;
  case: string;
  note: string;
}

const dir = fileURLToPath(new URL('../../../fixtures/pages/', import.meta.url));
const manifest = `${dir}pages.json`;
const pages: PageCase[] = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')) : [];
const index = deserializeIndex(serializeIndex(indexCorpus(loadCompiledCorpus())));

describe('saved outlet pages', () => {
  it('has a manifest with pages', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages.map((p) => [`${p.case}: ${p.file}`, p] as const))('%s', (_name, p) => {
    const { document } = parseHTML(readFileSync(`${dir}${p.file}`, 'utf8'));
    const text = extractPageText(document as unknown as Document);
    expect(recognize(index, text, { url: p.url })?.corpusId ?? null).toBe(p.expect);
  });
});
