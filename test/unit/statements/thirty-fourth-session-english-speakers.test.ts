// The thirty-fourth session: a third probe of English speaker resolution in fresh genres (a sentencing hearing, a chess
// tournament, a theatre review, a wildfire update, a mining company's annual meeting, a graduation). A short fronted
// phrase of place before a relation and a name is no part of the subject (attribution.ts); "<Place>'s mayor" with no
// mayor named is unnamed (office-owned-by-place.ts); "the actor, who plays <Part>," is the one the text casts in that part
// (performer-by-part.ts); "<Name>'s lawyer" is the lawyer the text named for the one on trial (acting-for-someone.ts);
// a theatre's word opens a body's name and a common noun's possessive is no part of one (speaker-phrase.ts). Made-up
// people, bodies and sentences in none of the fixture parts; each case failed on the rules before the change (the file
// run against the session's base, 66bf8ca4), but the guards and one check (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);
const speakers = (text: string) => found(text).map((s) => [s[1], s[2]]);

describe('English: a short fronted phrase of place before a relation and a name (attribution.ts)', () => {
  it('"Outside court, Ruth\'s brother, Colm Dwyer, 31, said" is the brother, not "Outside court"', () => {
    const text = 'Marek Lis was jailed for four years. Outside court, Ruth\'s brother, Colm Dwyer, 31, said the family could start to grieve.';
    expect(speakers(text)).toEqual([['Colm Dwyer', 'person']]);
  });

  it('check (passed before too): "Outside the hall, Ann\'s coach, Peter Varga, said" is the coach', () => {
    const text = 'Ann Kiely lost the final in three sets. Outside the hall, Ann\'s coach, Peter Varga, said she had been ill all week.';
    expect(speakers(text)).toEqual([['Peter Varga', 'person']]);
  });

  it('guard: "In Salem, a neighbour, who asked not to be named, said" stays unnamed', () => {
    const text = 'In Salem, a neighbour, who asked not to be named, said the house had been empty for a year.';
    expect(speakers(text)).toEqual([['anonymous', 'anonymous']]);
  });
});

describe('English: a place\'s office with no holder named (office-owned-by-place.ts)', () => {
  it('"Port Venn\'s mayor said" with no mayor named is unnamed, not the farmer quoted before', () => {
    const text = 'The river rose two metres in Port Venn. Colin Marsh, a farmer, said the water had reached his barn.\n\n'
      + 'Port Venn\'s mayor said the bridge would stay shut until Friday.';
    expect(speakers(text)).toEqual([['Colin Marsh', 'person'], ['anonymous', 'anonymous']]);
  });

  it('"Dunmoss\' mayor said" (a plural possessive\'s bare apostrophe) is found and unnamed', () => {
    const text = 'Colin Marsh, a farmer, said the water had reached his barn.\n\nDunmoss\' mayor said the school would reopen on Monday.';
    expect(speakers(text)).toEqual([['Colin Marsh', 'person'], ['anonymous', 'anonymous']]);
  });

  it('a second place\'s mayor after the first is unnamed too', () => {
    const text = 'Colin Marsh, a farmer, said the water had reached his barn.\n\nGreyhope\'s mayor said the road was open. '
      + 'Ballintrae\'s deputy mayor said the council would pay for the clean-up.';
    expect(speakers(text)).toEqual([['Colin Marsh', 'person'], ['anonymous', 'anonymous'], ['anonymous', 'anonymous']]);
  });

  it('guard: a lead\'s "…, the city\'s mayor said" (lower case, no place\'s name) is not made unnamed here', () => {
    const text = 'The tram line will open in May, the city\'s mayor said on Tuesday.\n\nMayor Ines Vaca told a news conference that the fares would be frozen.';
    expect(speakers(text)[0]).not.toEqual(['anonymous', 'anonymous']);
  });

  it('guard: "Mayor Jan Smit … Greyhope\'s mayor said" keeps its holder', () => {
    const text = 'Mayor Jan Smit opened the bridge on Monday. Colin Marsh, a farmer, said the water had gone down.\n\n'
      + 'Greyhope\'s mayor said the road was open.';
    expect(speakers(text).at(-1)).toEqual(['Jan Smit', 'person']);
  });
});

describe('English: a performer named by the part they play (performer-by-part.ts)', () => {
  it('"The actor, who plays Macbeth as …, said" after "Ravi Kohli is Macbeth" is him, not unnamed', () => {
    const text = 'Orla Breen is a fierce Lady Macbeth, and Ravi Kohli, fresh from a long run in the West End, is Macbeth. '
      + 'The actor, who plays Macbeth as a tired soldier, said he had read the play forty times. "I still find new things," he said.';
    expect(speakers(text)).toEqual([['Ravi Kohli', 'person'], ['Ravi Kohli', 'person']]);
  });

  it('"The soprano, who sings Tosca, said" after "Tosca is played by Ines Moreau" is her', () => {
    const text = 'Tosca is played by Ines Moreau and Scarpia by Karl Brandt. The soprano, who sings Tosca, said the second act still frightened her.';
    expect(speakers(text)).toEqual([['Ines Moreau', 'person']]);
  });

  it('"A baritone from the chorus, who asked not to be named, said" is found, an unnamed source', () => {
    const text = 'A baritone from the chorus, who asked not to be named, said rehearsals had run past midnight all week.';
    expect(speakers(text)).toEqual([['anonymous', 'anonymous']]);
  });

  it('guard: with two people cast in the same part the actor is left to the other rules', () => {
    const text = 'Ravi Kohli is Macbeth on weekdays and Tom Grady is Macbeth at weekends. The actor, who plays Macbeth, said the sword was too heavy.';
    expect(speakers(text)[0]?.[0]).not.toBe('Ravi Kohli');
    expect(speakers(text)[0]?.[0]).not.toBe('Tom Grady');
  });
});

describe('English: "<Name>\'s lawyer" is the lawyer the text named for the one on trial (acting-for-someone.ts)', () => {
  it('"According to Venn\'s lawyer" after "The defendant\'s barrister, Nadia Quist KC," is her', () => {
    const text = 'Piotr Venn, 52, admitted fraud. The defendant\'s barrister, Nadia Quist KC, said he had repaid most of the money.\n\n'
      + 'According to Venn\'s lawyer, the former accountant has sold his house.';
    expect(speakers(text)).toEqual([['Nadia Quist', 'person'], ['Nadia Quist', 'person']]);
  });

  it('guard: the victim\'s family\'s solicitor is not the defendant\'s lawyer', () => {
    const text = 'Piotr Venn, 52, admitted fraud. The family\'s solicitor, Hugh Tarrant, said they had lost their savings.\n\n'
      + 'According to Venn\'s lawyer, the former accountant has sold his house.';
    expect(speakers(text).at(-1)).toEqual(['anonymous', 'anonymous']);
  });
});

describe('English: bodies (speaker-phrase.ts)', () => {
  it('"Theatr Gwynedd said in a statement" is a body', () => {
    const text = 'Theatr Gwynedd said in a statement that the run had sold out in a week.';
    expect(speakers(text)).toEqual([['Theatr Gwynedd', 'organisation']]);
  });

  it('"The state\'s Department of Mines said" is the department, without "state\'s"', () => {
    const text = 'The state\'s Department of Mines said in a post on X that the tailings dam had been inspected.';
    expect(speakers(text)).toEqual([['Department of Mines', 'organisation']]);
  });
  // (Narrowed after the first round's merge: a body's own unit keeps its owner, as a guard of the twenty-eighth session
  // has it, "the council's Roads Committee"; only a place's possessive is dropped.)
  it('guard: "The union\'s Safety Committee said" keeps the union\'s unit whole', () => {
    const text = 'The union\'s Safety Committee said the night shift should stop until the lift was repaired.';
    expect(speakers(text)).toEqual([["union's Safety Committee", 'organisation']]);
  });

  it('guard: "Theatre director Ann Lowe said" is still her', () => {
    const text = 'Theatre director Ann Lowe said the building needed a new roof.';
    expect(speakers(text)).toEqual([['Ann Lowe', 'person']]);
  });
});
