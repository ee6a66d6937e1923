// The thirty-sixth session's ninth probe of unnamed sources in English (d1806–d1811): the shapes its first run missed,
// in fresh words and invented names (none of the fixtures' sentences). Each case failed on the rules before the change
// but the guards (marked so), which pass on both.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);
const clauses = (text: string) => found(text).filter((s) => s[0] === 'indirect');

describe('English: a hearsay frame of telling with a far "that" (hedged-tell-far-that.ts)', () => {
  it('"X is said to have told farmers at a rally on Friday that …" is X\'s clause', () => {
    expect(clauses('Dairy prices\n\nSenator Odile Ferraro-Quist is said to have told farmers at a rally on Friday that she would vote against the levy.')).toEqual([
      ['indirect', 'Odile Ferraro-Quist', 'person', 'she would vote against the levy'],
    ]);
  });

  it('"… are understood to have told the trustees last month that …" with an unnamed subject', () => {
    expect(clauses('Museum\n\nSenior curators are understood to have told the trustees last month that the roof could not survive another winter.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the roof could not survive another winter'],
    ]);
  });

  it('guard: "is said to have told the story of a village that …" is no frame', () => {
    expect(clauses('Folk night\n\nThe fiddler is said to have told the story of a village that vanished under the reservoir.')).toEqual([]);
  });
});

describe('English: an emphatic reflexive after the subject (emphatic-reflexive.ts)', () => {
  it('"Name himself told reporters … that …" is the named person\'s clause', () => {
    expect(clauses('Rowing\n\nCasimir Odunze himself told reporters after the regatta that the boat had been too heavy.')).toEqual([
      ['indirect', 'Casimir Odunze', 'person', 'the boat had been too heavy'],
    ]);
  });

  it('"The growers themselves say …" is an unnamed group\'s clause', () => {
    expect(clauses('Hops\n\nThe growers themselves say the harvest came three weeks early.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the harvest came three weeks early'],
    ]);
  });

  it('guard: a reflexive inside the clause, after the verb, stays in the clause', () => {
    expect(clauses('Bypass\n\nThe mayor said the council itself had approved the scheme.')).toEqual([
      ['indirect', null, null, 'the council itself had approved the scheme'],
    ]);
  });
});

describe('English: people of standing called "figures", in the plural (figures-of-standing.ts)', () => {
  it('"Senior figures in the party said …" is an unnamed source', () => {
    expect(clauses('Leadership\n\nSenior figures in the party said the leader had until the conference to set out a plan.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the leader had until the conference to set out a plan'],
    ]);
  });

  it('"Figures close to the board say …" is one too', () => {
    expect(clauses('Rugby\n\nFigures close to the board say the stand will be rebuilt within two seasons.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the stand will be rebuilt within two seasons'],
    ]);
  });

  it('guard: "Figures from the agency show that …" stay the agency\'s numbers, not people', () => {
    expect(clauses('Lambing\n\nFigures from the Upland Sheep Agency show that lambing fell by a tenth this spring.')).toEqual([
      ['indirect', 'Upland Sheep Agency', 'organisation', 'lambing fell by a tenth this spring'],
    ]);
  });
});

describe('English: "Members of <named body>" (members-of-named-body.ts)', () => {
  it('"Members of the Harbour Trust said …" is an unnamed source, not a body named "Members of …"', () => {
    expect(clauses('Slipway\n\nMembers of the Harbour Trust said they had not been shown the survey.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'they had not been shown the survey'],
    ]);
  });

  it('guard: "The Harbour Trust said …" stays the body\'s', () => {
    expect(clauses('Slipway\n\nThe Harbour Trust said it had not been shown the survey.')).toEqual([
      ['indirect', 'Harbour Trust', 'organisation', 'it had not been shown the survey'],
    ]);
  });
});

describe('English: "Dean of <field> <Name>" (dean-of-field.ts)', () => {
  it('"Dean of Engineering Name Name said …" is the named person\'s', () => {
    expect(clauses('Labs\n\nDean of Engineering Rosalind Achterberg said the new laboratories would open in the autumn.')).toEqual([
      ['indirect', 'Rosalind Achterberg', 'person', 'the new laboratories would open in the autumn'],
    ]);
  });

  it('guard: "Dean Name of the law school said …" (a given name) is as before', () => {
    expect(clauses('Labs\n\nDean Okonkwo of the law school said the moot court would move.')).toEqual([
      ['indirect', 'Dean Okonkwo', 'person', 'the moot court would move'],
    ]);
  });
});

describe('English: a clause ends at its quoted word before "and ordered" (act-after-quoted-word.ts)', () => {
  it('"… was "<word>" and ordered a review" ends at the closing mark', () => {
    expect(clauses('Ferries\n\nThe transport secretary, Imelda Strachan-Oyelowo, said the cancellations were "indefensible" and ordered a review of the timetable.')).toEqual([
      ['indirect', 'Imelda Strachan-Oyelowo', 'person', 'the cancellations were "indefensible"'],
    ]);
  });

  it('guard: with no quoted word the clause is as before', () => {
    const text = 'Ferries\n\nThe transport secretary, Imelda Strachan-Oyelowo, said the cancellations were indefensible and ordered a review of the timetable.';
    expect(clauses(text).map((s) => s[3])).toEqual(['the cancellations were indefensible and ordered a review of the timetable']);
  });
});
