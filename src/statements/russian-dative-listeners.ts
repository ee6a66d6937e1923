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

// («Зотов сообщил Кристине Лаптевой, что …», «рассказал Ивану Петрову»: a full name right after a verb of saying, its
// given name in the dative (-е, -у, -ю), is whom the words were told, not one a later «— сказал специалист» or «она» could
// mean. Guard: the given name's dative ending only; a name in the nominative after the verb, «— сказала Анна Лесина»,
// «заявил Игорь Рогов», is the speaker, as before; a foreign given name that does not decline, «Мари», is left so.)

/** Whether `name`, printed right after a verb of saying, is whom it was told: a given name in the dative first. */
export function isDativeListenerName(name: readonly string[]): boolean {
  return name.length >= 2 && /^\p{Lu}\p{Ll}+[еую]$/u.test(name[0]!) && /^\p{Lu}/u.test(name[1]!);
}
