// English officials named once and then called by their post (issue #13; the twenty-third session, test-27 read, its
// English lines about officials called by a post; dev d1170–d1173): a post's letters the text spells out, in brackets
// after the post or as the initials of a post printed before the name ("the DM said"), and a name with a post of a
// body in apposition ("Name, chairman of Place Body Words, said"). On made-up people and sentences in none of the
// fixture parts. Each case failed on the rules before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe("a post's letters the text spells out", () => {
  it('defined in brackets after the post, before the name: "The BDO said" is the officer', () => {
    const text = 'Rampur Block Development Officer (BDO) Kavita Deshmukh said 40 handpumps had been repaired since June. '
      + 'The BDO said the rest would be fixed before the summer.';
    expect(found(text)).toEqual([
      ['indirect', 'Kavita Deshmukh', '40 handpumps had been repaired since June'],
      ['indirect', 'Kavita Deshmukh', 'the rest would be fixed before the summer'],
    ]);
  });

  it('defined in brackets, the name in apposition: "the DPC warned" after another speaker', () => {
    const text = 'The Lira District Police Commander (DPC), Mr Okello Tabu Odongo, said patrols on the highway would double.\n\n'
      + 'A trader, Ms Akello Grace, said thieves had struck her shop twice this month.\n\n'
      + '"Anyone caught with stolen goods will be charged," the DPC warned.';
    expect(found(text)).toEqual([
      ['indirect', 'Okello Tabu Odongo', 'patrols on the highway would double'],
      ['indirect', 'Akello Grace', 'thieves had struck her shop twice this month'],
      ['direct', 'Okello Tabu Odongo', 'Anyone caught with stolen goods will be charged'],
    ]);
  });

  it('never defined: the initials of the post printed before the name ("Deputy Commissioner Name … the DC said")', () => {
    const text = 'Deputy Commissioner Rohit Malhotra inspected the flooded wards on Monday.\n\n'
      + 'A shopkeeper, Sunil Bedi, said water had entered his godown twice.\n\n'
      + '"Relief camps will stay open until the water recedes," the DC said.';
    expect(found(text)).toEqual([
      ['indirect', 'Sunil Bedi', 'water had entered his godown twice'],
      ['direct', 'Rohit Malhotra', 'Relief camps will stay open until the water recedes'],
    ]);
  });

  it('guard: a body\'s letters in brackets stay the body\'s ("the WSSB said")', () => {
    const text = 'The Water Supply and Sewerage Board (WSSB) said the pipeline would be ready by March. '
      + 'The WSSB said tariffs would not rise.';
    expect(found(text).map(([kind, speaker]) => [kind, speaker])).toEqual([
      ['indirect', 'Water Supply and Sewerage Board'],
      ['indirect', 'Water Supply and Sewerage Board'],
    ]);
  });

  it('guard: letters that spell no post printed in the text are no one ("the PM said" with no prime minister named)', () => {
    const text = 'Opposition leader Nadia Farrow said the budget was unfair. "The PM has failed," she said.';
    expect(found(text).map(([, speaker]) => speaker)).toEqual(['Nadia Farrow', 'Nadia Farrow']);
  });
});

describe('a full name, then its post of a body in apposition', () => {
  it('"Name, chairman of Place Body Words, said": the body\'s capitalised words are not a name', () => {
    const text = 'Tanvir Ahmed Sarkar, chairman of Kalikapur Union Parishad, said at least 90 families had lost their homes. '
      + '"We need tents more than rice," he said.';
    expect(found(text)).toEqual([
      ['indirect', 'Tanvir Ahmed Sarkar', 'at least 90 families had lost their homes'],
      ['direct', 'Tanvir Ahmed Sarkar', 'We need tents more than rice'],
    ]);
  });

  it('guard: a post, then the name in apposition ("the representative of Mexico, Name, said")', () => {
    const text = 'The regional director of the Ocean Trust, Mirela Vasquez Olmo, said the reef had bleached twice in three years.';
    expect(found(text)).toEqual([['indirect', 'Mirela Vasquez Olmo', 'the reef had bleached twice in three years']]);
  });
});

describe("a peer's title with its territorial designation", () => {
  it('"Lord Name of Place (Bench), a former …, said", then "he said": the peer, named without the title', () => {
    const text = 'Moving the amendment, Lord Penwarden of Tregony (Crossbench), a former hospital trust chair, said that '
      + 'ambulance waits in Cornwall had doubled. "Nobody should wait six hours on a cold floor," he said.';
    expect(found(text)).toEqual([
      ['indirect', 'Penwarden', 'ambulance waits in Cornwall had doubled'],
      ['direct', 'Penwarden', 'Nobody should wait six hours on a cold floor'],
    ]);
  });

  it('"Baroness Name of Place said"', () => {
    const text = 'Baroness Kellaway of Dunmore said the scheme had been underfunded from the start.';
    expect(found(text)).toEqual([['indirect', 'Kellaway', 'the scheme had been underfunded from the start']]);
  });

  it('guard: "Lord Mayor of Place Name" is the mayor, named', () => {
    const text = 'Lord Mayor of Eastport Helen Garside said the bridge would reopen in May.';
    expect(found(text)).toEqual([['indirect', 'Helen Garside', 'the bridge would reopen in May']]);
  });
});

describe('a capitalised title of a place, then its holder in apposition', () => {
  it('"The Attah of Place, Name, verb …. He told …": "he" is the holder, not the speaker before', () => {
    const text = 'Alhaji Garba Yusuf Danladi, the district head, said the road had been cut by the flood. '
      + 'The Attah of Ofu-Ejule, Idakwo Samuel Ocheja, toured the camps on Friday. '
      + 'He told reporters that no family would be left without food.';
    expect(found(text)).toEqual([
      ['indirect', 'Garba Yusuf Danladi', 'the road had been cut by the flood'],
      ['indirect', 'Idakwo Samuel Ocheja', 'no family would be left without food'],
    ]);
  });

  it('guard: a body\'s name "The Bank of Place, …" stays the body', () => {
    const text = 'The Bank of Elbonia, in a statement on Monday, said inflation had eased to 4 per cent.';
    expect(found(text)).toEqual([['indirect', 'Bank of Elbonia', 'inflation had eased to 4 per cent']]);
  });
});

describe("a post's letters with a hyphenated word", () => {
  it('"Sub-Divisional Officer (SDO) Name … the SDO said": one letter for each part of the hyphenated word', () => {
    const text = 'Sub-Divisional Officer (SDO) Nirmala Kujur Tete said the embankment would be repaired by March. '
      + 'A fisherman, Budhu Oraon, said the water had reached his door. '
      + '"No family will be asked to leave without a place to go," the SDO said.';
    expect(found(text)).toEqual([
      ['indirect', 'Nirmala Kujur Tete', 'the embankment would be repaired by March'],
      ['indirect', 'Budhu Oraon', 'the water had reached his door'],
      ['direct', 'Nirmala Kujur Tete', 'No family will be asked to leave without a place to go'],
    ]);
  });
});
