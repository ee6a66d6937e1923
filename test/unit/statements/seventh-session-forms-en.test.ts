// The English forms the seventh session taught the rules from test-8's misses (issue #13), one at a time, on made-up
// people and sentences that are in none of the fixture parts (fixtures/statements/README.md).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const withKind = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind] as const);

describe('who a phrase names', () => {
  it('a title word inside a name after a lower-case post ("transport minister Gurpreet Pal Singh Bajwa")', () => {
    const text = 'Transport minister Gurpreet Pal Singh Bajwa said the new buses would arrive in June. Bajwa said the fares would not rise.';
    expect(withKind(text)).toEqual([
      ['indirect', 'Gurpreet Pal Singh Bajwa', 'person'],
      ['indirect', 'Gurpreet Pal Singh Bajwa', 'person'],
    ]);
  });
});
