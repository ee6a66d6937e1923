// "Alastair King, a dairy market analyst, said …": a full name whose surname is also a post's word ("King", "Judge",
// "Marshal", "Chancellor") reads as a post ("Alastair king"), so the speaker was taken to be whoever spoke last. Before an
// indefinite description in apposition ("…, a dairy market analyst, …", "…, an economist at …, …"), which introduces a
// person by what they are, the two words are the person's name. Guards: exactly two capitalised words, the first no
// post's word, modifier, honorific or nationality ("Prime Minister, a …", "Crown Prince, a …" stay posts), and the
// description opens with "a" / "an".
import type { SpeakerPhrase } from './speaker-phrase.ts';
import { HONORIFICS, isNationality, ROLE_MODIFIERS, ROLE_NOUNS } from './vocabulary.ts';

/** The name `parsed` (read as printed) when its surname only looks like a post and an indefinite description follows. */
export function nameWithSurnameOfAPost(parsed: SpeakerPhrase | null, description: string): SpeakerPhrase | null {
  if (parsed?.kind !== 'name' || parsed.name.length !== 2 || parsed.roles.length > 0) return null;
  const [first, last] = parsed.name as [string, string];
  if (!/^\p{Lu}\p{Ll}+$/u.test(first) || !/^\p{Lu}\p{Ll}+$/u.test(last) || !ROLE_NOUNS.has(last.toLowerCase())) return null;
  const lower = first.toLowerCase();
  if (ROLE_NOUNS.has(lower) || ROLE_MODIFIERS.has(lower) || HONORIFICS.has(lower) || isNationality(lower)) return null;
  return /^\s*an?\s+\p{Ll}/u.test(description) ? parsed : null;
}
