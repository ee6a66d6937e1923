// Reading test-29 (the twenty-fourth session), English bodies and unnamed sources: "the analysts" after a named firm's
// analysts spoke is the firm (research-firm.ts); the sides of a match report's result line are teams, whatever words their
// names end in (result-line-teams.ts); one who asked that her name not be used is not the person the next paragraph names
// (extract.ts). Made-up bodies, people and sentences in none of the fixture parts; each case failed on the rules before
// the change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);

describe('English: "the analysts" after a named firm\'s analysts (research-firm.ts)', () => {
  it('"Economists at <Bank> said …. "…," the economists wrote.": the bank both times', () => {
    const text = 'Economists at Drummond Keele Bank said in a note that wage growth would slow by the summer.\n\n"The labour market has turned, even if the headline numbers have not caught up yet," the economists wrote.';
    expect(found(text)).toEqual([
      ['indirect', 'Drummond Keele Bank', 'organisation', 'wage growth would slow by the summer'],
      ['direct', 'Drummond Keele Bank', 'organisation', 'The labour market has turned, even if the headline numbers have not caught up yet'],
    ]);
  });

  it('guard: "the analysts" after other analysts spoke since, with no firm named: unnamed', () => {
    const text = 'Strategists at Orrin Capital Partners said the sell-off was overdone.\n\nAnalysts polled by the newspaper said the central bank would hold rates. "Nobody expects a cut before autumn," the strategists added.';
    expect(found(text).map((s) => s[1])).toEqual(['Orrin Capital Partners', 'anonymous', 'anonymous']);
  });

  it('guard: "the analysts" with no firm named anywhere stays unnamed', () => {
    const text = 'Analysts said the merger would face a long review.\n\n"It will take a year at least," the analysts said.';
    expect(found(text).map((s) => s[1])).toEqual(['anonymous', 'anonymous']);
  });
});

describe('English: the sides of a match report\'s result line are teams (result-line-teams.ts)', () => {
  it('"<Side> 3–1 <Side> (cup, round)" then "<Side> said it had been …": the team, a body', () => {
    const text = 'Carrow Heath 3–1 Linmouth Vale (County Trophy, semi-final)\n\nThe hosts were ahead inside ten minutes.\n\nIn a post on its website, Linmouth Vale said it had been "a tough night on a heavy pitch".';
    expect(found(text).filter((s) => s[0] === 'indirect')).toEqual([['indirect', 'Linmouth Vale', 'organisation', 'it had been "a tough night on a heavy pitch"']]);
  });

  it('"Result: <Side> 24 <Side> 17": each side\'s score after its name', () => {
    const text = 'Result: Ardglass Harps 24 Tullyreagh Park 17\n\nTullyreagh Park said the referee had handled the game well.';
    expect(found(text)).toEqual([['indirect', 'Tullyreagh Park', 'organisation', 'the referee had handled the game well']]);
  });

  it('guard: a result line between two players named with a given name leaves them people', () => {
    const text = 'Sofia Brandt 1–0 Oskar Lindqvist\n\nOskar Lindqvist said he had misjudged the endgame.';
    expect(found(text)).toEqual([['indirect', 'Oskar Lindqvist', 'person', 'he had misjudged the endgame']]);
  });
});

describe('English: one who asked that her name not be used stays unnamed (extract.ts)', () => {
  it('"A nurse who asked that her name not be used said …" then a person named with an age in the next paragraph', () => {
    const text = 'A nurse who asked that her name not be used because she still works at the clinic said the waiting room had flooded twice.\n\n"We mop it, we complain, nothing changes," said Maud Trelawny, 68, who runs the tenants\' group.';
    expect(found(text)).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the waiting room had flooded twice'],
      ['direct', 'Maud Trelawny', 'person', 'We mop it, we complain, nothing changes'],
    ]);
  });

  it('"A porter who did not want his name published said …": the same', () => {
    const text = 'A porter who did not want his name published said the lifts had been broken since March.\n\n"It is the stairs or nothing," said Idris Penhallow, 71, a resident of the block.';
    expect(found(text)[0]).toEqual(['indirect', 'anonymous', 'anonymous', 'the lifts had been broken since March']);
  });

  it('guard: a described one named with an age right after, with no wish to be unnamed, is that person', () => {
    const text = 'A mother of two who lives on Heron Row said the bins had not been collected for a month.\n\nWenna Polglase, 37, said she had written to the council three times.';
    expect(found(text).map((s) => s[1])).toEqual(['Wenna Polglase', 'Wenna Polglase']);
  });
});
