// The twenty-seventh session: test-35 read, English clauses (reported clauses not found or cut short, partial quotes).
// The sentence going on after an inserted attribution, after "while" or with a long subject (aside-goes-on.ts); a
// clause ended by "…, and <Name> said" (and-another-speaker.ts); "shot back that" (retort-back.ts); "opened the item by
// saying that" (BY_SAYING_RE, attribution.ts); ", with … yet to be <participle>" kept in the clause (CLAUSE_STOP_RE);
// a quoted noun phrase after a copula and an article as the speaker's partial (extract.ts). Made-up bodies, people and
// sentences in none of the fixture parts; each case failed on the rules before the change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);

describe('English: the sentence goes on after an inserted attribution (aside-goes-on.ts)', () => {
  it('"…, the report said, while exports dropped …": a second statement of the same source', () => {
    const text = 'Dairy output at the Penrose cooperative climbed 6 per cent in the spring, the annual report said, while exports dropped 2 per cent to 18,000 tonnes.';
    expect(found(text).map((s) => s[3])).toEqual([
      'Dairy output at the Penrose cooperative climbed 6 per cent in the spring',
      'exports dropped 2 per cent to 18,000 tonnes',
    ]);
  });

  it('"…, Name said, but many … from X and Y had …": a long subject with a name list', () => {
    const text = 'Orchards were paying £14 an hour this autumn, Hestia Vandermolen said, but many seasonal pickers from Moldova and Ukraine had moved to warehouse jobs near the ports.';
    expect(found(text).map((s) => [s[1], s[3]])).toEqual([
      ['Hestia Vandermolen', 'Orchards were paying £14 an hour this autumn'],
      ['Hestia Vandermolen', 'many seasonal pickers from Moldova and Ukraine had moved to warehouse jobs near the ports'],
    ]);
  });

  it('guard: "…, the minister said, while rival MPs warned that …": no clause of the minister\'s after "while"', () => {
    const text = 'Hospital waiting lists had shortened over the winter, the minister said, while rival MPs warned that the figures left out day surgery.';
    expect(found(text).map((s) => s[3])).not.toContain('rival MPs warned that the figures left out day surgery');
  });
});

describe('English: "…, and <Name> said" ends the clause before it (and-another-speaker.ts)', () => {
  it('two speakers in one sentence', () => {
    const text = 'Cllr Odell Marchbank said the footpath would be resurfaced before Easter, and Cllr Ysolde Trent said she would ask the county to pay half.';
    expect(found(text).map((s) => [s[1], s[3]])).toEqual([
      ['Odell Marchbank', 'the footpath would be resurfaced before Easter'],
      ['Ysolde Trent', 'she would ask the county to pay half'],
    ]);
  });

  it('guard: "…, and Name Logistics had agreed …": a name inside the clause, one statement', () => {
    const text = 'Cllr Odell Marchbank said the footpath would be resurfaced before Easter, and Brackwater Haulage had agreed to lend a roller.';
    expect(found(text).map((s) => s[3])).toEqual(['the footpath would be resurfaced before Easter, and Brackwater Haulage had agreed to lend a roller']);
  });
});

describe('English: retorts and openings that frame a clause (retort-back.ts, BY_SAYING_RE)', () => {
  it('"shot back that …"', () => {
    const text = 'Transport Minister Delphine Arkwright shot back that the ferry timetable had been agreed with island councils in March.';
    expect(found(text).map((s) => [s[1], s[3]])).toEqual([['Delphine Arkwright', 'the ferry timetable had been agreed with island councils in March']]);
  });

  it('"hit back at critics that …"', () => {
    const text = 'Club chairman Osric Pellow hit back at critics that the new stand had been paid for without a single loan.';
    expect(found(text).map((s) => [s[1], s[3]])).toEqual([['Osric Pellow', 'the new stand had been paid for without a single loan']]);
  });

  it('guard: "shot back at the raiders" is no statement', () => {
    const text = 'Guards at the depot shot back at the raiders, who escaped across the fields towards the river.';
    expect(found(text)).toEqual([]);
  });

  it('"opened the meeting by saying that …"', () => {
    const text = 'The Chair, Cllr Wendeline Harrop, opened the meeting by saying that the parish had lost three bus services in a year.';
    expect(found(text).map((s) => [s[1], s[3]])).toEqual([['Wendeline Harrop', 'the parish had lost three bus services in a year']]);
  });
});

describe('English: ", with … yet to be <participle>" stays in the clause (CLAUSE_STOP_RE)', () => {
  it('an absolute phrase with "yet to be" and words after it', () => {
    const text = 'Hop farmers in the valley say they are short of pickers for the last fields, with half the bines yet to be cut as the rain sets in.';
    expect(found(text).map((s) => s[3])).toEqual(['they are short of pickers for the last fields, with half the bines yet to be cut as the rain sets in']);
  });

  it('guard: ", with two lanes still closed." is still cut (a tail with a predicate of its own)', () => {
    const text = 'The highways officer said the bridge had reopened to traffic on Monday, with two lanes still closed.';
    expect(found(text).map((s) => s[3])).toEqual(['the bridge had reopened to traffic on Monday']);
  });
});

describe('English: a quoted noun phrase after a copula and an article is the speaker\'s partial (extract.ts)', () => {
  it('\'were a "final option"\'', () => {
    const text = 'Warden Isolde Brankley said road closures were a "final option" and drivers would be warned a week ahead.';
    expect(found(text).filter((s) => s[0] === 'partial').map((s) => [s[1], s[3]])).toEqual([['Isolde Brankley', 'final option']]);
  });

  it('guard: a scare-quoted term outside any reported clause stays out', () => {
    const text = 'The estate was a "fresh start" for the families who moved there in 1962.';
    expect(found(text)).toEqual([]);
  });
});
