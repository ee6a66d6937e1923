// Whom a body told, in the dative plural, right after the body's name and before the verb ("В городском лесничестве
// активистам сообщили", "в управе жителям пояснили", "в комитете родителям ответили"): the people told are listeners, no
// part of the body's name.

/** A lower-case word in the dative plural ("активистам", "жителям", "родителям"). */
const DATIVE_PLURAL_RE = /^\p{Ll}{3,}(?:ам|ям)$/u;

/**
 * Whether `word`, the last word of a phrase opened by «в», is whom the body told, when the word before it is a body's
 * (`afterBodyWord`). A body's own name goes on in genitives, never in the dative plural.
 */
export function isDativeListenerAfterBody(word: string, afterBodyWord: boolean): boolean {
  return afterBodyWord && DATIVE_PLURAL_RE.test(word);
}
