// Statements benchmark: who-said-what for a 1,000-word article, as a ratio to one plain pass
// over the same text (every word matched once by a regular expression, the least any reading of
// the text does). The article is made of the development texts (fixtures/statements/dev), whole
// paragraphs, until it holds 1,000 words; the people directory is learned from the corpus first,
// as the worker and the command line do.
// Run: npx tsx bench/statements.ts   (or import runStatementsBench from bench/run.ts)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractStatements } from '../src/statements/extract.ts';
import { buildPersonDirectory } from '../src/statements/people.ts';
import { type Figure, formatSection, median, ms, type Section, times } from './support/report.ts';

const ROOT = join(import.meta.dirname, '..');
const WORDS = 1000;
const RUNS = 200;

function article(): string {
  const dir = join(ROOT, 'fixtures/statements/dev');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`bench/statements.ts: no development texts in ${dir}`);
  const paragraphs: string[] = [];
  let words = 0;
  for (let round = 0; words < WORDS; round++) {
    for (const f of files) {
      for (const p of readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/)) {
        if (words >= WORDS) break;
        paragraphs.push(p.trim());
        words += p.split(/\s+/).filter(Boolean).length;
      }
    }
    if (round > 10) throw new Error('bench/statements.ts: the development texts hold too few words');
  }
  return paragraphs.join('\n\n');
}

function timeIt(run: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    run();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

export function runStatementsBench(): Section {
  const text = article();
  const corpusDir = join(ROOT, 'fixtures/corpus');
  const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(corpusDir, f), 'utf8'));
  const people = buildPersonDirectory(corpus);
  let sink = 0;
  const plainPass = () => {
    for (const _ of text.matchAll(/[\p{L}\p{N}]+/gu)) sink++;
  };
  const statements = () => {
    sink += extractStatements(text, { people }).length;
  };
  for (let i = 0; i < 20; i++) { plainPass(); statements(); } // warm-up
  const plain = timeIt(plainPass);
  const rules = timeIt(statements);
  if (sink < 0) throw new Error('unreachable');
  const words = text.split(/\s+/).filter(Boolean).length;
  const found = extractStatements(text, { people }).length;
  const figures: Figure[] = [
    { name: 'one plain pass (every word matched)', value: ms(plain), baseline: '', ratio: times(1), target: '', pass: null },
    { name: 'statements, hand rules', value: ms(rules), baseline: ms(plain), ratio: times(rules / plain), target: '', pass: null },
    { name: 'statements, with an NLP library', value: 'n/a', baseline: '', ratio: '', target: '', pass: null },
  ];
  return {
    title: `Statements (bench/statements.ts): a ${words}-word article, ${found} statements`,
    method: [
      `Medians of ${RUNS} runs after warm-up; people directory learned from the corpus beforehand (not timed).`,
      'baseline = one regular-expression pass matching every word of the same text.',
      'No NLP library is installed (node_modules is shared); the with-library row stays empty until one is added.',
    ],
    figures,
    notes: [],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${formatSection(runStatementsBench())}\n`);
}
