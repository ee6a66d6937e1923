// English clauses not found (issue #13; the twenty-third session's second half, from test-28's misses when it was made a
// read part): a sentence opened by a document its owner's pronoun owns ("In its submissions it said …"). On made-up
// bodies and sentences that are in none of the fixture parts. Each case failed on the rules before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('"In its submissions it said …": the owned document opening the sentence names no one; the pronoun speaks', () => {
  it('"In its submissions it said …" after a body objected', () => {
    expect(found('The Coastal Birds Trust had also objected to the marina. In its submissions it said the breakwater would cut the lagoon off from the tide.'))
      .toEqual([['indirect', 'Coastal Birds Trust', 'the breakwater would cut the lagoon off from the tide']]);
  });

  it('"In their letter they wrote that …" (a plural owner, a singular document)', () => {
    expect(found('The Pellworth Tenants Association wrote to the housing board in March. In their letter they wrote that the lifts had been broken since January.').map(([k, , t]) => [k, t]))
      .toEqual([['indirect', 'the lifts had been broken since January']]);
  });

  it('guard: "In a statement it said …" is read as before', () => {
    expect(found('The Coastal Birds Trust had also objected to the marina. In a statement it said the breakwater would cut the lagoon off from the tide.'))
      .toEqual([['indirect', 'Coastal Birds Trust', 'the breakwater would cut the lagoon off from the tide']]);
  });

  it('guard: "In its first year the fund gave out …" (no document, no verb of speech) gives nothing', () => {
    const before = found('The Harrowgate Arts Fund opened in 2019. In its first year the fund gave out 40 grants.');
    expect(before).toEqual([]);
  });
});
