// Titles a text teaches (issue #13; the twenty-first session, the lead's rule after test-23's people round had listed
// "Reeve", "Cde" and five Bhutanese local posts by name): a capitalised word before a person's name that the same text
// also uses as a common noun ("Sarpanch Name … the sarpanch said") is a title there, whether or not any list holds it
// (src/statements/text-titles.ts). Made-up people and posts' spellings; each case failed on the rules before the
// change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';
import { titlesTaughtByText } from '../../../src/statements/text-titles.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('a title the text teaches is no part of the name', () => {
  it('"Sarpanch Name said", a pronoun, then "The sarpanch said": the village head every time', () => {
    const text = 'The village will lose its only bus next month. Sarpanch Ramesh Yadav said the panchayat had written to the '
      + 'district twice.\n\n"Nobody has answered us," he said.\n\nThe sarpanch said children would have to walk six kilometres.';
    expect(found(text)).toEqual([
      ['indirect', 'Ramesh Yadav', 'the panchayat had written to the district twice'],
      ['direct', 'Ramesh Yadav', 'Nobody has answered us'],
      ['indirect', 'Ramesh Yadav', 'children would have to walk six kilometres'],
    ]);
  });

  it('a Spanish mayor ("Alcalde Name Surname Surname") called by surname and as "the alcalde" later', () => {
    const text = 'Alcalde Miguel Ortega Ruiz said the town would close the old market hall in March.\n\n'
      + 'Ortega said traders would move to a car park by the church. The alcalde told reporters the hall was unsafe.';
    expect(found(text)).toEqual([
      ['indirect', 'Miguel Ortega Ruiz', 'the town would close the old market hall in March'],
      ['indirect', 'Miguel Ortega Ruiz', 'traders would move to a car park by the church'],
      ['indirect', 'Miguel Ortega Ruiz', 'the hall was unsafe'],
    ]);
  });

  it('"Headman Name" and "the headman said" in a Southern African story', () => {
    const text = 'Headman Tobias Mokoena said cattle had died after drinking from the dam.\n\n'
      + 'The headman said the mine had promised to test the water in September.';
    expect(found(text)).toEqual([
      ['indirect', 'Tobias Mokoena', 'cattle had died after drinking from the dam'],
      ['indirect', 'Tobias Mokoena', 'the mine had promised to test the water in September'],
    ]);
  });
});

describe('what does not teach a title', () => {
  it('guard: words before a body\'s or a place\'s name, a post\'s field, a title-case headline', () => {
    expect([...titlesTaughtByText('Rural Transport Watch welcomed the pass. The transport ministry said nothing.')]).toEqual([]);
    expect([...titlesTaughtByText('Energy Minister Kerem Aydin said so. Aydin spoke of the energy sector.')]).toEqual([]);
    expect([...titlesTaughtByText('The Water Development Department said it would act. The Department owns the water network.')]).toEqual([]);
    expect([...titlesTaughtByText('In a Louisiana Parish, the Nearest Emergency Room Is Now 58 Miles Away\n\nNow the emergency room is shut.')]).toEqual([]);
    expect([...titlesTaughtByText('Lake Tana Basin Authority said the lake was low. The lake has fallen.')]).toEqual([]);
  });

  it('guard: a first name never used as a common noun stays part of the name (there is no "the mary")', () => {
    const text = 'Mary Ellen Hrycyna said the elevator closure would add an hour to every haul. Hrycyna said the road would '
      + 'not take the trucks.';
    expect(found(text)).toEqual([
      ['indirect', 'Mary Ellen Hrycyna', 'the elevator closure would add an hour to every haul'],
      ['indirect', 'Mary Ellen Hrycyna', 'the road would not take the trucks'],
    ]);
  });
});
