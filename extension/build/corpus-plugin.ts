// Compiles the corpus at build time into two files of the extension package
// that the worker reads on first need: the corpus package (articles,
// provenance cards, cross-references, statements) as JSON, and the binary
// recognition index. Data, not code: the worker does not parse the corpus at
// every start. The five articles go through the same ingest pipeline as every
// article a reader adds (src/corpus/ingest/ingest-article.ts, via compileCorpus).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildCorpusPackage } from '../../src/corpus/corpus-package.ts';
import { serializeIndex } from '../../src/recognition/index-codec.ts';
import { buildRecognitionIndex } from '../../src/recognition/recognition-index.ts';
import { CORPUS_ASSET, INDEX_ASSET } from '../shared/corpus-asset.ts';

export function corpusPlugin(corpusDir: string): Plugin {
  const readJson = (file: string): unknown => JSON.parse(readFileSync(join(corpusDir, file), 'utf8'));
  const compile = () =>
    buildCorpusPackage({
      catalogJson: readJson('catalog.json'),
      outletsJson: readJson('outlets.json'),
      articleNotesJson: readJson('article-notes.json'),
      readText: (file) => readFileSync(join(corpusDir, file), 'utf8'),
    });
  return {
    name: 'sourcelight-corpus',
    generateBundle() {
      const corpus = compile();
      for (const file of ['catalog.json', 'outlets.json', 'article-notes.json', ...corpus.articles.map((a) => a.file)]) {
        this.addWatchFile(join(corpusDir, file));
      }
      this.emitFile({ type: 'asset', fileName: CORPUS_ASSET, source: JSON.stringify(corpus) });
      this.emitFile({ type: 'asset', fileName: INDEX_ASSET, source: serializeIndex(buildRecognitionIndex(corpus.articles, { keepTextOf: () => true })) });
    },
  };
}
