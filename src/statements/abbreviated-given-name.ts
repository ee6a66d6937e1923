// "District fisheries officer Md Rafiqul Islam Talukder said": in Bangladeshi copy "Md" (Mohammad, cut short) opens many a
// man's name, and is part of it as printed. Its letters spell a managing director's "MD", which the role lists hold; in
// that mixed case, before two or more capitalised words, it is the name's first word, not the post.
import type { Token } from './speaker-phrase.ts';

/** A given name's shortening that role letters spell, as it is printed in a name. */
const SHORTENED_GIVEN_NAMES = new Set(['Md']);

/** The tokens with a shortened given name ("Md") opening a name of three or more words read as a name word. */
export function withShortenedGivenName(tokens: Token[]): Token[] {
  if (!tokens.some((t) => SHORTENED_GIVEN_NAMES.has(t.text))) return tokens;
  const nameWord = (t: Token | undefined) => !!t && /^\p{Lu}\p{Ll}/u.test(t.text);
  return tokens.map((t, i) => (SHORTENED_GIVEN_NAMES.has(t.text) && nameWord(tokens[i + 1]) && nameWord(tokens[i + 2])
    ? { ...t, lower: 'mohammad' } : t));
}
