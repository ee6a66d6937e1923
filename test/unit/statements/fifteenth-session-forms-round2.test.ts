// Forms read in test-17's misses (issue #13, fifteenth session: test-17 made a read part; dev d800, d801, d820), one
// kind at a time, on made-up people and sentences that are in none of the fixture parts. Each case failed on the rules
// before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('a body whose name ends in "Congress"', () => {
  it('"Name, general secretary of the … Workers\u2019 Congress, said": the person, not the congress', () => {
    const text = "Mahinda Perera Silva, general secretary of the Upcountry Bus Workers' Congress, said the strike would go ahead. He said drivers had not been paid.";
    expect(found(text)).toEqual([
      ['indirect', 'Mahinda Perera Silva', 'the strike would go ahead'],
      ['indirect', 'Mahinda Perera Silva', 'drivers had not been paid'],
    ]);
  });

  it('"The … Workers Congress said": a body speaking (guard)', () => {
    const found1 = extractStatements('The Harbour Porters Workers Congress said the talks had collapsed.');
    expect(found1.map((s) => [s.speaker, s.speakerKind])).toEqual([['Harbour Porters Workers Congress', 'organisation']]);
  });
});
