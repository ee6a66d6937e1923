// The compiled corpus from fixtures/corpus on disk, for any unit test that
// needs real articles (compiled once per test file).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCatalog } from '../../../src/corpus/catalog.ts';
import { compileCorpus } from '../../../src/corpus/compile.ts';
import { buildCorpusPackage, type CorpusPackage } from '../../../src/corpus/corpus-package.ts';
import type { CorpusBundle } from '../../../src/corpus/types.ts';

export const CORPUS_DIR = fileURLToPath(new URL('../../../fixtures/corpus/', import.meta.url));

/** The corpus article texts as scraped (`*.txt`), in file-name order. */
export function corpusTexts(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(`${CORPUS_DIR}${f}`, 'utf8'));
}

let cached: CorpusBundle | undefined;

export function loadCompiledCorpus(): CorpusBundle {
  if (!cached) {
    const catalog = parseCatalog(JSON.parse(readFileSync(`${CORPUS_DIR}catalog.json`, 'utf8')));
    cached = compileCorpus(catalog, (file) => readFileSync(`${CORPUS_DIR}${file}`, 'utf8'));
  }
  return structuredClone(cached);
}

/** The package the build ships (articles, cards, cross-references, statements), from fixtures/corpus. */
export function loadCorpusPackage(): CorpusPackage {
  const readJson = (file: string): unknown => JSON.parse(readFileSync(`${CORPUS_DIR}${file}`, 'utf8'));
  return buildCorpusPackage({
    catalogJson: readJson('catalog.json'),
    outletsJson: readJson('outlets.json'),
    articleNotesJson: readJson('article-notes.json'),
    readText: (file) => readFileSync(`${CORPUS_DIR}${file}`, 'utf8'),
  });
}
