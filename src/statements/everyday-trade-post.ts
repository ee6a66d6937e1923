// "A manager said a man had left without paying. The clerk told officers the man drove a silver sedan.": "clerk", "nurse",
// "pastor", "constable" are posts printed before a name ("Town Clerk Name", "Constable Name"), so a bare "the clerk" was read
// as a post to find a holder for and, with none, left with no speaker at all. A word the vocabulary also lists as an
// everyday person's noun (a trade, a calling) is, when nobody the text names holds it, someone the text describes and does
// not name: an unnamed source, as "the driver" or "the cashier" already were.
// Guard: only words in both lists; offices such as "mayor", "treasurer", "minister", "sheriff" (no everyday person's noun)
// keep their old reading, and a holder the text names is still found first (the caller asks only when none was); and a
// post the phrase gives a team or a body ("The Saints coach admitted …. Pieter van Wyk has …") is left to be named later.
import { isListedPersonNoun, ROLE_NOUNS } from './vocabulary.ts';

/** Whether the post's word `role` is also a listed everyday person's noun ("clerk", "nurse", "pastor", "constable"). */
export function isEverydayTradePost(role: string): boolean {
  return ROLE_NOUNS.has(role) && isListedPersonNoun(role);
}
