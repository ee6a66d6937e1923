// Build step: compiles fixtures/corpus into generated/corpus.json (the bundle
// the extension imports) and generated/recognition-index.bin (fetched by the
// service worker on demand). Run: npx tsx scripts/compile-corpus.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCatalog } from '../src/corpus/catalog.ts';
import { compileCorpus } from '../src/corpus/compile.ts';
import { indexCorpus } from '../src/recognition/corpus-index.ts';
import { serializeIndex } from '../src/recognition/index-codec.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpusDir = `${root}fixtures/corpus/`;
const outDir = `${root}generated/`;

try {
  const catalog = parseCatalog(JSON.parse(readFileSync(`${corpusDir}catalog.json`, 'utf8')));
  const bundle = compileCorpus(catalog, (file) => readFileSync(`${corpusDir}${file}`, 'utf8'));
  const index = serializeIndex(indexCorpus(bundle));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(`${outDir}corpus.json`, `${JSON.stringify(bundle, null, 2)}\n`);
  writeFileSync(`${outDir}recognition-index.bin`, index);
  process.stdout.write(`compiled ${bundle.articles.length} articles → generated/corpus.json, generated/recognition-index.bin (${index.length} bytes)\n`);
} catch (error) {
  process.stderr.write(`compile-corpus: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
