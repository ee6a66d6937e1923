// "…, according to the centre's 2025 survey.", "the council's 2023-24 annual report found": the year (or the span of years)
// a document covers, set between its owner and its noun, is one of the words describing it, as "annual" is. The phrase
// parser let only lower-case words stand there, so a year left the document unread and the clause unattributed.
// Guards: only a year of this century or the last (19xx, 20xx, perhaps "-24" or "/25" after it), never another number
// ("the group's 12 reports", "its 400-page study" stay as before); and only after an owner ("the centre's", "its", "their")
// or an article or another describing word, so that a year opening the phrase ("2025 survey") names no document by itself.
import type { Token } from './speaker-phrase.ts';

const YEAR_RE = /^(?:19|20)\d{2}(?:[-\u2013/](?:\d{2}|(?:19|20)\d{2}))?$/u;

/** Whether `before[k]`, a word before a document's noun, is the year the document covers, after a word that opens the phrase. */
export function isDocumentYear(before: readonly Pick<Token, 'text'>[], k: number): boolean {
  return k > 0 && YEAR_RE.test(before[k]!.text);
}
