// A body's own pages online as where it spoke: «В пабликах мэрии пишут, что …», «в телеграм-канале администрации района
// сообщили», «в соцсетях министерства». The pages are no part of the body's name: the body is the words after them (the
// city hall the text names, for «мэрии»), as «в пресс-службе мэрии» is. Pages of no one named («в городских пабликах»,
// «в чатах дольщиков») are read as an unnamed place, russian-online-places.ts; this is only for a body's word after them.

/** A page word in the locative: «паблике», «пабликах», «соцсетях», «телеграм-канале», «аккаунте», «аккаунтах». */
const PAGE_LOCATIVE = /^(?:паблик(?:е|ах)|соцсет(?:и|ях)|телеграм-канал(?:е|ах)|telegram-канал(?:е|ах)|аккаунт(?:е|ах))$/u;

interface Word {
  readonly text: string;
  readonly lower: string;
}

/**
 * 1 when `words` (after «в» / «во») open with a page word in the locative and then a body's word in lower case
 * («пабликах мэрии», «телеграм-канале администрации Бийска»), so the caller reads the body from the next word; else 0.
 * Guards: the page word first, lower case; the next word a body's word by the caller's test, lower case (not a «name»,
 * not a person: «в телеграм-канале Name» is read as before).
 */
export function bodyPagesLength<W extends Word>(words: readonly W[], isBody: (w: W) => boolean): number {
  if (words.length < 2 || !PAGE_LOCATIVE.test(words[0]!.text)) return 0;
  return /^\p{Ll}/u.test(words[1]!.text) && isBody(words[1]!) ? 1 : 0;
}
