import { describe, expect, it } from 'vitest';
import { buildCrossReferenceIndex } from '../../../src/crossrefs/cross-reference-index.ts';
import type { EngineArticle } from '../../../src/crossrefs/engine-article.ts';
import { createGrowingCrossReferences } from '../../../src/crossrefs/growing-index.ts';
import { loadCompiledCorpus } from '../helpers/corpus.ts';

const builtin = loadCompiledCorpus().articles;
const byFile = (prefix: string) => builtin.find((a) => a.file.startsWith(prefix))!.id;

function added(id: string, published: string, paragraphs: string[], extra: Partial<EngineArticle> = {}): EngineArticle {
  return {
    id,
    outlet: 'example-wire',
    headline: `Headline of ${id}`,
    dates: { published: { date: published, how: 'test' } },
    dateline: null,
    addresses: [`https://example.org/${id}`],
    paragraphs,
    text: paragraphs.join('\n\n'),
    source: 'added',
    ...extra,
  };
}

const MINISTERS = added('wire-2009-12-04', '2009-12-04', [
  'BRUSSELS, Dec 4 (Example Wire) - Foreign ministers of NATO and Russia met on Friday for the first formal session of the NATO-Russia Council since the war in Georgia.',
  'Secretary General Anders Fogh Rasmussen said the council agreed to review common threats, while Russian Foreign Minister Sergei Lavrov pressed the Kremlin draft of a European security treaty.',
  'Both sides pledged to widen cooperation on Afghanistan, including transit and the fight against drug trafficking.',
]);

describe('createGrowingCrossReferences', () => {
  it('gives the five built-in articles exactly the references the one-shot engine gives', () => {
    const once = buildCrossReferenceIndex(builtin);
    const growing = createGrowingCrossReferences(builtin);
    for (const a of builtin) expect(growing.crossReferencesFor(a.id), a.id).toEqual(once.crossReferencesFor(a.id));
  });

  it('links an added article both ways: its page lists the built-in ones, their panels list it', () => {
    const index = createGrowingCrossReferences(builtin);
    index.add(MINISTERS);
    expect(index.has(MINISTERS.id)).toBe(true);
    expect(index.crossReferencesFor(MINISTERS.id).sameEvent.map((r) => r.id)).toEqual([byFile('002'), byFile('003')]);
    const reuters = index.crossReferencesFor(byFile('003'));
    expect(reuters.sameEvent.map((r) => r.id)).toContain(MINISTERS.id);
    expect(reuters.sameEvent.find((r) => r.id === MINISTERS.id)).toMatchObject({ outlet: 'example-wire', date: '2009-12-04', eventDate: '2009-12-04' });
    const afghanistan = reuters.threads.find((t) => t.label.includes('Afghanistan'))!;
    expect(afghanistan.refs.map((r) => r.id)).toContain(MINISTERS.id);
  });

  it('gives the same references whether an article is added later or built in from the start', () => {
    const later = createGrowingCrossReferences(builtin);
    later.add(MINISTERS);
    const fromStart = createGrowingCrossReferences([...builtin, MINISTERS]);
    for (const id of [MINISTERS.id, byFile('002'), byFile('003')]) {
      expect(later.crossReferencesFor(id).sameEvent).toEqual(fromStart.crossReferencesFor(id).sameEvent);
      expect(later.crossReferencesFor(id).threads).toEqual(fromStart.crossReferencesFor(id).threads);
    }
  });

  it('forgets a removed article everywhere, and a re-added id replaces the old text', () => {
    const index = createGrowingCrossReferences(builtin);
    index.add(MINISTERS);
    index.remove(MINISTERS.id);
    expect(index.has(MINISTERS.id)).toBe(false);
    expect(() => index.crossReferencesFor(MINISTERS.id)).toThrow(/no article/);
    const reuters = index.crossReferencesFor(byFile('003'));
    expect(reuters).toEqual(buildCrossReferenceIndex(builtin).crossReferencesFor(byFile('003')));
    index.add(MINISTERS);
    index.add({ ...MINISTERS, dates: { published: { date: '2011-05-01', how: 'test' } }, paragraphs: ['Nothing about the meeting at all.'], text: 'Nothing about the meeting at all.' });
    expect(index.crossReferencesFor(byFile('003')).sameEvent.map((r) => r.id)).not.toContain(MINISTERS.id);
  });

  it("works out each article's event date from its own text and dates", () => {
    const index = createGrowingCrossReferences(builtin);
    index.add(added('preview-2009-12-02', '2009-12-02', ['BRUSSELS (Example) - Russian envoy Dmitry Rogozin met NATO ambassadors on Wednesday ahead of Friday\'s ministerial meeting, a diplomat said.']));
    expect(index.eventDateOf('preview-2009-12-02')).toMatchObject({ date: '2009-12-02' });
    expect(index.eventDateOf(byFile('000'))?.date).toBe('2008-09-26');
    expect(() => index.eventDateOf('nope')).toThrow(/no article "nope"/);
  });

  it('throws on duplicate ids in the starting set', () => {
    expect(() => createGrowingCrossReferences([builtin[0]!, builtin[0]!])).toThrow(/duplicate article id/);
  });

  it('does not join reports of another meeting of the same people days apart', () => {
    const index = createGrowingCrossReferences(builtin);
    index.add(
      added('moscow-2009-12-16', '2009-12-16', [
        'MOSCOW (Example Wire) - NATO Secretary General Anders Fogh Rasmussen met Russian Foreign Minister Sergei Lavrov in Moscow on Wednesday, his first visit since the NATO-Russia Council resumed work.',
        'They discussed Afghanistan, Georgia and the European security treaty proposed by President Dmitry Medvedev.',
      ]),
    );
    expect(index.crossReferencesFor('moscow-2009-12-16').sameEvent).toEqual([]);
  });
});
