// English leftovers (issue #13; the twenty-third session's second round on test-27's misses): a court's file in the
// plural ("according to court records") is nobody's, not the court's; "akimat" is a body's word; "retired" before a
// person noun and a name is a former post's word; a court filing against someone, its filers unnamed, is an unnamed
// source's, not the last body's. Made-up people and sentences that are in none of the fixture parts. Each case failed on
// the rules before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('a court\'s file in the plural speaks for no body', () => {
  it('"…, according to court records." after a court is named', () => {
    expect(found('The Brennock County court approved the deal on Friday. Under the agreement, the mill will pay $4 million to the families, according to court records.'))
      .toEqual([['indirect', 'anonymous', 'Under the agreement, the mill will pay $4 million to the families']]);
  });

  it('guard: "a cabinet statement" is still the cabinet\'s', () => {
    expect(found('The ban will start in March, according to a cabinet statement.').map(([, s]) => s)).toEqual(['cabinet']);
  });
});

describe('"akimat" is a body\'s word', () => {
  it('"…, the city akimat said."', () => {
    expect(found('Heating was restored to 40 apartment blocks in the Orken neighbourhood overnight, the city akimat said.'))
      .toEqual([['indirect', 'city akimat', 'Heating was restored to 40 apartment blocks in the Orken neighbourhood overnight']]);
  });
});

describe('"retired" before a person noun and a name is a former post\'s word', () => {
  it('"One critic, retired pharmacist Name, argued that …"', () => {
    expect(found('Dozens of residents spoke at the hearing. One critic, retired pharmacist Odile Brankovan, argued that the new clinic was too far from the bus route.'))
      .toEqual([['indirect', 'Odile Brankovan', 'the new clinic was too far from the bus route']]);
  });

  it('guard: "retired teacher Name said" keeps the post', () => {
    expect(found('Retired teacher Wendell Oakridge-Pym said the school had always flooded.').map(([, s]) => s)).toEqual(['Wendell Oakridge-Pym']);
  });
});

describe('a court filing against someone is an unnamed source\'s', () => {
  it('"The suit, filed in … against <body>, alleged that …" after that body spoke', () => {
    expect(found('Tarrow Valley Power said it would contest the claims. The suit, filed in 2022 against Tarrow Valley Power, alleged that the company had ignored three safety audits.'))
      .toEqual([
        ['indirect', 'Tarrow Valley Power', 'it would contest the claims'],
        ['indirect', 'anonymous', 'the company had ignored three safety audits'],
      ]);
  });

  it('guard: "The lawsuit alleged" after "<body> sued …" is still the suing body\'s', () => {
    expect(found('The drivers\' union sued the port authority in May. The lawsuit alleged that the authority had cut pay without notice.').map(([, s]) => s))
      .toEqual(['drivers union']);
  });
});
