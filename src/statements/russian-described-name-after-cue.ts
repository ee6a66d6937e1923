// «— говорит мама третьеклассника из школы № 23 Name Surname»: after a verb of saying, a description the rules do not read
// as a post (a word for a person, whose child, where from, a number), then a listed first name and a surname in the
// nominative, which close the words. The person is the one named; read without the name, the description alone («мама
// третьеклассника из школы») was an unnamed source (thirtieth session).
// Guards: the first name is a listed one in the nominative (so «мама ученицы Натальи Ведерниковой», whose child is named,
// is not read here); every word before it is lower case or a number; the name is the last two words.

import { givenNameGender } from './given-names.ts';
import type { Token } from './speaker-phrase.ts';

/** Where the closing first name and surname after a lower-case description start in `run`, or -1. */
export function describedFullNameStart(run: readonly Token[]): number {
  if (run.length < 3 || run.length > 12) return -1;
  const [first, surname] = [run.at(-2)!, run.at(-1)!];
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(surname.text) || givenNameGender(first.text) === null) return -1;
  const described = run.slice(0, -2);
  return described.every((t) => /^(?:\p{Ll}+|\p{N}+)$/u.test(t.text)) && /^\p{Ll}/u.test(described[0]!.text) ? run.length - 2 : -1;
}
