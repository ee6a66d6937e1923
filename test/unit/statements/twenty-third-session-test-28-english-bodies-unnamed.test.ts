// Reading test-28 (the twenty-third session's second half), English bodies: a body named with the place it serves ("the
// Civil Defense of Amazonas", "the Geological Survey of Canada") is named whole; a short name in brackets after such a
// name stands for it; a trade word before a firm's name ("Consulting engineer <Name> Partnership") is the firm. Made-up
// bodies and sentences in none of the fixture parts; each case failed on the rules before the change, but the guards
// (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);

describe('English: a body named with the place it serves (body-of-place.ts)', () => {
  it('"The Civil Protection of <Region> said …": the whole name, a body', () => {
    const text = 'The Civil Protection of Valdoria said on Monday that eleven villages had been cut off by the landslides.';
    expect(found(text)).toEqual([['indirect', 'Civil Protection of Valdoria', 'organisation', 'eleven villages had been cut off by the landslides']]);
  });

  it('"The Geological Survey of <Country> warned that …"', () => {
    const text = 'The Geological Survey of Tarvenia warned that the aquifer under the capital was sinking by two centimetres a year.';
    expect(found(text)).toEqual([['indirect', 'Geological Survey of Tarvenia', 'organisation', 'the aquifer under the capital was sinking by two centimetres a year']]);
  });

  it('a short name in brackets after "… Survey of <Country>" stands for the whole name', () => {
    const text = 'Figures from the Hydrological Survey of Tarvenia (SHT) were published on Friday.\n\nThe SHT said the lake would not recover before the spring.';
    expect(found(text)).toEqual([['indirect', 'Hydrological Survey of Tarvenia', 'organisation', 'the lake would not recover before the spring']]);
  });

  it('guard: "the Bank of <Country>" stays whole as before', () => {
    const text = 'The Bank of Tarvenia said inflation had eased for a third month.';
    expect(found(text)).toEqual([['indirect', 'Bank of Tarvenia', 'organisation', 'inflation had eased for a third month']]);
  });
});

describe('English: a trade word before a firm\'s name (firm-described-by-trade.ts)', () => {
  it('"Structural engineer <Name> <Name> Associates, which …, said": the firm', () => {
    const text = 'Structural engineer Pollard Quayle Associates, which inspected the pier last spring, said the piles had rotted faster than expected.';
    expect(found(text)).toEqual([['indirect', 'Pollard Quayle Associates', 'organisation', 'the piles had rotted faster than expected']]);
  });

  it('guard: a post before a person whose surname is a firm\'s word elsewhere stays a person', () => {
    const text = 'Structural engineer Michael Power said the piles had rotted faster than expected.';
    expect(found(text)).toEqual([['indirect', 'Michael Power', 'person', 'the piles had rotted faster than expected']]);
  });
});
