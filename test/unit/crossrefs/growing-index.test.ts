import { describe, expect, it } from 'vitest';
import { buildCrossReferenceIndex } from '../../../src/crossrefs/cross-reference-index.ts';
import type { EngineArticle } from '../../../src/crossrefs/engine-article.ts';
import { createGrowingCrossReferences, THREAD_REFS_SHOWN } from '../../../src/crossrefs/growing-index.ts';
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

// Thirty reports on Kosovo from one wire, each with its own people and places, and one
// report sharing this one's rarer names (an envoy, a crossing) added last.
const CITIES = ['Vienna', 'Geneva', 'Ankara', 'Warsaw', 'Riga', 'Tbilisi', 'Helsinki', 'Bucharest', 'Lisbon', 'Prague'];
const SURNAMES = ['Petrov', 'Schneider', 'Haddad', 'Novak', 'Kowalski', 'Morales', 'Lindqvist', 'Okafor', 'Tanaka', 'Rossi', 'Dubois', 'Kaplan', 'Mendes', 'Horvat', 'Bauer'];
function kosovoReport(i: number): EngineArticle {
  const day = String(1 + (i % 27)).padStart(2, '0');
  return added(`kosovo-${i}`, `2011-03-${day}`, [
    `${CITIES[i % CITIES.length]!.toUpperCase()} (Example Wire) - Officials met on Kosovo again, minister ${SURNAMES[i % SURNAMES.length]} said after talks number ${i + 1}.`,
    `The talks on Kosovo covered customs stamps and electricity, ${SURNAMES[(i + 3) % SURNAMES.length]} told reporters.`,
  ]);
}
const REPORTS = Array.from({ length: 30 }, (_, i) => kosovoReport(i));
const SUBJECT = added('kosovo-subject', '2011-04-02', [
  'PRISTINA (Example Wire) - Envoy Robert Cooper said talks on Kosovo reached the Jarinje crossing question on Saturday.',
  'Cooper said the Jarinje crossing would reopen once the customs stamps dispute was settled.',
]);
const CLOSEST = added('kosovo-closest', '2011-05-20', [
  'BRUSSELS (Example Wire) - Robert Cooper, the envoy for the Kosovo talks, returned to the Jarinje crossing dispute on Friday.',
  'Cooper said customs at the Jarinje crossing remained the hardest question.',
]);

describe('a thread with more members than a panel lists', () => {
  const index = createGrowingCrossReferences(builtin);
  for (const a of [...REPORTS, SUBJECT, CLOSEST]) index.add(a);
  const kosovo = () => index.crossReferencesFor(SUBJECT.id).threads.find((t) => t.id === 'thread:kosovo')!;

  it('lists at most THREAD_REFS_SHOWN of them and counts them all', () => {
    const thread = kosovo();
    const inKosovo = [...builtin, ...REPORTS, CLOSEST].filter((a) => /Kosovo/.test(a.text)).length;
    expect(thread.others).toBe(inKosovo);
    expect(thread.others).toBeGreaterThan(THREAD_REFS_SHOWN);
    expect(thread.refs).toHaveLength(THREAD_REFS_SHOWN);
    expect(new Set(thread.refs.map((r) => r.id)).size).toBe(THREAD_REFS_SHOWN);
    expect(thread.refs.map((r) => r.id)).not.toContain(SUBJECT.id);
  });

  it('lists the member sharing the most specific names although it came last, then the earliest, in corpus order', () => {
    const ids = kosovo().refs.map((r) => r.id);
    expect(ids).toContain(CLOSEST.id);
    expect(ids[ids.length - 1]).toBe(CLOSEST.id);
    const order = [...builtin, ...REPORTS].map((a) => a.id).filter((id) => ids.includes(id));
    expect(ids.slice(0, -1)).toEqual(order);
  });

  it('gives the full list on demand: by thread, and with no cap', () => {
    const all = index.threadMembers(SUBJECT.id, 'thread:kosovo').map((r) => r.id);
    expect(all).toHaveLength(kosovo().others);
    expect(all).toContain(CLOSEST.id);
    expect(all).not.toContain(SUBJECT.id);
    const uncapped = index.crossReferencesFor(SUBJECT.id, { threadRefs: Number.POSITIVE_INFINITY }).threads.find((t) => t.id === 'thread:kosovo')!;
    expect(uncapped.refs.map((r) => r.id)).toEqual(all);
    expect(() => index.threadMembers(SUBJECT.id, 'thread:nothing')).toThrow(/in no thread/);
  });

  it('keeps what it shows the same size however many reports the thread holds', () => {
    const size = () => JSON.stringify(index.crossReferencesFor(SUBJECT.id).threads).length;
    const before = size();
    for (let i = 30; i < 60; i++) index.add(kosovoReport(i));
    expect(kosovo().others).toBeGreaterThan(55);
    expect(size()).toBeLessThan(before * 1.2);
    for (let i = 30; i < 60; i++) index.remove(`kosovo-${i}`);
  });

  it('counts and labels a key again when the articles carrying it go', () => {
    const fresh = createGrowingCrossReferences(builtin);
    for (const a of [...REPORTS, SUBJECT, CLOSEST]) fresh.add(a);
    const shouted = added('kosovo-shouted', '2011-04-03', ['PRISTINA (Example Wire) - KOSOVO TALKS: Robert Cooper said the Jarinje crossing talks on KOSOVO would go on.']);
    fresh.add(shouted);
    fresh.remove(shouted.id);
    for (const a of REPORTS.slice(0, 20)) fresh.remove(a.id);
    const rebuilt = createGrowingCrossReferences([...builtin, ...REPORTS.slice(20), SUBJECT, CLOSEST]);
    for (const id of [SUBJECT.id, CLOSEST.id, byFile('003')]) {
      expect(fresh.crossReferencesFor(id).threads).toEqual(rebuilt.crossReferencesFor(id).threads);
      expect(fresh.crossReferencesFor(id).sameClaims).toEqual(rebuilt.crossReferencesFor(id).sameClaims);
    }
    expect(fresh.sameClaimsFor(SUBJECT.id)).toEqual(rebuilt.crossReferencesFor(SUBJECT.id).sameClaims);
  });
});
