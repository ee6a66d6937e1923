import { readFileSync } from 'node:fs';
import { compareArticles } from './src/crossrefs/compare-articles.ts';
import { extractStatements } from './src/statements/extract.ts';
import { buildPersonDirectory } from './src/statements/people.ts';
import { loadCompiledCorpus } from './test/unit/helpers/corpus.ts';
const arts = loadCompiledCorpus().articles;
const get = (k: string) => { const a = arts.find((x) => x.file.startsWith(k)); return a ? a.text : readFileSync(k, 'utf8'); };
const [fa, fb] = process.argv.slice(2).map(get);
const people = buildPersonDirectory([fa!, fb!]);
const d = compareArticles({ text: fa!, statements: extractStatements(fa!, { people }) }, { text: fb!, statements: extractStatements(fb!, { people }) });
for (const side of ['a', 'b'] as const) {
  console.log(`== ${side}`, d[side].speakers.map((s) => `${s.name}(${s.count}${s.inBoth ? ',both' : ''})`).join('; '));
  console.log(`   ${d[side].sentences.length} sentences, ${d[side].onlyHere.length} only here; near:`, d[side].sentences.filter((s) => s.match === 'near').map((s) => s.text.slice(0, 60)));
  for (const s of d[side].onlyHere) console.log('   -', s.text.slice(0, 110));
}
