// "…," said the 68-year-old retired boatman Name Name.", "the 52-year-old former nurse Name Name": an age among the
// lower-case words that describe a person before the full name is part of the description, as "retired" or "former" is,
// not a word that stops the phrase being read as a post and a name (it was: the quote went to whoever spoke before).
// (Fortieth session, test-58 w04's "said the 68-year-old retired ghillie Name Name".)
// Guards: the age only after the phrase's first word ("the" / "a") or another description word, before the post's noun,
// and only with a full name of two words or more after it; "the 41-year-old said" alone is read as before
// (described-by-age-or-children.ts), and "81-year-old Name Name" is stripped as before (speaker-phrase.ts's stripNoise).
import type { Token } from './speaker-phrase.ts';

/** Whether title[k] is "<N>-year-old" standing before the post's noun at `postAt`, with a full name after the title. */
export function isAgeAmongDescription(title: readonly Token[], k: number, postAt: number, nameLength: number): boolean {
  return nameLength >= 2 && k < postAt && /^\d{1,3}-year-old$/u.test(title[k]!.lower);
}
