// (Forty-third session, d2400 and d2403.) "Ossian Rendall said", "For the objectors, Marthese Borg said": a capitalised word
// that only its ending ("-ian", "-ean", "-ese", "-ish") makes a nationality, right before one capitalised word that closes
// the speaker's words, is a given name and the pair a person's name. Before, the word was read as whose the speaker is
// (a nationality) and the speaker became the surname alone ("Rendall"), or the word was no first name, so the surname went
// to another of its bearers. In the development and read parts every "Xian / Xese / Xish Surname said" so printed is a
// given name ("Satish Nandan", "Ealish Corkhill", "Varghese Kurian") or a body's name, and a body keeps its reading.
// Guards: no listed nationality ("Irish", "Scottish", "Spanish"); the word printed as a name (one capital, then small
// letters); one word after it, capitalised, no possessive, no acronym, no post and no body's word ("Parish Council",
// "Cambrian Coachways"); nothing after the two.
import { isNationalityByEndingOnly, ORGANISATION_HEADS, ROLE_MODIFIERS, ROLE_NOUNS } from './vocabulary.ts';

interface Word { text: string; lower: string; possessive?: boolean }

/** Whether `first` then `next` (the last of the words) are a given name in a nationality's shape and a surname. */
export function isGivenNameLikeNationality(first: Word, next: Word | undefined, nextIsLast: boolean, isBodyWord: (lower: string) => boolean): boolean {
  if (!next || !nextIsLast || !/^\p{Lu}\p{Ll}+$/u.test(first.text) || !isNationalityByEndingOnly(first.lower)) return false;
  if (first.possessive || next.possessive || !/^\p{Lu}\p{Ll}[\p{L}'\u2019-]*$/u.test(next.text)) return false;
  return !ROLE_NOUNS.has(next.lower) && !ROLE_MODIFIERS.has(next.lower) && !ORGANISATION_HEADS.has(next.lower) && !isBodyWord(next.lower);
}
