// A corpus that grows: the cost of adding one article (ingest, recognition
// index, statements, cross-references) with 10, 100, 1,000 and 10,000 added
// articles already stored, and the incremental update against a full rebuild
// at the largest size. Synthetic articles (scripts/generate-synthetic-corpus.ts)
// stand in for the reader's; the five built-in ones are always there.
// Run: npx tsx bench/corpus-growth.ts [--sizes=10,100] [--adds=20] [--no-crossrefs]   (or runCorpusGrowthBench from bench/run.ts)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateSyntheticCorpus, type SyntheticArticle } from '../scripts/generate-synthetic-corpus.ts';
import { parseCatalog } from '../src/corpus/catalog.ts';
import { compileCorpus } from '../src/corpus/compile.ts';
import type { ExtractedArticle } from '../src/corpus/ingest/extracted-article.ts';
import { articleStatements, ingestArticle } from '../src/corpus/ingest/ingest-article.ts';
import type { CorpusArticle } from '../src/corpus/types.ts';
import { createGrowingCrossReferences } from '../src/crossrefs/growing-index.ts';
import { addedIndexRecord, createAddedIndex } from '../src/recognition/added-index.ts';
import { buildRecognitionIndex } from '../src/recognition/recognition-index.ts';
import { type Figure, median, ms, type Section, times } from './support/report.ts';

const ROOT = join(import.meta.dirname, '..');
export const DEFAULT_SIZES = [10, 100, 1_000, 10_000];
/** Articles added (and timed) at each size. */
export const DEFAULT_ADDS = 20;

function builtins(): CorpusArticle[] {
  const dir = join(ROOT, 'fixtures/corpus/');
  const catalog = parseCatalog(JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')));
  return compileCorpus(catalog, (f) => readFileSync(join(dir, f), 'utf8')).articles;
}

/** A synthetic article as a corpus pack line would give it: another outlet's address, a publication date. */
function extracted(a: SyntheticArticle, i: number): ExtractedArticle {
  const stamp = /(\d{4})(\d\d)(\d\d)/.exec(a.id)!;
  return {
    url: `https://wire${i % 7}.example/news/${a.id}`,
    text: a.paragraphs.join('\n\n'),
    title: a.paragraphs[0]!.slice(0, 80),
    outlet: `Wire ${i % 7}`,
    published: `${stamp[1]}-${stamp[2]}-${stamp[3]}`,
  };
}

export interface GrowthRow {
  stored: number;
  /** Per added article, mean over ADDS adds (merges of index segments included), ms. */
  total: number;
  median: number;
  ingest: number;
  index: number;
  statements: number;
  crossrefs: number;
}

export interface GrowthResult {
  rows: GrowthRow[];
  /** Full rebuild at the largest size: recognition index and cross-references from all texts, ms. */
  rebuild: number;
  rebuildParts: { index: number; crossrefs: number };
  adds: number;
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

export function measureCorpusGrowth(sizes: readonly number[] = DEFAULT_SIZES, adds = DEFAULT_ADDS, withCrossrefs = true): GrowthResult {
  const five = builtins();
  const largest = Math.max(...sizes);
  const synthetic = generateSyntheticCorpus(largest + adds).map(extracted);
  const stored = synthetic.slice(0, largest).map((x) => ingestArticle(x));
  const fresh = synthetic.slice(largest);
  // Warm-up, so the first size does not pay for compiling the code paths.
  const warm = createAddedIndex();
  const warmCrossrefs = withCrossrefs ? createGrowingCrossReferences(five) : null;
  for (const a of stored.slice(0, 5)) {
    warm.add(addedIndexRecord(ingestArticle(synthetic[stored.indexOf(a)]!)));
    articleStatements(a);
    warmCrossrefs?.add(a);
    warmCrossrefs?.crossReferencesFor(a.id);
  }
  const rows: GrowthRow[] = [];
  let lastState: { articles: CorpusArticle[] } | null = null;

  for (const n of [...sizes].sort((a, b) => a - b)) {
    // The state as the worker holds it after n adds: records restored, engines built (not timed).
    const articles = stored.slice(0, n);
    const index = createAddedIndex(articles.map(addedIndexRecord));
    index.segmentIndexes();
    const crossrefs = withCrossrefs ? createGrowingCrossReferences([...five, ...articles]) : null;
    const parts = { ingest: [] as number[], index: [] as number[], statements: [] as number[], crossrefs: [] as number[], total: [] as number[] };
    for (const x of fresh) {
      const t0 = performance.now();
      const article = ingestArticle(x, { addedAt: '2026-01-01T00:00:00Z' });
      const t1 = performance.now();
      index.add(addedIndexRecord(article));
      const t2 = performance.now();
      const statements = articleStatements(article);
      const t3 = performance.now();
      crossrefs?.add(article);
      const refs = crossrefs?.crossReferencesFor(article.id);
      const t4 = performance.now();
      if (statements.length < 0 || (refs && refs.sameEvent.length < 0)) throw new Error('unreachable');
      parts.ingest.push(t1 - t0);
      parts.index.push(t2 - t1);
      parts.statements.push(t3 - t2);
      parts.crossrefs.push(t4 - t3);
      parts.total.push(t4 - t0);
    }
    for (const x of fresh) {
      const id = ingestArticle(x).id;
      index.remove(id);
      crossrefs?.remove(id);
    }
    rows.push({ stored: n, total: mean(parts.total), median: median(parts.total), ingest: mean(parts.ingest), index: mean(parts.index), statements: mean(parts.statements), crossrefs: mean(parts.crossrefs) });
    lastState = { articles };
  }

  // Without incremental indexes, adding one article means building both indexes again from every text.
  const all = [...five, ...lastState!.articles, ingestArticle(fresh[0]!)];
  const r0 = performance.now();
  buildRecognitionIndex(all.filter((a) => a.source === 'added'));
  const r1 = performance.now();
  if (withCrossrefs) createGrowingCrossReferences(all).crossReferencesFor(all[all.length - 1]!.id);
  const r2 = performance.now();
  return { rows, rebuild: r2 - r0, rebuildParts: { index: r1 - r0, crossrefs: r2 - r1 }, adds };
}

/** The report section; without cross-references (withCrossrefs false) only ingest, recognition index and statements are timed. */
export function runCorpusGrowthBench(sizes: readonly number[] = DEFAULT_SIZES, adds = DEFAULT_ADDS, withCrossrefs = true): Section {
  const r = measureCorpusGrowth(sizes, adds, withCrossrefs);
  const base = r.rows[0]!;
  const top = r.rows[r.rows.length - 1]!;
  const own = (row: GrowthRow) => row.ingest + row.index + row.statements;
  const figures: Figure[] = [];
  for (const row of r.rows) {
    const sizeRatio = row.stored / base.stored;
    const first = row === base;
    const growth = (value: number, baseValue: number): Pick<Figure, 'baseline' | 'ratio' | 'target' | 'pass'> =>
      first
        ? { baseline: '', ratio: times(1), target: '', pass: null }
        : { baseline: ms(baseValue), ratio: `${times(value / baseValue)} for ${sizeRatio}× stored`, target: 'flat or sub-linear', pass: value / baseValue < sizeRatio };
    const what = withCrossrefs ? 'everything' : 'without cross-references';
    figures.push({ name: `add one article, ${row.stored.toLocaleString('en')} stored: ${what}`, value: ms(row.total), ...growth(row.total, base.total) });
    figures.push({
      name: `  ingest ${ms(row.ingest)} + recognition index ${ms(row.index)} + statements ${ms(row.statements)}`,
      value: ms(own(row)),
      ...growth(own(row), own(base)),
    });
    if (withCrossrefs) figures.push({ name: '  cross-references (add + crossReferencesFor)', value: ms(row.crossrefs), ...growth(row.crossrefs, base.crossrefs) });
  }
  const at = top.stored.toLocaleString('en');
  figures.push({
    name: `recognition index at ${at}: one add vs a rebuild from every text`,
    value: ms(top.index),
    baseline: ms(r.rebuildParts.index),
    ratio: `${(r.rebuildParts.index / top.index).toFixed(0)}× cheaper`,
    target: '≥ 100× cheaper',
    pass: r.rebuildParts.index / top.index >= 100,
  });
  if (withCrossrefs) figures.push({
    name: `cross-reference engine built from every text at ${at} (what a worker restart pays on first need)`,
    value: ms(r.rebuildParts.crossrefs),
    baseline: '',
    ratio: '',
    target: '',
    pass: null,
  });
  if (withCrossrefs) figures.push({
    name: `everything at ${at}: one add vs rebuilding both indexes`,
    value: ms(top.total),
    baseline: ms(r.rebuild),
    ratio: `${(r.rebuild / top.total).toFixed(0)}× cheaper`,
    target: '≥ 100× cheaper',
    pass: r.rebuild / top.total >= 100,
  });
  return {
    title: 'A corpus that grows (bench/corpus-growth.ts): adding one article',
    method: [
      `Synthetic added articles (scripts/generate-synthetic-corpus.ts) stored beside the five; at each size ${r.adds} more are added one at a time:`,
      'ingestArticle, the added-articles recognition index (record + add, segment merges included), statements, and the',
      withCrossrefs
        ? 'growing cross-reference engine (add + crossReferencesFor the new article). Mean per article; medians in the notes.'
        : 'no cross-references (--no-crossrefs). Mean per article; medians in the notes.',
      `Rebuild = buildRecognitionIndex over every added text${withCrossrefs ? ' + createGrowingCrossReferences over all articles' : ''}, once.`,
    ],
    figures,
    notes: r.rows.map((row) => `median per add at ${row.stored.toLocaleString('en')} stored: ${ms(row.median)}`),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = process.argv.find((a) => a.startsWith('--sizes='));
  const sizes = arg ? arg.slice('--sizes='.length).split(',').map(Number) : DEFAULT_SIZES;
  const addsArg = process.argv.find((a) => a.startsWith('--adds='));
  const { formatSection } = await import('./support/report.ts');
  const adds = addsArg ? Number(addsArg.slice('--adds='.length)) : DEFAULT_ADDS;
  process.stdout.write(`${formatSection(runCorpusGrowthBench(sizes, adds, !process.argv.includes('--no-crossrefs')))}\n`);
}
