import { describe, expect, it } from 'vitest';
import { describeTextRange } from '../../../src/anchoring/describe.ts';

const TEXT = 'Russia does not consider relations with NATO frozen, the minister said.';

describe('describeTextRange', () => {
  it('stores the quote, up to contextChars of context each side, and the position', () => {
    const start = TEXT.indexOf('relations');
    const end = start + 'relations with NATO'.length;
    const s = describeTextRange(TEXT, start, end, 10);
    expect(s.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'relations with NATO',
      prefix: TEXT.slice(start - 10, start),
      suffix: ' frozen, t',
    });
    expect(s.position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('clips context at the edges of the text', () => {
    const s = describeTextRange(TEXT, 0, 6);
    expect(s.quote.prefix).toBe('');
    expect(s.quote.suffix).toBe(TEXT.slice(6, 38));
    const e = describeTextRange(TEXT, TEXT.length - 5, TEXT.length);
    expect(e.quote.suffix).toBe('');
  });

  it('never splits a surrogate pair in the context', () => {
    const text = 'a😀bcdef😀g';
    const s = describeTextRange(text, 5, 6, 3); // 3 chars either side would cut both emoji in half
    expect(s.quote.exact).toBe('d');
    expect(s.quote.prefix).toBe('bc');
    expect(s.quote.suffix).toBe('ef');
  });

  it('rejects empty or out-of-range spans with a readable error', () => {
    expect(() => describeTextRange(TEXT, 5, 5)).toThrow(/empty or outside/);
    expect(() => describeTextRange(TEXT, -1, 4)).toThrow(RangeError);
    expect(() => describeTextRange(TEXT, 0, TEXT.length + 1)).toThrow(/length/);
    expect(() => describeTextRange(TEXT, 0.5, 3)).toThrow(/integers/);
    expect(() => describeTextRange(TEXT, 0, 3, -2)).toThrow(/contextChars/);
  });
});
