// "An Bord Pleanála has refused permission …", "An Taisce welcomed the refusal", "An Post said": the Irish article "An"
// opening a body's name. English writes "an" only before a vowel's sound, so "An" before a capitalised word opening
// with a consonant is no English article but the first word of an Irish name, a body's (a person's Irish name has no
// article). Guards: the word after it is no acronym ("An MP", "An SNP councillor", "An FBI agent": letters read with a
// vowel's sound) and does not open with a vowel or "H" ("An Irish official", "An Hon. member"); every word capitalised.
import type { Token } from './speaker-phrase.ts';

/** The body's name, "An" included, when `tokens` are "An" and one to four capitalised words; else null. */
export function irishArticleName(tokens: readonly Token[]): string | null {
  if (tokens.length < 2 || tokens.length > 5 || tokens[0]!.text !== 'An') return null;
  const rest = tokens.slice(1);
  if (!/^[BCDFGJKLMNPQRSTVWXYZ]\p{Ll}/u.test(rest[0]!.text)) return null;
  if (!rest.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !t.possessive)) return null;
  return tokens.map((t) => t.text).join(' ');
}
