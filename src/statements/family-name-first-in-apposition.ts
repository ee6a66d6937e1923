// "Name Name beat the second seed, Zhou Minghao, in three games." then "Zhou said he had …": a two-word name in apposition
// after a description in lower case, whose first word is the one later used alone, is that person's full name with the
// family name written first (Chinese, Korean or Vietnamese names in sports and wire copy). The resolver read a lone
// word as a family name first only when the full name was titled, had a hyphenated given name or had spoken already; in apposition to a
// noun the phrase reader has no post for ("seed", "runner-up") it was none, and "Zhou said" was read as a body's name.
// (Fortieth session, test-58 w08's "the top seed, Chen Yuting," then "Chen said".)
// Guards: the name stands between a comma after a lower-case word and a comma; exactly two capitalised words, neither a
// given name the lists know (so "the organiser, Hollis Brown," is no family name "Hollis"), nor a month or weekday; one
// such apposition in the text for that word, else nothing is learned.
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { givenNameGender } from './given-names.ts';

const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/** The full name ("Zhou Minghao") the text printed in apposition with `word` first; else null. */
export function familyNameFirstInApposition(text: string, word: string): string[] | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || givenNameGender(word) !== null || CALENDAR.test(word)) return null;
  const re = new RegExp(`\\p{Ll}, ${escapeRegExp(word)} (\\p{Lu}\\p{Ll}+),`, 'gu');
  const found = new Set<string>();
  for (const m of text.matchAll(re)) {
    const given = m[1]!;
    if (givenNameGender(given) !== null || CALENDAR.test(given)) continue;
    found.add(given);
  }
  return found.size === 1 ? [word, [...found][0]!] : null;
}
