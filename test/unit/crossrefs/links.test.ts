// The link fixes of issue #15: same-event dates, threads only on topics.
// (Statement echoes: statement-echoes.test.ts.)
import { describe, expect, it } from 'vitest';
import type { ArticleProfile, TopicKey } from '../../../src/crossrefs/article-profile.ts';
import { buildCrossReferenceIndex } from '../../../src/crossrefs/cross-reference-index.ts';
import { relationToEvent, sameEvent } from '../../../src/crossrefs/same-event.ts';
import { canSeedThread } from '../../../src/crossrefs/threads.ts';
import { loadCompiledCorpus } from '../helpers/corpus.ts';

const articles = loadCompiledCorpus().articles;
const byFile = (prefix: string) => articles.find((a) => a.file.startsWith(prefix))!.id;

function profile(focalDates: string[], keys: string[]): ArticleProfile {
  const map = new Map<string, TopicKey>(keys.map((k) => [k, { key: k, label: k, kind: 'entity', sentences: new Set([0]), count: 1 }]));
  return { focalDates, keys: map } as unknown as ArticleProfile;
}

describe('same-event date', () => {
  const stats = { articleCount: 10, theme: new Set<string>(), idf: () => 1 };
  it('is the earliest focal date the two articles share, as documented', () => {
    const a = profile(['2009-12-01', '2009-12-04'], ['lavrov', 'rasmussen', 'brussels']);
    const b = profile(['2009-12-02', '2009-12-04'], ['lavrov', 'rasmussen', 'brussels']);
    expect(sameEvent(a, b, stats)?.eventDate).toBe('2009-12-01');
    expect(sameEvent(b, a, stats)?.eventDate).toBe('2009-12-01');
  });

  it("tells the Sputnik preview's panel that it previews the 4 Dec meeting, and the report's that it reports it", () => {
    const index = buildCrossReferenceIndex(articles);
    expect(index.crossReferencesFor(byFile('002')).sameEvent[0]).toMatchObject({ eventDate: '2009-12-04', relation: 'preview' });
    expect(index.crossReferencesFor(byFile('003')).sameEvent[0]).toMatchObject({ eventDate: '2009-12-04', relation: 'report' });
    expect(relationToEvent('2009-12-08', '2009-12-04')).toBe('follow-up');
    expect(relationToEvent(undefined, '2009-12-04')).toBe('report');
  });
});

describe('threads only on topics', () => {
  it('are not started by cities, descriptive phrases or general phrases', () => {
    const labels = buildCrossReferenceIndex(articles).threads.map((t) => t.label.toLowerCase());
    for (const noise of ['new york', 'brussels', 'legally binding', 'breakaway region', 'national interests', 'military alliance']) {
      expect(labels.some((l) => l.split(' · ')[0] === noise), noise).toBe(false);
    }
    expect(labels).toEqual(expect.arrayContaining(['afghanistan', 'kosovo · serbia', 'missile defense', 'drug trafficking']));
  });

  it.each([
    ['kosovo', 'entity', 'Kosovo', true],
    ['missile defense', 'phrase', 'missile defense', true],
    ['european security', 'phrase', 'European security', true],
    ['drug trafficking', 'phrase', 'drug trafficking', true],
    ['new york', 'entity', 'New York', false],
    ['brussels', 'entity', 'BRUSSELS', false],
    ['legally binding', 'phrase', 'legally binding', false],
    ['national interest', 'phrase', 'national interests', false],
    ['breakaway region', 'phrase', 'breakaway region', false],
    ['person:lavrov', 'person', 'Sergei Lavrov', false],
  ])('%s (%s) may start a thread: %s', (key, kind, label, expected) => {
    expect(canSeedThread(key, kind, label)).toBe(expected);
  });
});
