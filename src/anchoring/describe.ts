// Describes a highlighted span of a text as the W3C selector pair Sourcelight
// stores: the quote with some context either side, and its position. The text
// is whatever the page's text map produced (see dom-text.ts); anchoring later
// searches the same kind of text.

import type { TextTargetSelectors } from './selectors.ts';

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Selectors for `text.slice(start, end)` with up to `contextChars` characters
 * of prefix and suffix. Context never splits a surrogate pair.
 */
export function describeTextRange(text: string, start: number, end: number, contextChars = 32): TextTargetSelectors {
  if (typeof text !== 'string') throw new TypeError('describeTextRange: text must be a string');
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`describeTextRange: start and end must be integers (got ${start}, ${end})`);
  }
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(
      `describeTextRange: range ${start}–${end} is empty or outside the text (length ${text.length})`,
    );
  }
  if (!Number.isInteger(contextChars) || contextChars < 0) {
    throw new RangeError(`describeTextRange: contextChars must be a non-negative integer (got ${contextChars})`);
  }

  let prefixStart = Math.max(0, start - contextChars);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + contextChars);
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd -= 1;

  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
