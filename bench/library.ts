// Library page benchmark: 10,000 stored highlights listed (empty query, grouped
// by page and article) and searched. Target: under 50 ms per listing/search.
// Run: npx tsx bench/library.ts   (or import runLibraryBench from bench/run.ts)
//
// Figures: index build (once per library page load), then the median and
// worst of repeated list/search calls. Reading the records from IndexedDB is
// timed too, but on fake-indexeddb in Node, which says little about a browser.

import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IDBFactory } from 'fake-indexeddb';
import type { AnnotationRecord } from '../src/store/annotation.ts';
import { AnnotationStore } from '../src/store/annotation-store.ts';
import { BUILTIN_CATEGORIES } from '../src/store/categories.ts';
import { LibraryIndex } from '../src/store/library-search.ts';

const ROOT = join(import.meta.dirname, '..');

/** Deterministic pseudo-random numbers so runs are comparable. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Builds `count` highlights quoting the corpus texts, over ~400 pages and the corpus articles. */
export function syntheticRecords(count: number): AnnotationRecord[] {
  const catalog = JSON.parse(readFileSync(join(ROOT, 'fixtures/corpus/catalog.json'), 'utf8')) as {
    articles: { id: string; file: string; addresses: string[] }[];
  };
  const texts = catalog.articles.map((a) => readFileSync(join(ROOT, 'fixtures/corpus', a.file), 'utf8'));
  const words = texts.join(' ').split(/\s+/).filter(Boolean);
  const rand = rng(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const phrase = (n: number) => {
    const at = Math.floor(rand() * (words.length - n));
    return words.slice(at, at + n).join(' ');
  };
  const records: AnnotationRecord[] = [];
  for (let i = 0; i < count; i++) {
    const article = rand() < 0.3 ? pick(catalog.articles) : null;
    const pageUrl = article ? pick(article.addresses) : `https://news.example/${Math.floor(rand() * 400)}/story`;
    const exact = phrase(4 + Math.floor(rand() * 20));
    const start = Math.floor(rand() * 5000);
    const at = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
    const record: AnnotationRecord = {
      id: `r${i}`,
      layerId: 'own',
      origin: article && rand() < 0.5 ? 'statement' : 'reader',
      pageUrl,
      corpusId: article?.id ?? null,
      selectors: {
        quote: { type: 'TextQuoteSelector', exact, prefix: phrase(6), suffix: phrase(6) },
        position: { type: 'TextPositionSelector', start, end: start + exact.length },
      },
      categoryId: pick(BUILTIN_CATEGORIES).id,
      note: rand() < 0.6 ? phrase(5 + Math.floor(rand() * 40)) : '',
      tags: rand() < 0.4 ? [phrase(1), phrase(1)] : [],
      hidden: rand() < 0.05,
      created: at,
      modified: at,
    };
    if (record.origin === 'statement') {
      record.statement = { kind: 'direct', speaker: phrase(2), anonymous: false, corrected: false };
    }
    records.push(record);
  }
  return records;
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

function summary(samples: number[]): { median: number; worst: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, worst: sorted[sorted.length - 1]! };
}

export interface LibraryBenchResult {
  records: number;
  buildMs: number;
  listMs: { median: number; worst: number };
  searchMs: { median: number; worst: number };
  buildPlusFirstListMs: number;
  idbReadAllMs: number;
}

export async function runLibraryBench(count = 10_000): Promise<LibraryBenchResult> {
  const records = syntheticRecords(count);
  const options = { categories: BUILTIN_CATEGORIES };

  // Warm-up so the JIT has seen the code paths (the library page runs them more than once too).
  for (let i = 0; i < 3; i++) LibraryIndex.build(records, options).search('nato');

  const [index, buildMs] = time(() => LibraryIndex.build(records, options));
  const [, firstListMs] = time(() => index.search(''));

  const listSamples: number[] = [];
  for (let i = 0; i < 20; i++) listSamples.push(time(() => index.search(''))[1]);
  const queries = ['nato', 'lavrov', 'said', 'russia relations', '"foreign minister"', 'sputnikglobe', 'zzz-no-match', 'claim', 'moscow nato', 'e'];
  const searchSamples: number[] = [];
  for (let round = 0; round < 5; round++) for (const q of queries) searchSamples.push(time(() => index.search(q))[1]);

  // IndexedDB read of the same records (fake-indexeddb: indicative only).
  const store = await AnnotationStore.open(new IDBFactory());
  await store.writeImport({ layer: null, categories: [], records, duplicateKey: (r) => r.id });
  const t0 = performance.now();
  const read = await store.listAll();
  const idbReadAllMs = performance.now() - t0;
  store.close();
  if (read.length !== count) throw new Error(`bench: stored ${read.length} of ${count} records`);

  return {
    records: count,
    buildMs,
    listMs: summary(listSamples),
    searchMs: summary(searchSamples),
    buildPlusFirstListMs: buildMs + firstListMs,
    idbReadAllMs,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await runLibraryBench();
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(`library: ${r.records} highlights`);
  console.log(`  index build (once)          ${ms(r.buildMs)}`);
  console.log(`  build + first full listing  ${ms(r.buildPlusFirstListMs)}`);
  console.log(`  list all, grouped           median ${ms(r.listMs.median)}, worst ${ms(r.listMs.worst)}`);
  console.log(`  search                      median ${ms(r.searchMs.median)}, worst ${ms(r.searchMs.worst)}`);
  console.log(`  IndexedDB listAll (fake-indexeddb, Node) ${ms(r.idbReadAllMs)}`);
  const worst = Math.max(r.listMs.worst, r.searchMs.worst);
  console.log(`  target < 50 ms per list/search: ${worst < 50 ? 'met' : 'NOT met'} (worst ${ms(worst)})`);
}
