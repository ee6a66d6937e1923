// Compiles the corpus at build time: the worker imports the compiled bundle
// (catalog + article bodies) as a virtual module, and the binary recognition
// index ships as a packaged file the worker reads on demand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { parseCatalog } from '../../src/corpus/catalog.ts';
import { compileCorpus } from '../../src/corpus/compile.ts';
import { serializeIndex } from '../../src/recognition/index-codec.ts';
import { buildRecognitionIndex } from '../../src/recognition/recognition-index.ts';
import { INDEX_ASSET } from '../shared/corpus-asset.ts';

export const CORPUS_MODULE_ID = 'virtual:sourcelight-corpus';
const RESOLVED_ID = `\0${CORPUS_MODULE_ID}`;

export function corpusPlugin(corpusDir: string): Plugin {
  const compile = () => {
    const catalog = parseCatalog(JSON.parse(readFileSync(join(corpusDir, 'catalog.json'), 'utf8')));
    return compileCorpus(catalog, (file) => readFileSync(join(corpusDir, file), 'utf8'));
  };
  return {
    name: 'sourcelight-corpus',
    resolveId(id) {
      return id === CORPUS_MODULE_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      for (const file of ['catalog.json', ...compile().articles.map((a) => a.file)]) {
        this.addWatchFile(join(corpusDir, file));
      }
      return `export default ${JSON.stringify(compile())};`;
    },
    generateBundle() {
      const bundle = compile();
      this.emitFile({ type: 'asset', fileName: INDEX_ASSET, source: serializeIndex(buildRecognitionIndex(bundle.articles)) });
    },
  };
}
