import { describe, expect, it } from 'vitest';
import { paragraphText } from '../../../src/recognition/paragraph-text.ts';
import { isWhiteSpace } from '../../../src/recognition/white-space.ts';

/** What the walk did before paragraphText skipped the replace: the behaviour it must keep. */
const collapsed = (parts: readonly string[]) => parts.join('').replace(/\s+/g, ' ').trim();

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Letters (Latin, Cyrillic, typographic punctuation) and every kind of white
// space \s matches: plain, tab, line breaks, no-break, ideographic, BOM, line separator.
const UNITS = ['a', 'Z', '7', '.', '\u201c', 'ж', ' ', ' ', ' ', '\t', '\n', '\r', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u2028', '\u000b', '\u000c'];

describe('paragraphText', () => {
  it('gives what join, collapse and trim gave, on 20,000 generated paragraphs', () => {
    const next = random(20261203);
    let skipped = 0;
    for (let n = 0; n < 20_000; n++) {
      const parts = Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
        Array.from({ length: Math.floor(next() * 8) }, () => UNITS[Math.floor(next() * UNITS.length)]).join(''),
      );
      const text = paragraphText(parts);
      expect(text, JSON.stringify(parts)).toBe(collapsed(parts));
      if (text === parts.join('')) skipped++;
    }
    // Both paths were taken many times.
    expect(skipped).toBeGreaterThan(1000);
    expect(skipped).toBeLessThan(19_000);
  });

  it('isWhiteSpace agrees with \\s on every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) expect(isWhiteSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('keeps single spaces between words and collapses everything else', () => {
    expect(paragraphText(['The minister ', 'said so.'])).toBe('The minister said so.');
    expect(paragraphText(['\n  The minister\n', '  said so.\n'])).toBe('The minister said so.');
    expect(paragraphText(['A\u00a0B'])).toBe('A B');
    expect(paragraphText([' ', '\t'])).toBe('');
    expect(paragraphText([])).toBe('');
  });
});
