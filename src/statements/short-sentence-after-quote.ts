/**
 * '"Our members have been reporting these faults for years," the union said. "Nobody listened."': a whole sentence of two
 * words in double quotation marks, opening its own sentence right after the same paragraph's attributed quotation, is the
 * same speaker's closing line — a direct quotation though it is shorter than the rules' least for one with no
 * attribution of its own (a two-word scare quote inside a sentence has words before it, or no capital and full stop).
 */

/** Whether the quotation's content `content` (lead before it `lead`) is such a sentence after an attributed quotation. */
export function isShortSentenceAfterQuote(content: string, lead: string, marks: string, words: number, afterAttributedQuote: boolean): boolean {
  return afterAttributedQuote && lead === '' && marks === 'double' && words === 2 && /^\p{Lu}/u.test(content.trimStart()) && /[.!?]$/u.test(content.trimEnd());
}
