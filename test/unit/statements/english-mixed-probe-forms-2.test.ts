// Forms a second short probe of everything on fresh English text found missed (issue #13, thirty-second session, second
// round; dev d1553–d1556), on made-up people, places and bodies that are in none of the fixture parts. Each case failed on
// the rules before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind] as const);

describe('a weekday after the verb is no speaker', () => {
  it('"…, the operator, Corran Ferries, confirmed Friday.": the operator, not "Friday"', () => {
    expect(found('The evening crossing was withdrawn in May and will not return before spring, the operator, Corran Ferries, confirmed Friday.'))
      .toEqual([['indirect', 'Corran Ferries', 'organisation']]);
  });

  it('"…, the insurer, Halberd Mutual, said Monday.": the insurer', () => {
    expect(found('Claims from the flooded estate had doubled in a month, the insurer, Halberd Mutual, said Monday.'))
      .toEqual([['indirect', 'Halberd Mutual', 'organisation']]);
  });

  it('guard: a name after the verb still speaks ("…, confirmed Mared Tallis.")', () => {
    expect(found('The evening crossing will not return before spring, confirmed Mared Tallis.')).toEqual([['indirect', 'Mared Tallis', 'person']]);
  });
});

describe('a body\'s possessive post after the verb, then the name in apposition', () => {
  it('"…," said Brackwater Haulage\'s depot manager, Name: the named manager', () => {
    expect(found('"The lorries are parked until the bridge is tested," said Brackwater Haulage\'s depot manager, Ingrid Solberg-Hale.'))
      .toEqual([['direct', 'Ingrid Solberg-Hale', 'person']]);
  });

  it('a plural possessive ("Tarrow Mills\' site manager, Name")', () => {
    expect(found('"Nobody was hurt," said Tarrow Mills\' site manager, Owain Pettifer.')).toEqual([['direct', 'Owain Pettifer', 'person']]);
  });

  it('guard: the post alone after the possessive, no name after it, is read as before', () => {
    expect(found('"Nobody was hurt," said Tarrow Mills\' site manager.')).toEqual(found('"Nobody was hurt," said Tarrow Mills\' site manager.'));
    expect(found('"Nobody was hurt," said Tarrow Mills\' site manager.')[0]![1]).not.toBe('Owain Pettifer');
  });
});

describe('a place\'s word and an acronym: a body', () => {
  it('"Roscarrow GAA said in a statement that …": the county board, as printed', () => {
    expect(found('Roscarrow GAA said in a statement on Monday night that the fixture would be replayed.'))
      .toEqual([['indirect', 'Roscarrow GAA', 'organisation']]);
  });

  it('"Nebraska DEQ said …": a state agency', () => {
    expect(found('Nebraska DEQ said the well had been capped.')).toEqual([['indirect', 'Nebraska DEQ', 'organisation']]);
  });

  it('guard: a member\'s or an honour\'s letters after a name leave a person', () => {
    expect(found('Fenella Orrin MSP said the well had been capped.')).toEqual([['indirect', 'Fenella Orrin', 'person']]);
    expect(found('Dorcas Weller OBE said the well had been capped.')[0]![2]).toBe('person');
  });

  it('guard: two capitals after a surname (initials) leave a person', () => {
    expect(found('Lim KW said the well had been capped.')[0]![2]).toBe('person');
  });
});
