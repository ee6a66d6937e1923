// English attribution shapes crossed in one sentence (sixteenth session, issue #13): subject forms × frames × clause
// shapes from a throwaway generator; each gap became one general rule. Made-up sentences, in none of the fixture parts.
// Each case failed on the rules before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('"in an interview with <outlet>", "in a statement to <outlet>" after the verb at the sentence end', () => {
  for (const after of ['in an interview with the Guardian', 'in an interview with Reuters', 'in a telephone interview with The New York Times', 'in an interview with reporters']) {
    it(`"…, John Carter said ${after}": found`, () => {
      expect(found(`Prices would rise again in the spring, John Carter said ${after}.`)).toEqual([
        ['indirect', 'John Carter', 'Prices would rise again in the spring'],
      ]);
    });
  }

  it('guard: "…, John Carter said in a statement to the BBC": found', () => {
    expect(found('Prices would rise again in the spring, John Carter said in a statement to the BBC.')).toEqual([
      ['indirect', 'John Carter', 'Prices would rise again in the spring'],
    ]);
  });

  it('guard: "said in an interview with the Guardian that …": the clause after "that"', () => {
    expect(found('The Met Office said in an interview with the Guardian that there was no risk to the public.')).toEqual([
      ['indirect', 'Met Office', 'there was no risk to the public'],
    ]);
  });
});
