// Compiles the corpus at build time: the worker imports the corpus package
// (articles, provenance cards, cross-references, statements) as a virtual module, and the binary recognition
// index ships as a packaged file the worker reads on demand. The five articles go through the same ingest
// pipeline as every article a reader adds (src/corpus/ingest/ingest-article.ts, via compileCorpus).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildCorpusPackage } from '../../src/corpus/corpus-package.ts';
import { serializeIndex } from '../../src/recognition/index-codec.ts';
import { buildRecognitionIndex } from '../../src/recognition/recognition-index.ts';
import { INDEX_ASSET } from '../shared/corpus-asset.ts';

export const CORPUS_MODULE_ID = 'virtual:sourcelight-corpus';
const RESOLVED_ID = `\0${CORPUS_MODULE_ID}`;

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
    resolveId(id) {
      return id === CORPUS_MODULE_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const corpus = compile();
      for (const file of ['catalog.json', 'outlets.json', 'article-notes.json', ...corpus.articles.map((a) => a.file)]) {
        this.addWatchFile(join(corpusDir, file));
      }
      return `export default ${JSON.stringify(corpus)};`;
    },
    generateBundle() {
      const bundle = compile();
      this.emitFile({ type: 'asset', fileName: INDEX_ASSET, source: serializeIndex(buildRecognitionIndex(bundle.articles)) });
    },
  };
}
