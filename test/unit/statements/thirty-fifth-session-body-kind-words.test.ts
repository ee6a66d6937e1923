// The thirty-fifth session's second round: a body's kind word ("the corporation", "the company", "the management", "the
// processor", "the union") tied back to the body the text named, in fresh words and invented names (none of the fixtures'
// sentences). Each case failed on the rules before the change but the guards (marked so), which pass on both.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);
const clauses = (text: string) => found(text).filter((s) => s[0] === 'indirect');

describe('English: "the corporation" is the body just named (speaker-resolver.ts GENERIC_BODY_WORDS)', () => {
  it('"Name said …. The corporation said …" is the named body', () => {
    expect(clauses('Boil notice\n\nFour villages must boil their tap water until Friday, Upper Tarn Water said on Monday.\n\nThe corporation said a cracked filter had been replaced overnight.')).toEqual([
      ['indirect', 'Upper Tarn Water', 'organisation', 'Four villages must boil their tap water until Friday'],
      ['indirect', 'Upper Tarn Water', 'organisation', 'a cracked filter had been replaced overnight'],
    ]);
  });
});

describe('English: a business named only by its site (business-named-by-its-site.ts)', () => {
  it('"when the <Name> plant … closes, the company told workers" is the business', () => {
    expect(clauses('Plant to shut\n\nAbout 90 people will lose their jobs when the Norwick Harbour Fisheries plant in Port Lornie closes in March, the company told workers on Tuesday.')).toEqual([
      ['indirect', 'Norwick Harbour Fisheries', 'organisation', 'About 90 people will lose their jobs when the Norwick Harbour Fisheries plant in Port Lornie closes in March'],
    ]);
  });

  it('"the Korean-owned <Name> (Country) factory" then "the management said" is the business with its country', () => {
    expect(clauses('Factory heat\n\nWorkers at the Korean-owned Silverleaf Knitwear (Vietnam) factory walked out on Monday.\n\nIn a notice pinned to the canteen wall, the management said fans would be fitted in every hall.')).toEqual([
      ['indirect', 'Silverleaf Knitwear (Vietnam)', 'organisation', 'fans would be fitted in every hall'],
    ]);
  });

  it('guard: a place\'s plant, "the Dalby Falls plant", is no business', () => {
    expect(clauses('Plant to shut\n\nAbout 90 people will lose their jobs when the Dalby Falls plant closes in March, the company told workers on Tuesday.')[0]?.[1]).not.toBe('Dalby Falls');
  });
});

describe('English: the business its suppliers supply (staff-at-business.ts)', () => {
  it('"Growers supplying <Name> face …, the processor has confirmed" is the business', () => {
    expect(clauses('Fruit price cut\n\nApple growers supplying Kentmere Orchards face a 4p/kg cut from January, the processor has confirmed.')).toEqual([
      ['indirect', 'Kentmere Orchards', 'organisation', 'Apple growers supplying Kentmere Orchards face a 4p/kg cut from January'],
    ]);
  });
});

describe('English: a union\'s local by its number (speaker-resolver.ts UNION_LOCAL_RE)', () => {
  it('"Of the members of Local 77 …, according to the union" is the local', () => {
    expect(clauses('Porters vote\n\nOf the 140 members of Local 77 who voted, 131 backed the deal, according to the union.')).toEqual([
      ['indirect', 'Local 77', 'organisation', 'Of the 140 members of Local 77 who voted, 131 backed the deal'],
    ]);
  });
});
