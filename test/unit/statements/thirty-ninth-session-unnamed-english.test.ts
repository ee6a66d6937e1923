// The thirty-ninth session's twelfth probe of unnamed sources in English (d2140–d2145): the shapes its first run missed,
// in fresh words and invented names (none of the fixtures' sentences). Each case failed on the rules before the change
// but the guards (marked so), which pass on both.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);
const clauses = (text: string) => found(text).filter((s) => s[0] === 'indirect');

describe('English: "one of the two" after an unnamed pair (speaker-phrase.ts, attribution.ts)', () => {
  it('"…, one of the two added." closing a clause is one of the unnamed pair', () => {
    expect(clauses('Port\n\nThe crane contract had been cancelled, according to two people at the port. A new tender was planned for spring, one of the two added.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'The crane contract had been cancelled'],
      ['indirect', 'anonymous', 'anonymous', 'A new tender was planned for spring'],
    ]);
  });

  it('"…, one of the three said." the same', () => {
    expect(clauses('Clinic\n\nThree nurses left the clinic in May. The night rota had been cut to one nurse, one of the three said.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'The night rota had been cut to one nurse'],
    ]);
  });

  it('"One of the two said …" opening a sentence the same', () => {
    expect(clauses('Choir\n\nTwo singers left the choir after the tour. One of the two said the director had cancelled their solos without warning.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the director had cancelled their solos without warning'],
    ]);
  });

  it('guard: "Officials in one of the two states said …" stays the unnamed officials', () => {
    expect(clauses('Border\n\nOfficials in one of the two states said the border would reopen on Monday.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the border would reopen on Monday'],
    ]);
  });
});

describe('English: "the other person said" after an unnamed pair (speaker-phrase.ts)', () => {
  it('"…, the other person said." is the second of the unnamed pair', () => {
    expect(clauses('Mill\n\nThe mill will close in June, two people briefed on the plan said. About 80 jobs would go, the other person said.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'The mill will close in June'],
      ['indirect', 'anonymous', 'anonymous', 'About 80 jobs would go'],
    ]);
  });

  it('guard: "…, the other official said." reads as before (no speaker found)', () => {
    expect(clauses('Pump\n\nThe pump failed in June, an official said. The valve was old, the other official said.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'The pump failed in June'],
      ['indirect', null, null, 'The valve was old'],
    ]);
  });
});

describe('English: a capitalised plural for people opening the sentence before a later people\'s word (speaker-phrase.ts)', () => {
  it('"Solicitors acting for several of the tenants said …" is an unnamed group', () => {
    expect(clauses('Flats\n\nSolicitors acting for several of the tenants said they would appeal.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'they would appeal'],
    ]);
  });

  it('"Carers working for two of the families said …" the same', () => {
    expect(clauses('Homes\n\nCarers working for two of the families said they had not been paid since April.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'they had not been paid since April'],
    ]);
  });

  it('guard: "Lawyers acting for several of the tenants said …" was an unnamed group already', () => {
    expect(clauses('Flats\n\nLawyers acting for several of the tenants said they would appeal the ruling next month.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'they would appeal the ruling next month'],
    ]);
  });
});

describe('English: a business named "… Textiles" or "… Contracting" (speaker-phrase.ts BODY_NAME_ENDS)', () => {
  it('"Dunmore Textiles, a family-owned weaver, said …" is a body', () => {
    expect(clauses('Looms\n\nDunmore Textiles, a family-owned weaver, said it would close its second mill.')).toEqual([
      ['indirect', 'Dunmore Textiles', 'organisation', 'it would close its second mill'],
    ]);
  });

  it('"Brackley Contracting said …" is a body', () => {
    expect(clauses('Road\n\nBrackley Contracting said it had finished the bypass two weeks early.')).toEqual([
      ['indirect', 'Brackley Contracting', 'organisation', 'it had finished the bypass two weeks early'],
    ]);
  });

  it('guard: "Pelham Mills said …" stays a person ("Mills" is a surname)', () => {
    expect(clauses('Plant\n\nPelham Mills said it would close the plant in March.')).toEqual([
      ['indirect', 'Pelham Mills', 'person', 'it would close the plant in March'],
    ]);
  });
});

describe('English: a French wine estate named with its small words (speaker-phrase.ts BODY_NAME_STARTS)', () => {
  it('"Domaine des Brumes said in a statement that …" is the estate', () => {
    expect(clauses('Vines\n\nDomaine des Brumes said in a statement that it would replant the lower slope.')).toEqual([
      ['indirect', 'Domaine des Brumes', 'organisation', 'it would replant the lower slope'],
    ]);
  });

  it('"Château de la Vigne Haute said …" the same', () => {
    expect(clauses('Vines\n\nChâteau de la Vigne Haute said it had sold its 2023 vintage en primeur.')).toEqual([
      ['indirect', 'Château de la Vigne Haute', 'organisation', 'it had sold its 2023 vintage en primeur'],
    ]);
  });

  it('guard: "Domaine manager Claire Vidal said …" stays the person', () => {
    expect(clauses('Harvest\n\nDomaine manager Claire Vidal said the harvest had started early this year.')).toEqual([
      ['indirect', 'Claire Vidal', 'person', 'the harvest had started early this year'],
    ]);
  });
});
