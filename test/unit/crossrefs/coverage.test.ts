// The engines on coverage nobody tuned them to: the held-back test set (written
// first, never tuned on) and the development set, each added to the five
// built-in articles one text at a time. The figures are printed for the report.
import { describe, expect, it } from 'vitest';
import { createGrowingCrossReferences } from '../../../src/crossrefs/growing-index.ts';
import { loadCompiledCorpus } from '../helpers/corpus.ts';
import { coverageFigures, loadCoverageSet } from './coverage-set.ts';

const percent = (r: { found: number; total: number }) => (r.total === 0 ? 1 : r.found / r.total);

describe.each(['test', 'dev'] as const)('coverage %s set', (name) => {
  const set = loadCoverageSet(name);
  const index = createGrowingCrossReferences(loadCompiledCorpus().articles);
  for (const a of set.articles) index.add(a);
  const figures = coverageFigures(index, set.labels);
  console.info(
    `coverage ${name}: same-event EN ${figures.recall.en.found}/${figures.recall.en.total}, RU ${figures.recall.ru.found}/${figures.recall.ru.total}, ` +
      `pairs ${figures.pairs.found}/${figures.pairs.total}, different-event links ${figures.falseSameEvent.length}, ` +
      `copies ${figures.copies.found}/${figures.copies.total}, false copies ${figures.falseCopies.length}`,
  );

  it('has English and Russian same-event reports, other meetings of the same people, boilerplate pairs and copies', () => {
    expect(figures.recall.en.total).toBeGreaterThanOrEqual(6);
    expect(figures.recall.ru.total).toBeGreaterThanOrEqual(4);
    expect(new Set([...set.labels.values()].map((l) => l.event)).size).toBeGreaterThanOrEqual(5);
    expect(figures.copies.total).toBeGreaterThanOrEqual(3);
    // Different stories sharing a wire's background paragraph word for word.
    const boilerplate = set.articles.flatMap((a) =>
      set.articles.filter(
        (b) => a.id < b.id && set.labels.get(a.id)!.copyOf !== b.id && set.labels.get(b.id)!.copyOf !== a.id && a.paragraphs.some((p) => p.split(' ').length >= 20 && b.paragraphs.includes(p)),
      ),
    );
    expect(boilerplate.length).toBeGreaterThanOrEqual(1);
  });

  it('links ≥ 90% of English and ≥ 60% of Russian same-event reports', () => {
    expect(percent(figures.recall.en), `missed: ${figures.recall.en.missed.join(', ')}`).toBeGreaterThanOrEqual(0.9);
    expect(percent(figures.recall.ru), `missed: ${figures.recall.ru.missed.join(', ')}`).toBeGreaterThanOrEqual(0.6);
  });

  it('links no report of a different event as the same event', () => {
    expect(figures.falseSameEvent).toEqual([]);
  });

  it('finds the copies, with the right original, and marks no different story as a copy', () => {
    expect(figures.copies.missed).toEqual([]);
    expect(figures.copies.wrongOriginal).toEqual([]);
    expect(figures.falseCopies).toEqual([]);
  });
});
