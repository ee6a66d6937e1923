// Forms read in test-18's misses (issue #13, fourteenth session, round 2: test-18 made a read part; dev d760–d761),
// one at a time, on made-up people and sentences that are in none of the fixture parts. Each case failed on the rules
// before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('titles before a name: a priest\u2019s "Fr", a Kenyan cabinet secretary\u2019s "CS"', () => {
  it('"Parish priest Fr Name said": the title is no part of the name', () => {
    expect(found('Parish priest Fr Tomás Brennan said the bells would ring again at Easter.')).toEqual([
      ['indirect', 'Tomás Brennan', 'the bells would ring again at Easter'],
    ]);
  });

  it('"said Fr. Name" after "Fr. Name Name, who …": the same man, named in full', () => {
    const text = 'Fr. Leo Mwaura Kimani, who runs the shelter, was cautious. "We have heard this before," said Fr. Kimani.';
    expect(found(text)).toEqual([['direct', 'Leo Mwaura Kimani', 'We have heard this before']]);
  });

  it('"Trade CS Name said", then "The CS said": the post, not part of the name nor a body', () => {
    const text = 'Trade CS Peter Otieno Owuor said the levy would be reviewed. The CS said exporters would be consulted first.';
    expect(found(text)).toEqual([
      ['indirect', 'Peter Otieno Owuor', 'the levy would be reviewed'],
      ['indirect', 'Peter Otieno Owuor', 'exporters would be consulted first'],
    ]);
  });
});

describe('unnamed groups named by a compound in "-mates"', () => {
  it('"Teammates said" at a sentence\u2019s start: people left unnamed, not a body', () => {
    expect(found('Teammates said the striker had trained alone for a week.')).toEqual([
      ['indirect', 'anonymous', 'the striker had trained alone for a week'],
    ]);
  });

  it('"Classmates of the girl said": unnamed, with whose they are', () => {
    expect(found('Classmates of the girl said she had been bullied online since September.')).toEqual([
      ['indirect', 'anonymous', 'she had been bullied online since September'],
    ]);
  });
});

describe('"Only" opening a sentence before a name', () => {
  it('"Only Name, who …, held firm", then "she said": the woman, without the focus word', () => {
    const text = 'Only Ruth Calder, who scored 41, held firm. "We were beaten by a better side," she said.';
    expect(found(text)).toEqual([['direct', 'Ruth Calder', 'We were beaten by a better side']]);
  });

  it('"Only Name said": the speaker\u2019s name without "Only"', () => {
    expect(found('Only Marek Duda said the vote should be delayed.')).toEqual([
      ['indirect', 'Marek Duda', 'the vote should be delayed'],
    ]);
  });
});

describe('an unnamed source, then a person named with an age in the next paragraph', () => {
  it('"A source in the Ministry of … said", then "Name, 64, …": the source stays unnamed', () => {
    const text = 'A source in the Ministry of Transport said the tender would be repeated.\n\nCommuter Aldis Kalniņš, 64, said the buses were always late.';
    expect(found(text)).toEqual([
      ['indirect', 'anonymous', 'the tender would be repeated'],
      ['indirect', 'Aldis Kalniņš', 'the buses were always late'],
    ]);
  });

  it('guard: "A mother of two who lives nearby said", then "Name, 34, …": the woman named next', () => {
    const text = 'A mother of two who lives nearby said the road was a danger.\n\nKerry Ashby, 34, said she had written to the council twice.';
    expect(found(text)).toEqual([
      ['indirect', 'Kerry Ashby', 'the road was a danger'],
      ['indirect', 'Kerry Ashby', 'she had written to the council twice'],
    ]);
  });
});

describe('an unnamed group, then a compass point and "of"', () => {
  it('"Residents north of Name say": people left unnamed, the clause found', () => {
    expect(found('Residents north of Kaiwaka say the road has been closed too often.')).toEqual([
      ['indirect', 'anonymous', 'the road has been closed too often'],
    ]);
  });

  it('"Farmers south-east of the town said": the same with a compound point', () => {
    expect(found('Farmers south-east of the town said the water had reached their barns.')).toEqual([
      ['indirect', 'anonymous', 'the water had reached their barns'],
    ]);
  });
});

describe('an Irish council chair\u2019s "Cathaoirleach"', () => {
  it('"Cathaoirleach Name said", then "The Cathaoirleach said": a post, not part of the name nor a body', () => {
    const text = 'Cathaoirleach Seán Ó Riada said the road would be resurfaced. The Cathaoirleach said funding was in place.';
    expect(found(text)).toEqual([
      ['indirect', 'Seán Ó Riada', 'the road would be resurfaced'],
      ['indirect', 'Seán Ó Riada', 'funding was in place'],
    ]);
  });
});
