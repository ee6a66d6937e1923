// English people after test-24 was read (issue #13; the twenty-first session's second half): a post's letters before a
// name that the text shows to be a post (text-titles.ts), a Tswana chief's "Kgosi", a person described as someone of a
// body ("an official with the union"), a body's name placed by a preposition after a post ("chief executive of … Center
// in Place"), and a party's members in the plural as an unnamed group. Made-up people and places; each case failed on the
// rules before the change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';
import { titlesTaughtByText } from '../../../src/statements/text-titles.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);

describe('a post\'s letters the text teaches are no part of the name', () => {
  it('"investigator DS Name told", then "DS Surname said": the letters before the surname alone', () => {
    const text = 'Crash investigator DS Colm Arkwright told the hearing that the van had been reported stolen two days earlier. '
      + '"The keys were in it," DS Arkwright said.';
    expect(found(text)).toEqual([
      ['indirect', 'Colm Arkwright', 'person', 'the van had been reported stolen two days earlier'],
      ['direct', 'Colm Arkwright', 'person', 'The keys were in it'],
    ]);
  });

  it('"an upper-house MLC on Friday", then "Place MLC Name told": the letters used as a common noun', () => {
    const text = 'The closure was condemned by an upper-house MLC on Friday. Western Metropolitan MLC Dorothea Quill told '
      + 'parliament that the clinic served 9,000 people. Ms Quill said she would raise it again next week.';
    expect(found(text)).toEqual([
      ['indirect', 'Dorothea Quill', 'person', 'the clinic served 9,000 people'],
      ['indirect', 'Dorothea Quill', 'person', 'she would raise it again next week'],
    ]);
  });

  it('guard: a body\'s letters ("the NHS said", "NHS Grampian") teach nothing; nor letters printed only once', () => {
    expect([...titlesTaughtByText('The NHS said waiting lists had fallen. NHS Grampian Jane Ross said the figures were early.')]).toEqual([]);
    expect([...titlesTaughtByText('KT Rama Rao said the state would build 40 new schools.')]).toEqual([]);
  });
});

describe('people named with a chief\'s title or a body\'s description', () => {
  it('"Kgosi Name said": a Tswana chief\'s title, dropped as "Nana" is', () => {
    const text = 'At a meeting at the kgotla on Sunday, Kgosi Lesedi Mokgosi said the borehole had been dry since June. '
      + '"We carry water in buckets," he said.';
    expect(found(text)).toEqual([
      ['indirect', 'Lesedi Mokgosi', 'person', 'the borehole had been dry since June'],
      ['direct', 'Lesedi Mokgosi', 'person', 'We carry water in buckets'],
    ]);
  });

  it('"Name, an official with the union, said": the person, not the union', () => {
    expect(found('Ayla Brennock, an official with the union, said that staff had not been consulted.')).toEqual([
      ['indirect', 'Ayla Brennock', 'person', 'staff had not been consulted'],
    ]);
  });

  it('guard: "X, a trade group, said" is still the body', () => {
    expect(found('The Napa Valley Grapegrowers, a trade group, said the harvest was late.')).toEqual([
      ['indirect', 'Napa Valley Grapegrowers', 'organisation', 'the harvest was late'],
    ]);
  });

  it('"Name, chief executive of … Memorial Center in Place, said": the person, not the centre read as a name', () => {
    expect(found('Hollis Grant, chief executive of Silver Creek Memorial Center in Marlow, said that the clinic would cut its hours.')).toEqual([
      ['indirect', 'Hollis Grant', 'person', 'the clinic would cut its hours'],
    ]);
  });
});

describe('a party\'s members in the plural', () => {
  it('"Republicans say they will …": an unnamed group', () => {
    expect(found('Republicans say they will vote against the budget on Tuesday.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'they will vote against the budget on Tuesday'],
    ]);
  });

  it('guard: "Democrat Name said" is the person', () => {
    expect(found('Democrat Ellen Fosse said the budget was fair.')).toEqual([
      ['indirect', 'Ellen Fosse', 'person', 'the budget was fair'],
    ]);
  });
});
