import { describe, expect, it } from 'vitest';
import { MIN_COPY_SHARE, ShingleIndex, shinglesOf } from '../../../src/crossrefs/copies.ts';
import type { EngineArticle } from '../../../src/crossrefs/engine-article.ts';
import { createGrowingCrossReferences } from '../../../src/crossrefs/growing-index.ts';
import { loadCompiledCorpus } from '../helpers/corpus.ts';
import { coverageArticle } from './coverage-set.ts';

const BOILERPLATE =
  'The NATO-Russia Council was set up in 2002 to let Moscow and the allies work as equals on common security problems, and was suspended after the war in Georgia in August 2008.';
const STORY_A = [
  'Ministers agreed on Friday to review common threats together, the first such decision since the council resumed its work in Brussels this autumn.',
  'The foreign minister said the talks had been businesslike and that his government would present a draft treaty to the partners next month.',
  'Officials said working groups on counter-narcotics training and on the transit of supplies would report back to ambassadors before the summer.',
];
const STORY_B = [
  'The secretary general asked for helicopters for the Afghan army during his first visit to the Russian capital on Wednesday evening.',
  'He told students at a Moscow institute that the alliance posed no threat and that both sides faced the same dangers from terrorism and drugs.',
  'The president used the meeting to press his own plan for a new security arrangement in Europe, which allies have received coolly.',
];

function article(id: string, paragraphs: string[], published?: string): EngineArticle {
  return {
    id,
    outlet: 'wire',
    headline: id,
    dates: published ? { published: { date: published, how: 'test' } } : {},
    dateline: null,
    addresses: [],
    paragraphs,
    text: paragraphs.join('\n\n'),
  };
}

describe('shingles', () => {
  it('ignore case and typography, and keep the same sample in every text', () => {
    const a = shinglesOf('“Russia and NATO,” the minister said — on Friday — were partners again in Brussels today.');
    const b = shinglesOf('"russia and nato," the minister said - on friday - were partners again in brussels today.');
    expect(a).toEqual(b);
  });
});

describe('ShingleIndex.copiesOf', () => {
  it('reports a republished story with the share of each text copied', () => {
    const index = new ShingleIndex();
    index.add('original', [...STORY_A, BOILERPLATE].join('\n\n'));
    index.add('copy', [...STORY_A.slice(0, 3), 'Share this story'].join('\n\n'));
    const [m] = index.copiesOf('copy');
    expect(m?.id).toBe('original');
    expect(m!.share).toBeGreaterThan(0.9);
    expect(m!.otherShare).toBeLessThan(m!.share);
    expect(index.copiesOf('original').map((c) => c.id)).toEqual(['copy']);
  });

  it('does not make two different stories copies because they share a background paragraph', () => {
    const index = new ShingleIndex();
    index.add('a', [...STORY_A, BOILERPLATE].join('\n\n'));
    index.add('b', [...STORY_B, BOILERPLATE].join('\n\n'));
    expect(index.copiesOf('a')).toEqual([]);
    expect(index.copiesOf('b')).toEqual([]);
  });

  it('weighs boilerplate many articles carry less than text only two share', () => {
    const index = new ShingleIndex();
    // A short story that is half boilerplate: only the boilerplate's rarity decides.
    index.add('a', [STORY_A[0]!, BOILERPLATE].join('\n\n'));
    index.add('b', [STORY_B[0]!, BOILERPLATE].join('\n\n'));
    const before = new ShingleIndex();
    before.add('a', [STORY_A[0]!, BOILERPLATE].join('\n\n'));
    before.add('b', [STORY_B[0]!, BOILERPLATE].join('\n\n'));
    for (let i = 0; i < 6; i++) index.add(`other-${i}`, [STORY_B[(i % 2) + 1]!, BOILERPLATE, `Unrelated closing line number ${i} about something else entirely here.`].join('\n\n'));
    expect(before.copiesOf('a').map((c) => c.id)).toEqual(['b']);
    expect(index.copiesOf('a')).toEqual([]);
  });

  it('forgets a removed article', () => {
    const index = new ShingleIndex();
    index.add('original', STORY_A.join('\n\n'));
    index.add('copy', STORY_A.join('\n\n'));
    index.remove('original');
    expect(index.copiesOf('copy')).toEqual([]);
  });
});

describe('copies in the cross-references', () => {
  it('say which came first from the publication dates, and by corpus order when the dates cannot tell', () => {
    const index = createGrowingCrossReferences([article('early', [...STORY_A, BOILERPLATE], '2009-12-04')]);
    index.add(article('late', STORY_A, '2009-12-05'));
    const copy = index.crossReferencesFor('late').copies[0]!;
    expect(copy).toMatchObject({ id: 'early', original: 'early' });
    expect(copy.share).toBeGreaterThanOrEqual(MIN_COPY_SHARE);
    expect(copy.originalHow).toMatch(/published first/);
    expect(index.crossReferencesFor('early').copies[0]).toMatchObject({ id: 'late', original: 'early' });

    const undated = createGrowingCrossReferences([article('first', STORY_A), article('second', STORY_A)]);
    expect(undated.crossReferencesFor('second').copies[0]).toMatchObject({ original: 'first' });
    expect(undated.crossReferencesFor('second').copies[0]!.originalHow).toMatch(/unknown.*corpus first/);
  });

  it("follows the Oye! Times text (004) to RT's report once RT's text is added", () => {
    const builtin = loadCompiledCorpus().articles;
    const oye = builtin.find((a) => a.file.startsWith('004'))!;
    const index = createGrowingCrossReferences(builtin);
    expect(index.crossReferencesFor(oye.id).copies).toEqual([]);
    const rt = coverageArticle(
      { file: 'rt-source.txt', outlet: 'RT', language: 'en', published: '2010-09-27', url: 'https://www.rt.com/politics/lavrov-nato-summit/', title: 'Lavrov on NATO summit', event: 'x' },
      [
        'Lavrov sets conditions for Lisbon',
        `Russia's Foreign Minister spoke on Saturday. ${oye.paragraphs.slice(0, 6).join('\n\n')}`,
        'Moscow will announce its decision on the summit in October, a Kremlin source said.',
      ].join('\n\n'),
    );
    index.add(rt);
    const [copy] = index.crossReferencesFor(oye.id).copies;
    expect(copy).toMatchObject({ id: rt.id, outlet: 'rt', original: rt.id });
    expect(copy!.share).toBeGreaterThan(0.5);
    expect(index.crossReferencesFor(rt.id).copies[0]).toMatchObject({ id: oye.id, original: rt.id });
  });
});
