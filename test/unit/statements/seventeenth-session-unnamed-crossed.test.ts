// Unnamed sources crossed with six frames (the lead, seventeenth session: forty subject forms, 221 of 240 right before,
// 239 after). Made-up sentences, in none of the fixture parts. Each case failed on the rules before the change, but the
// guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

const CLAUSE = 'the bridge would stay closed until the end of next year';
const article = (sentence: string) => `Bridge row\n\nMaria Lopez, the mayor, visited the site on Monday.\n\n${sentence}\n`;

describe('an inverted verb with an aside about the speaker before it', () => {
  it('"…, a neighbour, who asked not to be named, said.": found, unnamed', () => {
    expect(found(article(`The bridge would stay closed until the end of next year, a neighbour, who asked not to be named, said.`)))
      .toEqual([['indirect', 'anonymous', `T${CLAUSE.slice(1)}`]]);
  });

  it('"…, one official, speaking on condition of anonymity, said.": found, unnamed', () => {
    expect(found(article(`The bridge would stay closed until the end of next year, one official, speaking on condition of anonymity, said.`)))
      .toEqual([['indirect', 'anonymous', `T${CLAUSE.slice(1)}`]]);
  });

  it('"…, Lopez, who chairs the board, said.": found, the name', () => {
    expect(found(article(`The bridge would stay closed until the end of next year, Lopez, who chairs the board, said.`)))
      .toEqual([['indirect', 'Maria Lopez', `T${CLAUSE.slice(1)}`]]);
  });
});

describe('a spokesperson or a relative of someone else, nobody the text named being called so', () => {
  for (const subject of ["The council's spokeswoman", 'Her spokesman', "The victim's mother"]) {
    it(`"${subject} said …" after a woman spoke: an unnamed source, not her`, () => {
      expect(found(article(`${subject} said ${CLAUSE}.`))).toEqual([['indirect', 'anonymous', CLAUSE]]);
    });
  }

  it('guard: "the council\'s spokeswoman" after "Jane Cole, the council\'s spokeswoman" is Jane Cole', () => {
    const text = "Bridge row\n\nJane Cole, the council's spokeswoman, said on Monday the site was unsafe.\n\n"
      + `The council's spokeswoman said ${CLAUSE}.\n`;
    expect(found(text)).toContainEqual(['indirect', 'Jane Cole', CLAUSE]);
  });
});

describe('bodies crossed with the same frames', () => {
  const plant = (sentence: string) => `Plant review\n\nHarlow Plastics, which employs 400 people in the town, announced a review of its sites on Monday.\n\n${sentence}\n`;

  it('"…, Harlow Plastics, which has run the site since 1998, said.": found, the body', () => {
    expect(found(plant('The plant would close by the end of next year, Harlow Plastics, which has run the site since 1998, said.')))
      .toContainEqual(['indirect', 'Harlow Plastics', 'The plant would close by the end of next year']);
  });

  it('"\'…,\' Harlow Plastics, which has run the site since 1998, said.": the body, not the last person', () => {
    const text = 'Plant review\n\nMaria Lopez, the mayor, visited the site on Monday.\n\n'
      + '"We have no choice," Harlow Plastics, which has run the site since 1998, said.\n';
    expect(found(text)).toContainEqual(['direct', 'Harlow Plastics', 'We have no choice']);
  });

  it('"X, which has 400 staff, announced a review on Monday." is no statement (the review is what was announced)', () => {
    expect(found('Plant review\n\nHarlow Plastics, which has 400 staff, announced a review on Monday.\n')).toEqual([]);
  });

  it('guard: "…, said a report by the council." still gives the report\'s clause', () => {
    expect(found(plant('The plant would close by the end of next year, said a report by the council.')).map(([kind, , said]) => [kind, said]))
      .toContainEqual(['indirect', 'The plant would close by the end of next year']);
  });
});
