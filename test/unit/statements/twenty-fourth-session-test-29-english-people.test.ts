// The twenty-fourth session's round on test-29's English people (issue #13): a person wanted where a body, nobody or
// another is given. Made-up people and sentences in none of the fixture parts; each case failed on the rules before the
// change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);

describe('a post, a body described in lower case, then the holder (lower-case-body-before-name.ts)', () => {
  it('"Director of the district water office <Name> said on Monday that …"', () => {
    const text = 'Director of the district water office Marisol Ferreira said on Monday that the reservoir would be drained in May.';
    expect(found(text)).toEqual([['indirect', 'Marisol Ferreira', 'person', 'the reservoir would be drained in May']]);
  });

  it('"Chair of the regional ports authority <Name Name Name> said …", then his quote', () => {
    const text = 'Chair of the regional ports authority Tomas Ekwueme Baptiste said the berths would reopen in April. "We will not rush the divers," he said.';
    expect(found(text)).toEqual([
      ['indirect', 'Tomas Ekwueme Baptiste', 'person', 'the berths would reopen in April'],
      ['direct', 'Tomas Ekwueme Baptiste', 'person', 'We will not rush the divers'],
    ]);
  });

  it('guard: "the head of the local council said" stays a post nobody in the text holds', () => {
    const text = 'The head of the local council said the bridge would be closed for a week.';
    expect(found(text).map((s) => s[1])).not.toContain('council');
  });
});

describe('post words after a capitalised word that is no post ("the Group Chief Executive, Mr Name")', () => {
  it('"the Group Chief Executive, Mr <Name>, said …" then "The CEO added that …"', () => {
    const text = 'Addressing shareholders in Accra, the Group Chief Executive, Mr Kofi Adjei-Mensah, said the bank had kept its costs flat. '
      + 'The CEO added that the branch network would shrink by a tenth.';
    expect(found(text)).toEqual([
      ['indirect', 'Kofi Adjei-Mensah', 'person', 'the bank had kept its costs flat'],
      ['indirect', 'Kofi Adjei-Mensah', 'person', 'the branch network would shrink by a tenth'],
    ]);
  });

  it('"The Group Finance Director, Ms <Name>, said …" then "The finance director added that …"', () => {
    const text = 'The Group Finance Director, Ms Ruth Obeng, said margins had held. The finance director added that the dividend would rise.';
    expect(found(text).at(-1)).toEqual(['indirect', 'Ruth Obeng', 'person', 'the dividend would rise']);
  });
});

describe('a lone word opening one speaker\'s full name (name-opened-by-lone-word.ts)', () => {
  it('a Samoan matai title: "The village chief, <Title Name Name>, told …" then "<Title> said …"', () => {
    const text = 'The village chief, Leota Sione Faleolo, told reporters that the well had been repaired. Leota said a second well would be dug in March.';
    expect(found(text).at(-1)).toEqual(['indirect', 'Leota Sione Faleolo', 'person', 'a second well would be dug in March']);
  });

  it('a Balinese first part: "The district head, <Name Name Name>, said …" then "<First> said …"', () => {
    const text = 'The district head, Wayan Sudarta Putra, said the temple road had flooded. Wayan said the repairs would take a week.';
    expect(found(text).at(-1)).toEqual(['indirect', 'Wayan Sudarta Putra', 'person', 'the repairs would take a week']);
  });

  it('guard: a body whose name opens with the word stays a body ("Vantor Freight Holdings said … Vantor said")', () => {
    const text = 'Vantor Freight Holdings said it would cut routes. Vantor said the cuts would start in May.';
    expect(found(text).at(-1)?.[2]).toBe('organisation');
  });

  it('guard: a lone word nobody spoke under stays a body ("Ruritania said")', () => {
    const text = 'Aleksi Marten Varga said the border would stay open. Ruritania said it would send observers.';
    expect(found(text).at(-1)).toEqual(['indirect', 'Ruritania', 'organisation', 'it would send observers']);
  });
});

describe('a given name with a nationality\'s ending ("Hamish") is no nationality', () => {
  it('"<Hamish Surname>, secretary of the <Place> Curling Club, recalled that …": the person, not the club', () => {
    const text = 'Fergus McLeod said the mill would close. Hamish Drummond, secretary of the Strathard Curling Club, recalled that the ice had never been better.';
    expect(found(text).at(-1)).toEqual(['indirect', 'Hamish Drummond', 'person', 'the ice had never been better']);
  });

  it('guard: "a Danish official said" stays an unnamed source', () => {
    const text = 'A Danish official said the talks would resume on Friday.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'anonymous', 'the talks would resume on Friday']]);
  });
});

describe('a scene before a full name and an age opens the sentence about that person (attribution.ts sentenceSubject)', () => {
  it('"At the clinic gate on Hill Road, <Name>, 71, queued …" then \'"…," she said\'', () => {
    const text = 'Ward councillor Peter Dube said the pipes had burst. "We need answers," he said. '
      + 'At the clinic gate on Hill Road, Nomsa Khumalo, 71, queued with her grandson. "We have been here since five," she said.';
    expect(found(text).at(-1)).toEqual(['direct', 'Nomsa Khumalo', 'person', 'We have been here since five']);
  });

  it('guard: a scene with nobody named leaves "she" to the one who spoke before', () => {
    const text = 'Ward councillor Ann Moyo said the pipes had burst. "We need answers," she said. '
      + 'At the clinic gate on Hill Road, a queue formed before dawn. "We have been here since five," she said.';
    expect(found(text).at(-1)).toEqual(['direct', 'Ann Moyo', 'person', 'We have been here since five']);
  });
});
