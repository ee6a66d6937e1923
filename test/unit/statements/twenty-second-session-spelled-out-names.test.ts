// Bodies' short names spelled out from the text (issue #13; the twenty-second session, from the two lines test-25's
// rounds left with a short name): an acronym whose full name the text prints only before a possessive, and a name whose
// last words are given as initials. Made-up names and sentences in none of the fixture parts. Each case failed on the
// rules before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const speakers = (text: string) => extractStatements(text).map((s) => [s.speaker, s.speakerKind] as const);

describe('an acronym spelled out by a name printed before a possessive', () => {
  it('"the Northern Water Board\'s drought plan" then "According to the NWB\'s notice, …": the board in full', () => {
    const text = 'Farmers in the valley will lose a third of their allocation under the Northern Water Board\'s drought plan.\n\n'
      + "According to the NWB's notice, river levels were the lowest since 1976.";
    expect(speakers(text)).toEqual([['Northern Water Board', 'organisation']]);
  });

  it('guard: the same acronym with no name printed that spells it stays as written', () => {
    const text = 'Farmers in the valley will lose a third of their allocation under the new drought plan.\n\n'
      + "According to the NWB's notice, river levels were the lowest since 1976.";
    expect(speakers(text)).toEqual([['NWB', 'organisation']]);
  });
});

describe('a name whose last words are initials, spelled out where the text prints them', () => {
  it('"Club News | Dunmore Harbour Athletic" then "Dunmore HA are delighted to confirm that …": the club in full', () => {
    const text = 'Club News | Dunmore Harbour Athletic\n\n'
      + 'Dunmore HA are delighted to confirm that midfielder Ross Keane has signed a new two-year deal with the club.';
    expect(speakers(text)).toEqual([['Dunmore Harbour Athletic', 'organisation']]);
  });

  it('guard: "Dunmore HA are delighted …" in a text that never spells the initials out stays as written', () => {
    const text = 'Dunmore HA are delighted to confirm that midfielder Ross Keane has signed a new two-year deal with the club.';
    expect(speakers(text)).toEqual([['Dunmore HA', 'organisation']]);
  });

  it('guard: capitalised words after the name that do not spell the initials do not make a full name', () => {
    const text = 'Dunmore Rovers Academy opened its new pitch on Monday.\n\n'
      + 'Dunmore HA are delighted to confirm that midfielder Ross Keane has signed a new two-year deal with the club.';
    expect(speakers(text)).toEqual([['Dunmore HA', 'organisation']]);
  });
});
