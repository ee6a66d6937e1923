// "The couple that ran the cafe for nineteen years say …", "The woman that manages the block next door said …": a singular
// people's noun described by a relative "that" (for "who"). that-relative-after-speaker.ts took the words before "that"
// only where they read alone as an unnamed group; a singular "the couple" reads as a post and "the woman" as a pronoun, so
// the clause was left with no speaker and not found. The relative describes someone the text brings in, unnamed.
// Guards: only a determiner and the noun, perhaps one lower-case adjective between ("The elderly couple that …"); only
// the listed everyday people's nouns (vocabulary.ts isListedPersonNoun), never a post of the role list ("The minister
// that signed the order said" may be someone named before); not capitalised names or bodies.
import type { Token } from './speaker-phrase.ts';
import { ROLE_NOUNS, isListedPersonNoun, isPersonNoun } from './vocabulary.ts';

const DETERMINERS = new Set(['the', 'a', 'an', 'one']);

/** Words of the role list that say what someone is in life or where they live, never an office anyone is named to. */
const LIFE_DESCRIPTIONS = new Set(['pensioner', 'student', 'resident', 'shopkeeper', 'neighbour', 'neighbor', 'volunteer', 'veteran', 'landlord']);

/** Whether `words` (the subject before a relative "that") are a determiner and an everyday singular people's noun. */
export function singularPersonBeforeThat(words: readonly Token[]): boolean {
  if (words.length < 2 || words.length > 3 || !DETERMINERS.has(words[0]!.lower)) return false;
  const head = words.at(-1)!;
  // (Or a person's word by its ending, "The bartender who served them said", and the role list's words for where someone
  // lives or what they are in life rather than a post they hold, "The pensioner who lives above it said"; thirty-third
  // session, second round. Guard: no other post of the role list ("the coach who signed him" may be one named before);
  // lower case.)
  if (!/^\p{Ll}+$/u.test(head.text) || !(isListedPersonNoun(head.lower) || isPersonNoun(head.lower))
    || (ROLE_NOUNS.has(head.lower) && !LIFE_DESCRIPTIONS.has(head.lower))) return false;
  return words.length === 2 || /^\p{Ll}{3,}$/u.test(words[1]!.text);
}
