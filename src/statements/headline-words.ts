// Words of a headline printed in capitals: "KESTRELS ADD DEPTH WITH NAME-NAME". Capitals take away the case that tells a
// name's words from the sentence's; a preposition ("WITH", "FOR", "OF") still tells them apart, since no person's name
// has one in English copy ("de", "van", "bin" are particles, kept). A name read across one is a headline's words.
import { PREPOSITIONS } from './vocabulary.ts';

/** Whether `words` (a name read) hold a preposition printed in capitals ("DEPTH WITH NAME"). */
export function hasCapitalisedPreposition(words: readonly string[]): boolean {
  return words.some((w) => /^\p{Lu}{2,}$/u.test(w) && PREPOSITIONS.has(w.toLowerCase()));
}
