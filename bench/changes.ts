// Changes benchmark (issue #17): comparing a 10,000-word article with a live
// page that shows it edited (a word changed every tenth paragraph, one
// paragraph removed, one moved, a correction appended) among page chrome, as
// a ratio to one plain pass over the same live text (every word matched once
// by a regular expression, the least any reading of the page does). The
// article is made of whole paragraphs of the corpus and the development texts
// until it holds 10,000 words (distinct paragraphs, as in a real article).
// Run: npx tsx bench/changes.ts   (or npm run bench -- --only=changes)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compareVersions } from '../src/changes/compare.ts';
import { changeSummary } from '../src/changes/summary.ts';
import { type Figure, formatSection, median, ms, type Section, times } from './support/report.ts';

const ROOT = join(import.meta.dirname, '..');
const WORDS = 10_000;
const RUNS = 30;

const wordCount = (p: string) => p.split(/\s+/).filter(Boolean).length;

function paragraphsOf(dir: string): string[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt')).sort();
  return files.flatMap((f) =>
    readFileSync(join(dir, f), 'utf8')
      .split(/\n\s*\n|\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => wordCount(p) >= 12),
  );
}

function article(): string[] {
  // The fixture texts repeat one another (copies, wire boilerplate): a paragraph most of whose
  // three-word runs were already taken is left out, so that the article's paragraphs are distinct.
  const seen = new Set<string>();
  const out: string[] = [];
  let words = 0;
  for (const dir of ['fixtures/corpus', 'fixtures/statements/dev', 'fixtures/coverage/dev', 'fixtures/coverage/test']) {
    for (const p of paragraphsOf(join(ROOT, dir))) {
      if (words >= WORDS) return out;
      const w = p.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      const runs = w.slice(2).map((_, i) => `${w[i]} ${w[i + 1]} ${w[i + 2]}`);
      if (runs.filter((r) => seen.has(r)).length * 5 > runs.length) continue;
      for (const r of runs) seen.add(r);
      out.push(p);
      words += wordCount(p);
    }
  }
  // The fixture texts hold about 8,000 words: the rest is made of their words in seeded random order.
  const vocabulary = [...new Set(out.join(' ').split(/\s+/).filter((w) => /^\p{L}+$/u.test(w)))];
  let seed = 17;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  while (words < WORDS) {
    const length = 20 + Math.floor(next() * 40);
    const p = `${Array.from({ length }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ')}.`;
    out.push(p);
    words += length;
  }
  return out;
}

/** The article as a page shows it after edits, with menus, a share line and comments around it. */
function livePage(paragraphs: readonly string[]): string {
  const body = paragraphs.map((p, i) => (i % 10 === 5 ? p.replace(/\b(\p{L}+)\b/u, 'Reportedly') : p));
  body.splice(20, 1);
  const [moved] = body.splice(3, 1);
  body.splice(30, 0, moved!);
  body.push('Correction: An earlier version of this article gave the wrong date for the meeting, which took place on Friday.');
  const chrome = ['Home', 'World', 'Politics', 'Subscribe', 'Latest news and stories'];
  const comments = Array.from({ length: 40 }, (_, i) => `Reader ${i}: an interesting read, thanks.`);
  return [...chrome, ...body, 'Share this article', 'Comments', ...comments].join('\n');
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

export function runChangesBench(): Section {
  const earlier = article();
  const live = livePage(earlier);
  const unchanged = earlier.join('\n');
  let sink = 0;
  const plainPass = () => {
    for (const _ of live.matchAll(/[\p{L}\p{N}]+/gu)) sink++;
  };
  const compare = () => {
    sink += compareVersions(earlier, live).inserted.length;
  };
  const compareUnchanged = () => {
    sink += compareVersions(earlier, unchanged).inserted.length;
  };
  for (let i = 0; i < 5; i++) {
    plainPass();
    compare();
    compareUnchanged();
  } // warm-up
  const plain = timeIt(plainPass);
  const edited = timeIt(compare);
  const same = timeIt(compareUnchanged);
  if (sink < 0) throw new Error('unreachable');
  const result = compareVersions(earlier, live);
  const words = earlier.reduce((n, p) => n + wordCount(p), 0);
  const figures: Figure[] = [
    { name: 'one plain pass over the live text (every word matched)', value: ms(plain), baseline: '', ratio: times(1), target: '', pass: null },
    { name: 'compare, edited page', value: ms(edited), baseline: ms(plain), ratio: times(edited / plain), target: '(reported)', pass: null },
    { name: 'compare, unchanged page', value: ms(same), baseline: ms(plain), ratio: times(same / plain), target: '(reported)', pass: null },
  ];
  return {
    title: `Changes (bench/changes.ts): a ${words.toLocaleString('en')}-word article in ${earlier.length} paragraphs`,
    method: [
      `Medians of ${RUNS} runs after warm-up, in one go (the content script runs the same steps in 8 ms slices).`,
      'baseline = one regular-expression pass matching every word of the live text.',
      `Found: ${changeSummary(result.counts)}.`,
    ],
    figures,
    notes: [],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${formatSection(runChangesBench())}\n`);
}
