// «Во втором периоде мы просто встали …\n\nРебята отреагировали правильно …», — сказал наставник.: a quotation left open
// at a paragraph's end goes on in the next paragraph, which copy should open with a mark again but sometimes does not; a
// closing mark there with no opening one before it, then the author's words, ends it. The paragraph up to that mark is
// the quotation going on (the attribution after it names who said both parts).

import type { QuoteSpan } from './quote-spans.ts';

const OPENING = new Set(['\u00AB', '\u201C', '\u201E']);
const CLOSING = /[\u00BB\u201D]/u;
/** After the closing mark: the author's words, after a comma and a dash (Russian) or lower-case. */
const AUTHOR_AFTER_RE = /^\s*[,.!?]?\s*(?:[\u2013\u2014]\s*)?\p{Ll}/u;
/** ('…,” Carpin said.': English puts the comma inside the marks; then any word.) */
const COMMA_INSIDE_RE = /[,?!]$/u;

/**
 * The quotation going on in the paragraph text[from, to), when the paragraph before it (`before`, its quotations) ended
 * with one left open: from the paragraph's first letter to a closing mark with no opening mark before it. Null otherwise.
 */
export function unopenedContinuation(text: string, from: number, to: number, before: readonly QuoteSpan[] | undefined): QuoteSpan | null {
  const last = before?.at(-1);
  if (last?.marks !== 'double' || last.close !== null || !OPENING.has(text[last.open] ?? '')) return null;
  if (!/^\p{Lu}/u.test(text.slice(from, from + 1))) return null;
  // (One pass over the paragraph: the first quotation mark of any kind decides.)
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (OPENING.has(ch) || ch === '"') return null;
    if (!CLOSING.test(ch)) continue;
    const after = text.slice(i + 1, Math.min(to, i + 12));
    if (!AUTHOR_AFTER_RE.test(after) && !(COMMA_INSIDE_RE.test(text.slice(i - 1, i)) && /^\s+\p{L}/u.test(after))) return null;
    return { open: from, close: i, contentStart: from, contentEnd: i, marks: 'double' };
  }
  return null;
}
