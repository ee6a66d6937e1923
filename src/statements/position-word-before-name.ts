// (Forty-fifth session, left45; test-62 w04.) "Centre Luke Harrower added 14 points …, and told the club's media team
// that …": a player's position that is also a plain word or a body's word ("Centre", "Forward", "Guard", "Lock"),
// printed capitalised before a given name and a surname, is the player's position, no part of the name. Before,
// "Centre" made the three words a body's name ("Centre Luke Harrower", an organisation) and "Forward" a person called
// "Forward Luke Harrower". These words are left out of vocabulary.ts's positions on purpose: there "the Centre said"
// would become a post.
// Guards: exactly three words, the position first; the second a given name the lists know; the third capitalised.
import { givenNameGender } from './given-names.ts';
import type { WrittenWord } from './written-word.ts';

const POSITION_WORDS = new Set(['centre', 'center', 'forward', 'guard', 'lock', 'hooker', 'wing', 'sweeper', 'setter', 'libero', 'opener']);

/** The position's word when the words are a position, a given name and a surname ("Centre Luke Harrower"), else null. */
export function positionWordBeforeName(tokens: readonly WrittenWord[]): string | null {
  if (tokens.length !== 3) return null;
  const [position, given, surname] = tokens as [WrittenWord, WrittenWord, WrittenWord];
  if (!/^\p{Lu}\p{Ll}+$/u.test(position.text) || !POSITION_WORDS.has(position.lower)) return null;
  if (!/^\p{Lu}\p{Ll}+$/u.test(given.text) || givenNameGender(given.text) === null) return null;
  return /^\p{Lu}\p{Ll}[\p{L}'\u2019-]*$/u.test(surname.text) ? position.lower : null;
}
