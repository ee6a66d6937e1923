import { describe, expect, it } from 'vitest';
import type { CopyRef } from '../../../src/crossrefs/cross-reference-index.ts';
import type { ArticleCard } from '../../../src/provenance/types.ts';
import { deriveVerdict, VERDICT_KINDS, type Verdict } from '../../../src/provenance/verdict.ts';
import { loadCorpusPackage } from '../helpers/corpus.ts';

const pkg = loadCorpusPackage();
const verdictOf = (id: string): Verdict => deriveVerdict(pkg.extras[id]!);
const texts = (v: Verdict) => v.clauses.map((c) => c.text);

describe('the verdict line on the five corpus articles', () => {
  it('Sputnik copies: state media and the RIA Novosti wire first, on every one', () => {
    for (const id of [
      'sputnik-2008-09-27-lavrov-relations-not-frozen',
      'sputnik-2007-06-26-russia-links-cooperation-to-reform',
      'sputnik-2009-12-01-rogozin-rasmussen-constructive-talks',
    ]) {
      const v = verdictOf(id);
      expect(texts(v).slice(0, 2), id).toEqual(['State media', 'RIA Novosti wire copy']);
      expect(v.clauses[0]!.detail).toBe('outlet');
      expect(v.clauses[1]!.detail).toBe('origin');
      expect(v.marker).toBe('State media');
      expect(v.badgeText).toBe('OWN');
    }
  });

  it('Rogozin: the anonymous source and the denied Canada claim', () => {
    expect(texts(verdictOf('sputnik-2009-12-01-rogozin-rasmussen-constructive-talks'))).toEqual([
      'State media',
      'RIA Novosti wire copy',
      'Anonymous source',
      'A claim in it is disputed',
    ]);
  });

  it('2008 Lavrov: nothing beyond the outlet and the wire (no care point is an error or dispute)', () => {
    expect(texts(verdictOf('sputnik-2008-09-27-lavrov-relations-not-frozen'))).toEqual(['State media', 'RIA Novosti wire copy']);
  });

  it('2007 Moscow session: the recorded inaccuracy', () => {
    expect(texts(verdictOf('sputnik-2007-06-26-russia-links-cooperation-to-reform'))).toContain('A known error');
  });

  it('Reuters: not state media; recycled copy, then pool footage and archive stamps', () => {
    const v = verdictOf('reuters-2009-12-04-nato-russia-sign-agreement');
    expect(v.clauses.map((c) => c.kind)).toEqual(['wire', 'archive-metadata']);
    expect(texts(v)[0]).toBe('Recycles earlier Reuters copy');
    expect(texts(v)[1]).toMatch(/^Pool footage; embargo and copyright dates/);
    expect(v.clauses[1]!.detail).toBe('metadata');
  });

  it('Oye! Times: unknown operator, unattributed republication from RT, the site stamp', () => {
    const v = verdictOf('oyetimes-2010-09-lavrov-upset-ambiguous-stance');
    expect(texts(v)).toEqual([
      'Who runs it is not established',
      'Republished, most likely unattributed, from RT',
      '“Last updated 2022” is a site stamp',
      'A known error',
    ]);
    expect(v.marker).toBe('Operator unknown');
    expect(v.badgeText).toBe('OWN');
  });

  it('lists clauses in the fixed order of kinds, at most four, with no kind twice', () => {
    for (const extras of Object.values(pkg.extras)) {
      const kinds = deriveVerdict(extras).clauses.map((c) => VERDICT_KINDS.indexOf(c.kind));
      expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
      expect(new Set(kinds).size).toBe(kinds.length);
      expect(kinds.length).toBeLessThanOrEqual(4);
    }
    expect(deriveVerdict(pkg.extras['sputnik-2009-12-01-rogozin-rasmussen-constructive-talks']!, { max: 2 }).clauses).toHaveLength(2);
  });
});

describe('the verdict line on an added article (no notes; engines only)', () => {
  const reuters = pkg.extras['reuters-2009-12-04-nato-russia-sign-agreement']!;
  const card = (over: Partial<ArticleCard>): ArticleCard => ({
    id: 'added-abc',
    outlet: 'interfax',
    headline: 'NATO and Russia agree work plan',
    origin: [{ text: 'The dateline credits Interfax.', source: 'this page' }],
    dates: [],
    event: [],
    metadata: [],
    anonymousSourcing: [],
    carePoints: [],
    ...over,
  });
  const copy = (share: number, original: string): CopyRef => ({
    id: 'reuters-2009-12-04-nato-russia-sign-agreement',
    outlet: 'reuters',
    headline: 'NATO, Russia sign agreement',
    date: '2009-12-05',
    addresses: [],
    share,
    original,
  });

  it('an unknown outlet: the dateline credit, anonymous sourcing and the date gap, from the page alone', () => {
    const v = deriveVerdict(
      {
        articleCard: card({
          dates: [
            { role: 'event', date: '2009-12-04', how: 'x', sources: [], source: 'this page' },
            { role: 'published', date: '2009-12-20', how: 'x', sources: [], source: 'this page' },
          ],
          anonymousSourcing: [{ phrase: 'a source close to', start: 0, end: 17, source: 'this page' }],
        }),
        outletCards: [],
      },
      { formatDate: (iso) => `<${iso}>` },
    );
    expect(texts(v)).toEqual([
      'Interfax copy (the dateline credits it)',
      'Anonymous source',
      'Event <2009-12-04>, published <2009-12-20>',
    ]);
    expect(v.marker).toBe('Wire copy');
  });

  it('a copy of an earlier corpus article, from the copy engine', () => {
    const v = deriveVerdict({
      articleCard: card({ origin: [{ text: 'The page names no wire, agency or source for its text.', source: 'this page' }] }),
      outletCards: reuters.outletCards,
      crossReferences: { copies: [copy(0.82, 'reuters-2009-12-04-nato-russia-sign-agreement')] },
    });
    expect(texts(v)).toEqual(['82% copied from “NATO, Russia sign agreement”']);
    expect(v.clauses[0]!.detail).toBe('copies');
    expect(v.badgeText).toBe('COPY');
  });

  it('no copy clause when the added article came first, or shares little', () => {
    for (const c of [copy(0.9, 'added-abc'), copy(0.2, 'reuters-2009-12-04-nato-russia-sign-agreement')]) {
      const v = deriveVerdict({ articleCard: card({ origin: [] }), outletCards: [], crossReferences: { copies: [c] } });
      expect(v.clauses).toEqual([]);
      expect(v.marker).toBe('');
      expect(v.badgeText).toBe('');
    }
  });

  it('a close event and publication date is no clause', () => {
    const v = deriveVerdict({
      articleCard: card({
        origin: [],
        dates: [
          { role: 'event', date: '2009-12-04', how: 'x', sources: [] },
          { role: 'published', date: '2009-12-05', how: 'x', sources: [] },
        ],
      }),
      outletCards: [],
    });
    expect(v.clauses).toEqual([]);
  });
});
