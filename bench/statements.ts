// Statements benchmark: who-said-what for a 1,000-word article, as a ratio to one plain pass
// over the same text (every word matched once by a regular expression, the least any reading of
// the text does). The article is made of the development texts (fixtures/statements/dev), whole
// paragraphs of the English ones, until it holds 1,000 words; the people directory is learned from the corpus first,
// as the worker and the command line do. Hand rules alone and with the NLP library (compromise's
// reading of the text, used to tell a body or place from a person: src/statements/nlp/) are timed
// interleaved, sample by sample, in CPU time (the machine is shared: wall time would count others' work).
// Run: npx tsx bench/statements.ts   (or import runStatementsBench from bench/run.ts)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractStatements } from '../src/statements/extract.ts';
import { loadCompromise } from '../src/statements/nlp/compromise-loader.ts';
import { CompromiseReading, compromiseOracle } from '../src/statements/nlp/compromise-oracle.ts';
import type { NlpOracle } from '../src/statements/nlp/oracle.ts';
import { buildPersonDirectory } from '../src/statements/people.ts';
import { type Figure, formatSection, median, ms, type Section, times } from './support/report.ts';

const ROOT = join(import.meta.dirname, '..');
const WORDS = 1000;
const CYRILLIC_RE = /[\u0400-\u04FF]/u;
const SAMPLES = 60;
/** A sample repeats its run until it holds at least this much CPU time, so the clock's grain does not count. */
const SAMPLE_MS = 20;

function article(): string {
  const dir = join(ROOT, 'fixtures/statements/dev');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`bench/statements.ts: no development texts in ${dir}`);
  const paragraphs: string[] = [];
  let words = 0;
  for (let round = 0; words < WORDS; round++) {
    for (const f of files) {
      const body = readFileSync(join(dir, f), 'utf8');
      if (CYRILLIC_RE.test(body)) continue; // English only: the NLP library reads no Russian, so neither does the article
      for (const p of body.split(/\n\s*\n/)) {
        if (words >= WORDS) break;
        paragraphs.push(p.trim());
        words += p.split(/\s+/).filter(Boolean).length;
      }
    }
    if (round > 10) throw new Error('bench/statements.ts: the development texts hold too few words');
  }
  return paragraphs.join('\n\n');
}

/** CPU time of this process, in milliseconds. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

interface Timed {
  run: () => unknown;
  repeats: number;
  samples: number[];
}

/** Runs every function in turn, sample after sample, and gives each one's median CPU time per run. */
function timeInterleaved(runs: (() => unknown)[]): number[] {
  const timed: Timed[] = runs.map((run) => {
    const t = cpuMs();
    for (let i = 0; i < 5; i++) run();
    const once = Math.max((cpuMs() - t) / 5, 0.001);
    return { run, repeats: Math.max(1, Math.ceil(SAMPLE_MS / once)), samples: [] };
  });
  for (let k = 0; k < SAMPLES; k++) {
    for (const x of timed) {
      const t = cpuMs();
      for (let i = 0; i < x.repeats; i++) x.run();
      x.samples.push((cpuMs() - t) / x.repeats);
    }
  }
  return timed.map((x) => median(x.samples));
}

/** compromise's oracle, counting the questions the extractor asks it. */
function countingOracle(): { oracle: NlpOracle; questions: number } {
  const counted = { questions: 0, oracle: compromiseOracle };
  counted.oracle = {
    name: compromiseOracle.name,
    read: (text) => {
      const reading = compromiseOracle.read(text);
      return { entityKind: (start, end) => { counted.questions++; return reading.entityKind(start, end); } };
    },
  };
  return counted;
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
  const rulesOnly = () => {
    sink += extractStatements(text, { people }).length;
  };
  const withLibrary = () => {
    sink += extractStatements(text, { people, nlp: compromiseOracle }).length;
  };
  // The whole article read by compromise: what the library would cost if it were asked about every paragraph.
  const readingAll = () => {
    const reading = new CompromiseReading(text);
    for (const line of text.matchAll(/[^\n]+/g)) sink += reading.entityKind(line.index, line.index + line[0].length) === null ? 0 : 1;
  };
  const loadStart = cpuMs();
  loadCompromise(); // one-off, at the first question after a (worker) start: one sample, apart from the runs
  const load = cpuMs() - loadStart;
  for (let i = 0; i < 10; i++) { plainPass(); rulesOnly(); withLibrary(); readingAll(); } // warm-up
  const [plain, rules, library, reading] = timeInterleaved([plainPass, rulesOnly, withLibrary, readingAll]) as [number, number, number, number];
  const asked = countingOracle();
  extractStatements(text, { people, nlp: asked.oracle });
  if (sink < 0) throw new Error('unreachable');
  const words = text.split(/\s+/).filter(Boolean).length;
  const found = extractStatements(text, { people }).length;
  const foundWithLibrary = extractStatements(text, { people, nlp: compromiseOracle }).length;
  const figures: Figure[] = [
    { name: 'one plain pass (every word matched)', value: ms(plain), baseline: '', ratio: times(1), target: '', pass: null },
    { name: 'statements, hand rules', value: ms(rules), baseline: ms(plain), ratio: times(rules / plain), target: '', pass: null },
    { name: 'statements, with the NLP library (compromise)', value: ms(library), baseline: ms(plain), ratio: times(library / plain), target: '', pass: null },
    { name: 'compromise\u2019s one-off load (first question only)', value: ms(load), baseline: '', ratio: '', target: '', pass: null },
    { name: 'compromise tagging every paragraph (for scale)', value: ms(reading), baseline: ms(plain), ratio: times(reading / plain), target: '', pass: null },
  ];
  return {
    title: `Statements (bench/statements.ts): a ${words}-word article, ${found} statements (${foundWithLibrary} with the library)`,
    method: [
      `CPU time per run (process.cpuUsage), median of ${SAMPLES} samples of at least ${SAMPLE_MS} ms each, the four runs interleaved;`,
      'people directory learned from the corpus beforehand (not timed); compromise loaded before timing (its one-off load is not counted).',
      'The library is asked only about a name the rules would give a person the texts never name; it tags only the lines asked about.',
      'baseline = one regular-expression pass matching every word of the same text.',
    ],
    figures,
    notes: [`The extractor asked compromise ${asked.questions} time(s) about this article.`],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${formatSection(runStatementsBench())}\n`);
}
