// «Дорогу размыло в мае, — добавил он. — Разберемся сами».: the piece of a Russian quotation that resumes after the
// attribution set between dashes inside the guillemets is the same speaker's, however short; one or two words were
// dropped as shorter than the least for a quotation with no attribution of its own (forty-third session's leftover,
// d2430 «Будем судиться»; forty-fourth session, dev d2470, d2471).
// Guards: the piece is a resumed one (its span opens at the dash's space, not at a guillemet, quote-spans.ts), the piece
// before it in the paragraph was read with an attribution, it opens with a capital, and the guillemet closes it.
import type { QuoteSpan } from './quote-spans.ts';

/** Whether `span`, of one or two words, resumes a Russian quotation whose first piece, just before, was attributed. */
export function isShortResumedRussianQuote(text: string, span: QuoteSpan, words: number, afterAttributedQuote: boolean): boolean {
  return afterAttributedQuote && words >= 1 && words <= 2 && span.close !== null && text[span.close] === '\u00BB'
    && /^[\u2014\u2013]\s$/u.test(text.slice(span.open - 1, span.open + 1)) && /^\p{Lu}/u.test(text.slice(span.contentStart, span.contentEnd));
}
