// Forms still left in test-19's misses after the sixteenth session's test-19 round (issue #13, sixteenth session,
// round 2; dev d862, d863), one kind at a time, on made-up bodies and sentences that are in none of the fixture parts.
// Each case failed on the rules before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('"…, according to the X database / register": the body whose database or register it is', () => {
  it('"according to the Tokyo MoU database" after the clause', () => {
    expect(found('The tanker Marisol Star was held in Busan for nine days after inspectors found a broken oily water separator, according to the Tokyo MoU database.')).toEqual([
      ['indirect', 'Tokyo MoU', 'The tanker Marisol Star was held in Busan for nine days after inspectors found a broken oily water separator'],
    ]);
  });

  it('"according to the Lowfield Parish Council register" after the clause', () => {
    expect(found('The footbridge at Mill Lane has not been repainted since 1994, according to the Lowfield Parish Council register.')).toEqual([
      ['indirect', 'Lowfield Parish Council', 'The footbridge at Mill Lane has not been repainted since 1994'],
    ]);
  });

  it('"according to the Saskatchewan Highways culvert database": lower-case words for what it holds before the noun', () => {
    expect(found('More than 300 culverts on gravel roads need replacing, according to the Saskatchewan Highways culvert database.')).toEqual([
      ['indirect', 'Saskatchewan Highways', 'More than 300 culverts on gravel roads need replacing'],
    ]);
  });
});
