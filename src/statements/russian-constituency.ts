// A member of a parliament and the seat they were elected for, before their full name ("Депутат Ил Тумэна от
// Верхоянского округа Прокопий Дьячковский", "депутат Народного Хурала по Кяхтинскому округу Баир Цыренов"): a
// parliament's name of two capitalised words in the genitive, then «от» / «по» and the seat, is part of the title, not a
// full name that the preposition ends (as in "Андрей Силин в интервью …").

/** Prepositions that open an elected member's seat or list ("от округа", "по округу", "от партии"). */
const SEAT_PREPOSITIONS = new Set(['от', 'по']);

/**
 * Whether the preposition at `at` in `words` (lower case) opens the seat of a member whose post opens the phrase
 * (`postFirst`), with the phrase ending in two capitalised words (`nameAtEnd`) at least two words after it.
 */
export function opensMembersSeat(words: readonly string[], at: number, postFirst: boolean, nameAtEnd: boolean): boolean {
  return postFirst && nameAtEnd && SEAT_PREPOSITIONS.has(words[at]!) && words.length - at >= 4;
}
