// A worker restart with a grown corpus: the time from a fresh worker to its
// first cross-reference answer, with 1,000 and 10,000 added articles stored.
// Before: the engine is rebuilt from every text (createGrowingCrossReferences,
// what the worker did until the engine kept its records). After: the engine
// is restored from the record it stored of each added article — each record
// read back with v8.deserialize (the structured clone IndexedDB does on a
// read; the disk read itself is not in the figure) — then one article's
// cross-references are worked out. Same run, same articles, side by side.
// Run: npx tsx bench/worker-restart.ts [--sizes=1000,10000]   (or runWorkerRestartBench from bench/run.ts)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { generateSyntheticCorpus } from '../scripts/generate-synthetic-corpus.ts';
import { parseCatalog } from '../src/corpus/catalog.ts';
import { compileCorpus } from '../src/corpus/compile.ts';
import { ingestArticle } from '../src/corpus/ingest/ingest-article.ts';
import type { CorpusArticle } from '../src/corpus/types.ts';
import { createGrowingCrossReferences, restoreGrowingCrossReferences } from '../src/crossrefs/growing-index.ts';
import { isCurrentStoredProfile, type StoredProfile } from '../src/crossrefs/stored-profile.ts';
import { type Figure, mb, ms, type Section } from './support/report.ts';

const ROOT = join(import.meta.dirname, '..');
export const DEFAULT_SIZES = [1_000, 10_000];

function builtins(): CorpusArticle[] {
  const dir = join(ROOT, 'fixtures/corpus/');
  const catalog = parseCatalog(JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')));
  return compileCorpus(catalog, (f) => readFileSync(join(dir, f), 'utf8')).articles;
}

export interface RestartRow {
  stored: number;
  rebuild: number;
  restore: number;
  /** Stored records, as v8 serialises them (IndexedDB's structured clone is close), bytes per article. */
  recordBytes: number;
  /** The articles themselves, the same way, bytes per article (for scale). */
  articleBytes: number;
}

export function measureWorkerRestart(sizes: readonly number[] = DEFAULT_SIZES): RestartRow[] {
  const five = builtins();
  const largest = Math.max(...sizes);
  const all = generateSyntheticCorpus(largest).map((a, i) => {
    const stamp = /(\d{4})(\d\d)(\d\d)/.exec(a.id)!;
    return ingestArticle({ url: `https://wire${i % 7}.example/news/${a.id}`, text: a.paragraphs.join('\n\n'), title: a.paragraphs[0]!.slice(0, 80), outlet: `Wire ${i % 7}`, published: `${stamp[1]}-${stamp[2]}-${stamp[3]}` });
  });
  const rows: RestartRow[] = [];
  for (const n of [...sizes].sort((a, b) => a - b)) {
    const added = all.slice(0, n);
    const probe = added[Math.floor(n / 2)]!.id;
    // Before: a fresh worker rebuilds the engine from every text, then answers.
    const t0 = performance.now();
    const rebuilt = createGrowingCrossReferences([...five, ...added]);
    const expected = rebuilt.crossReferencesFor(probe);
    const rebuild = performance.now() - t0;
    // What the worker stored of each article (not timed: written as the articles were added).
    const records = added.map((a) => serialize(rebuilt.storedProfileOf(a.id)));
    // After: read the records back, restore, answer.
    const t1 = performance.now();
    const restored = restoreGrowingCrossReferences(
      five,
      added.map((article, i) => {
        const stored: unknown = deserialize(records[i]!);
        if (!isCurrentStoredProfile(stored)) throw new Error(`record of ${article.id} is not current`);
        return { article, stored: stored as StoredProfile };
      }),
    );
    const answer = restored.crossReferencesFor(probe);
    const restore = performance.now() - t1;
    if (JSON.stringify(answer) !== JSON.stringify(expected)) throw new Error(`restored engine answers differently for ${probe}`);
    const recordBytes = records.reduce((s, r) => s + r.length, 0) / n;
    const articleBytes = added.reduce((s, a) => s + serialize(a).length, 0) / n;
    rows.push({ stored: n, rebuild, restore, recordBytes, articleBytes });
  }
  return rows;
}

export function runWorkerRestartBench(sizes: readonly number[] = DEFAULT_SIZES): Section {
  const rows = measureWorkerRestart(sizes);
  const figures: Figure[] = [];
  for (const r of rows) {
    const at = r.stored.toLocaleString('en');
    figures.push({
      name: `worker restart to first cross-reference answer, ${at} added: restored from stored records`,
      value: ms(r.restore),
      baseline: ms(r.rebuild),
      ratio: `${(r.rebuild / r.restore).toFixed(0)}× faster than the rebuild`,
      target: 'no long rebuild',
      pass: r.restore < r.rebuild / 10,
    });
    figures.push({ name: `  stored records at ${at}: per article (the article itself: ${mb(r.articleBytes)})`, value: mb(r.recordBytes), baseline: '', ratio: '', target: '', pass: null });
  }
  return {
    title: 'Worker restart with a grown corpus (bench/worker-restart.ts): first cross-reference answer',
    method: [
      'Synthetic added articles beside the five. Baseline: createGrowingCrossReferences over every text + crossReferencesFor one',
      'article (what a fresh worker paid before). Value: each stored record read back with v8.deserialize (the structured',
      'clone an IndexedDB read does; the disk read is not timed) + restoreGrowingCrossReferences + the same crossReferencesFor;',
      'the two answers are checked equal. Same run, same articles.',
    ],
    figures,
    notes: [],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = process.argv.find((a) => a.startsWith('--sizes='));
  const sizes = arg ? arg.slice('--sizes='.length).split(',').map(Number) : DEFAULT_SIZES;
  const { formatSection } = await import('./support/report.ts');
  process.stdout.write(`${formatSection(runWorkerRestartBench(sizes))}\n`);
}
