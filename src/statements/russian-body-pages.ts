// A body's own pages online as where it spoke: «В пабликах мэрии пишут, что …», «в телеграм-канале администрации района
// сообщили», «в соцсетях министерства». The pages are no part of the body's name: the body is the words after them (the
// city hall the text names, for «мэрии»), as «в пресс-службе мэрии» is. Pages of no one named («в городских пабликах»,
// «в чатах дольщиков») are read as an unnamed place, russian-online-places.ts; this is only for a body's word after them.
import type { WrittenWord } from './written-word.ts';

/** A page word in the locative: «паблике», «пабликах», «соцсетях», «телеграм-канале», «аккаунте», «аккаунтах». */
const PAGE_LOCATIVE = /^(?:паблик(?:е|ах)|соцсет(?:и|ях)|телеграм-канал(?:е|ах)|telegram-канал(?:е|ах)|аккаунт(?:е|ах))$/u;

/** What may follow the body's word: whose place it is, a capitalised name («Самары») or a place's word («района»). */
const OF_PLACE = /^(?:\p{Lu}[\p{L}-]*|района|области|края|округа|города|поселка|посёлка|села|республики)$/u;

/**
 * 1 when `words` (after «в» / «во») open with a page word in the locative and then a body's word in lower case
 * («пабликах мэрии», «телеграм-канале администрации Бийска»), so the caller reads the body from the next word; else 0.
 * Guards: the page word first, lower case; the next word a body's word by the caller's test, lower case (not a «name»,
 * not a person: «в телеграм-канале Name» is read as before); after it at most two words of its place, so people who
 * wrote there («В соцсетях клуба болельщики пишут», unnamed, twenty-ninth session) are left as they were read.
 */
export function bodyPagesLength<W extends WrittenWord>(words: readonly W[], isBody: (w: W) => boolean): number {
  if (words.length < 2 || words.length > 4 || !PAGE_LOCATIVE.test(words[0]!.text)) return 0;
  if (!/^\p{Ll}/u.test(words[1]!.text) || !isBody(words[1]!)) return 0;
  return words.slice(2).every((w) => OF_PLACE.test(w.text)) ? 1 : 0;
}
