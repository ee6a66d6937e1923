// English people and unnamed speakers after test-26 was read (issue #13; the twenty-second session): Amharic courtesy
// titles ("Ato", "W/ro") dropped from a name, "who asked that only her first name, Name, be used", "The boss said" for
// the one who heads the business, and a post given by a verb ("Name, who chairs the trust" then "the chair said").
// Made-up people and places; each case failed on the rules before its change (2814232), but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);

describe('Amharic courtesy titles are no part of a name', () => {
  it('"Head of the Bureau Ato Name Name told …", then the name alone', () => {
    const text = 'Head of the Regional Water Bureau Ato Girma Bekele told reporters that four new wells would open in March. '
      + '"The villages have waited long enough," Girma said.';
    expect(found(text)).toEqual([
      ['indirect', 'Girma Bekele', 'person', 'four new wells would open in March'],
      ['direct', 'Girma Bekele', 'person', 'The villages have waited long enough'],
    ]);
  });

  it('"W/ro Name Name, general manager of …, welcomed the plan. She said …"', () => {
    const text = 'Officials said the bridge would be finished by June. '
      + 'W/ro Meseret Alemu, general manager of the Hawassa Weavers Union, welcomed the plan. She said members would save two hours a day.';
    expect(found(text).at(-1)).toEqual(['indirect', 'Meseret Alemu', 'person', 'members would save two hours a day']);
  });

  it('guard: "Ato" as a Ghanaian given name in the middle of a name is kept', () => {
    expect(found('Dr Kwesi Ato Mensah said the budget would be balanced by 2028.')).toEqual([
      ['indirect', 'Kwesi Ato Mensah', 'person', 'the budget would be balanced by 2028'],
    ]);
  });
});

describe('someone described whom an aside names is that person', () => {
  it('\'"…," said one first-year student, who asked that only her first name, Name, be used. "…"\'', () => {
    const text = '"The bus never comes on time," said one first-year nursing student, who asked that only her first name, '
      + 'Priyanka, be used. "We walk instead."';
    expect(found(text)).toEqual([
      ['direct', 'Priyanka', 'person', 'The bus never comes on time'],
      ['direct', 'Priyanka', 'person', 'We walk instead.'],
    ]);
  });

  it('"A market trader, who asked that he be identified only as Name, said …"', () => {
    expect(found('A market trader, who asked that he be identified only as Tomasz, said rents had doubled.')).toEqual([
      ['indirect', 'Tomasz', 'person', 'rents had doubled'],
    ]);
  });
});

describe('"the boss" is whoever heads the business', () => {
  it('"Chief executive Name told … . The boss said …"', () => {
    const text = 'Chief executive Amara Lindqvist told the paper that sales had fallen for a third quarter. '
      + 'The boss said most shops were still making money.';
    expect(found(text)).toEqual([
      ['indirect', 'Amara Lindqvist', 'person', 'sales had fallen for a third quarter'],
      ['indirect', 'Amara Lindqvist', 'person', 'most shops were still making money'],
    ]);
  });

  it('guard: a manager the text names is "the boss" still', () => {
    const text = 'Chief executive Amara Lindqvist said the club was sound. Manager Tobias Renn said the squad was tired. '
      + 'The boss said two players would be rested.';
    expect(found(text).at(-1)).toEqual(['indirect', 'Tobias Renn', 'person', 'two players would be rested']);
  });
});

describe('a post given by a verb', () => {
  it('"Name, who chairs the trust, told …" then someone else, then "The chair said …"', () => {
    const text = 'Rowena Barstow, who chairs the Kelso Harbour Trust, told the Gazette that mooring fees would rise. '
      + '"We did not want this," said Dunstan Moir, who runs the chandlery. '
      + 'The chair said the trust would ask the council for help.';
    expect(found(text)).toEqual([
      ['indirect', 'Rowena Barstow', 'person', 'mooring fees would rise'],
      ['direct', 'Dunstan Moir', 'person', 'We did not want this'],
      ['indirect', 'Rowena Barstow', 'person', 'the trust would ask the council for help'],
    ]);
  });

  it('guard: "the chair" with no post given by a verb is the latest speaker, as before', () => {
    const text = 'Dunstan Moir told the meeting that fees would rise. The chair said the trust would ask for help.';
    expect(found(text).at(-1)).toEqual(['indirect', 'Dunstan Moir', 'person', 'the trust would ask for help']);
  });
});
