// "Head coach Terrell Banks said", "Chief executive Anna Banks said", "Mayor Ruth Mills": a post, then two capitalised
// words whose last is also a plural of bodies ("Banks", "Unions", "States") was read as a body's name, the whole phrase
// the body ("Head coach Terrell Banks", organisation). body() already keeps "John Banks" a person when the given name is
// one the list knows; a post right before the two words says the same of any given name.
// Guards: the word before the two is a listed post (ROLE_NOUNS as listed, not as a text taught it) that is no body's word itself; the first of the two is no body's
// word, post or modifier (so "Finance Minister Central Banks" stays unread, and "Nordic Banks" after no post stays a body);
// only a plural head, so a singular body's word, "… Housing Bank", is left as it is.
import { BODY_NAME_ENDS, type Token } from './speaker-phrase.ts';
import { ORGANISATION_HEADS, ORGANISATION_NAMES, ROLE_MODIFIERS, ROLE_NOUNS } from './vocabulary.ts';

const LISTED_ROLE = (word: string) => Set.prototype.has.call(ROLE_NOUNS, word);

export function isPostThenPluralSurname(core: readonly Token[]): boolean {
  if (core.length < 3) return false;
  const [post, given, last] = core.slice(-3) as [Token, Token, Token];
  const capitalisedWord = (t: Token) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !t.possessive;
  // (Not a word that ends a business's name, "Services", "Holdings", "Partners": "… Table Services" is the firm.)
  if (!capitalisedWord(given) || !capitalisedWord(last) || !/s$/u.test(last.lower) || BODY_NAME_ENDS.has(last.lower)) return false;
  // (A listed post only, not a word the text taught as one: "contractor Campus Table Services" stays the contractor's name.)
  if (!LISTED_ROLE(post.lower) || ORGANISATION_HEADS.has(post.lower)) return false;
  return !ORGANISATION_HEADS.has(given.lower) && !ROLE_NOUNS.has(given.lower) && !ROLE_MODIFIERS.has(given.lower)
    && !ORGANISATION_NAMES.has(given.lower);
}
