// Limits and checks on the text fields a reader (or an imported file) fills in.
// The same rules hold for the store's own writes and for imports, so a file
// can never bring in what the reader could not have typed.

import type { TextTargetSelectors } from '../anchoring/selectors.ts';

export const LIMITS = Object.freeze({
  noteChars: 20_000,
  quoteChars: 10_000,
  contextChars: 1_000,
  tagChars: 100,
  tags: 50,
  labelChars: 60,
  urlChars: 2_048,
  idChars: 300,
  speakerChars: 200,
});

// C0 controls other than tab, line feed and carriage return, plus DEL.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Throws when a text field is too long or carries control characters. */
export function checkText(field: string, value: string, max: number): string {
  if (typeof value !== 'string') throw new Error(`${field} must be text.`);
  if (value.length > max) {
    throw new Error(`${field} is too long (${value.length} characters; the limit is ${max}).`);
  }
  if (CONTROL_CHARS.test(value)) throw new Error(`${field} contains control characters.`);
  return value;
}

/** Trims, drops empties and duplicates (case-insensitively), checks limits. */
export function cleanTags(tags: readonly string[]): string[] {
  if (!Array.isArray(tags)) throw new Error('Tags must be a list of words.');
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = checkText('A tag', raw, LIMITS.tagChars * 4).trim().replace(/\s+/g, ' ');
    if (tag.length > LIMITS.tagChars) throw new Error(`A tag is too long (limit ${LIMITS.tagChars} characters).`);
    if (!tag) continue;
    const key = tag.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  if (out.length > LIMITS.tags) throw new Error(`Too many tags (${out.length}; the limit is ${LIMITS.tags}).`);
  return out;
}

/** Checks a target's selectors are whole and consistent. */
export function checkSelectors(selectors: TextTargetSelectors): TextTargetSelectors {
  const { quote, position } = selectors ?? ({} as TextTargetSelectors);
  if (quote?.type !== 'TextQuoteSelector') throw new Error('The highlight has no quoted text.');
  if (position?.type !== 'TextPositionSelector') throw new Error('The highlight has no text position.');
  checkText('The quoted text', quote.exact, LIMITS.quoteChars);
  if (quote.exact.trim() === '') throw new Error('The quoted text is empty.');
  if (quote.prefix !== undefined) checkText('The text before the quote', quote.prefix, LIMITS.contextChars);
  if (quote.suffix !== undefined) checkText('The text after the quote', quote.suffix, LIMITS.contextChars);
  const { start, end } = position;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
    throw new Error(`The text position ${start}–${end} is not a valid range.`);
  }
  const out: TextTargetSelectors = {
    quote: { type: 'TextQuoteSelector', exact: quote.exact },
    position: { type: 'TextPositionSelector', start, end },
  };
  if (quote.prefix !== undefined) out.quote.prefix = quote.prefix;
  if (quote.suffix !== undefined) out.quote.suffix = quote.suffix;
  return out;
}
