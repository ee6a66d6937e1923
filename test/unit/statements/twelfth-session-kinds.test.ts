// Kinds of miss that recur in the "left" lists of the last three read rounds (test-13, test-12, test-15; issue #13,
// twelfth session, round 2: no held-back part read; dev d600–d603, d620–d621), one at a time, on made-up people and
// sentences that are in none of the fixture parts. Each case failed on the rules before its change, but the guards
// (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);

describe('"According to the X (ABC), …": an acronym defined in brackets is no part of the source\u2019s name', () => {
  it('a lead\u2019s body with its acronym in brackets is the body, not a person "X Abc"', () => {
    expect(found('According to the Northern Roads Agency (NRA), traffic on the bypass has doubled since May.')).toEqual([
      ['indirect', 'Northern Roads Agency', 'organisation', 'traffic on the bypass has doubled since May'],
    ]);
    expect(found('According to the Coastal Weather Service (CWS), gusts could reach 120km/h on Sunday.')).toEqual([
      ['indirect', 'Coastal Weather Service', 'organisation', 'gusts could reach 120km/h on Sunday'],
    ]);
  });

  it('guard: a tail\u2019s acronym, as before', () => {
    expect(found('Traffic on the bypass has doubled since May, according to the Northern Roads Agency (NRA).')).toEqual([
      ['indirect', 'Northern Roads Agency', 'organisation', 'Traffic on the bypass has doubled since May'],
    ]);
  });
});
