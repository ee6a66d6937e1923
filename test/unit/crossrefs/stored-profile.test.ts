// The cross-reference engine restored from what it stored of each added
// article (restoreGrowingCrossReferences) answers exactly as the engine it was
// stored from: built in one go (a rebuild, what a worker restart used to pay)
// and grown article by article; it keeps growing the same way; records of
// another version or that do not fit their article are not restored from.
import { describe, expect, it } from 'vitest';
import { generateSyntheticCorpus } from '../../../scripts/generate-synthetic-corpus.ts';
import type { EngineArticle } from '../../../src/crossrefs/engine-article.ts';
import { createGrowingCrossReferences, type GrowingCrossReferences, restoreGrowingCrossReferences } from '../../../src/crossrefs/growing-index.ts';
import { isCurrentStoredProfile, STORED_PROFILE_VERSION, type StoredProfile } from '../../../src/crossrefs/stored-profile.ts';
import { loadCompiledCorpus } from '../helpers/corpus.ts';
import { loadCoverageSet } from './coverage-set.ts';

const builtin = loadCompiledCorpus().articles;
const coverage = [...loadCoverageSet('dev').articles, ...loadCoverageSet('test').articles];

/** Synthetic reports beside the coverage texts, so threads and same-claim candidates have many members. */
const synthetic: EngineArticle[] = generateSyntheticCorpus(40, 11).map((a, i) => ({
  id: `synthetic-${i}`,
  outlet: `wire-${i % 3}`,
  headline: a.paragraphs[0]!.slice(0, 60),
  dates: { published: { date: '2009-12-04', how: 'test' } },
  dateline: null,
  addresses: [`https://wire.example/${i}`],
  paragraphs: a.paragraphs,
  text: a.paragraphs.join('\n\n'),
  source: 'added',
}));
const added = [...coverage, ...synthetic];

/** What IndexedDB gives back: a structured clone of each stored record. */
function stored(engine: GrowingCrossReferences, articles: readonly EngineArticle[]) {
  return articles.map((article) => ({ article, stored: structuredClone(engine.storedProfileOf(article.id)) }));
}

function expectSameAnswers(restored: GrowingCrossReferences, original: GrowingCrossReferences, ids: readonly string[]): void {
  for (const id of ids) {
    expect(restored.crossReferencesFor(id), id).toEqual(original.crossReferencesFor(id));
    expect(restored.crossReferencesFor(id, { threadRefs: Number.POSITIVE_INFINITY }), id).toEqual(original.crossReferencesFor(id, { threadRefs: Number.POSITIVE_INFINITY }));
    expect(restored.eventDateOf(id), id).toEqual(original.eventDateOf(id));
  }
}

const allIds = [...builtin, ...added].map((a) => a.id);

describe('restoreGrowingCrossReferences', () => {
  it('answers exactly as a rebuild from every text, for every article, built-in or added', () => {
    const rebuild = createGrowingCrossReferences([...builtin, ...added]);
    const restored = restoreGrowingCrossReferences(builtin, stored(rebuild, added));
    expectSameAnswers(restored, rebuild, allIds);
    // Same-event links and copies are there to compare (the check is not over empty lists).
    expect(allIds.some((id) => rebuild.crossReferencesFor(id).copies.length > 0)).toBe(true);
    expect(allIds.filter((id) => rebuild.crossReferencesFor(id).sameEvent.length > 0).length).toBeGreaterThan(10);
  }, 120_000);

  it('answers exactly as an engine grown article by article, and keeps growing the same way', () => {
    const half = Math.floor(added.length / 2);
    const grown = createGrowingCrossReferences([...builtin, ...added.slice(0, half)]);
    for (const a of added.slice(half)) grown.add(a);
    grown.remove(added[3]!.id);
    const kept = added.filter((a) => a.id !== added[3]!.id);
    const restored = restoreGrowingCrossReferences(builtin, stored(grown, kept).reverse()); // the stored order decides, not the list's
    expectSameAnswers(restored, grown, kept.map((a) => a.id));
    // One more article: both learn it the same way, and what is stored of the others is unchanged.
    grown.add(added[3]!);
    restored.add(added[3]!);
    expectSameAnswers(restored, grown, allIds);
    for (const a of kept) expect(restored.storedProfileOf(a.id).keys).toEqual(grown.storedProfileOf(a.id).keys);
  }, 120_000);

  it('takes only records of this version that fit their article', () => {
    const engine = createGrowingCrossReferences([...builtin, ...coverage.slice(0, 3)]);
    const record: StoredProfile = structuredClone(engine.storedProfileOf(coverage[0]!.id));
    expect(isCurrentStoredProfile(record)).toBe(true);
    expect(isCurrentStoredProfile({ ...record, version: STORED_PROFILE_VERSION - 1 })).toBe(false);
    expect(isCurrentStoredProfile({ ...record, sentences: record.sentences.slice(1) })).toBe(false);
    expect(isCurrentStoredProfile(undefined)).toBe(false);
    // A record stored for a longer text does not fit a shorter one.
    const other = { ...coverage[1]!, text: coverage[1]!.text.slice(0, 20) };
    expect(() => restoreGrowingCrossReferences(builtin, [{ article: other, stored: record }])).toThrow(/outside the text/);
  }, 60_000);
});
