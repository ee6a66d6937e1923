// "The Morcha has warned that …" after "Bharatiya Kisan Morcha district president Name said …": "the" before one
// capitalised word that closes a longer capitalised name printed earlier is that name's body, called by its last word
// (Indian copy's "the Morcha", "the Sangh", "the Samiti"), never a person: no one is called "the Verma".
// Guards: the phrase is "the" and one capitalised word, no post, honorific or person noun ("the Pope" stays as it was);
// the longer name two to five capitalised words, printed before the phrase, none of them a courtesy title; the nearest
// such name wins; an opening "A", "An", "One" … is no word of it (forty-third session).
import { HONORIFICS, isPersonNoun, ROLE_NOUNS } from './vocabulary.ts';

/** Words that open a sentence before a modifier, never the first word of a body's name. */
const DETERMINERS = /^(?:A|An|One|Another|Each|Every|No|Some|Any|This|That|Its|Their)$/u;

export function bodyNameEndingIn(text: string, written: string, before: number): string | null {
  const m = /^[Tt]he\s+(\p{Lu}\p{Ll}+)$/u.exec(written.trim());
  if (!m) return null;
  const word = m[1]!;
  const lower = word.toLowerCase();
  if (ROLE_NOUNS.has(lower) || HONORIFICS.has(lower) || isPersonNoun(lower)) return null;
  // (Forty-third session, test-61 w06: not across a blank line, "Headline¶¶Cape Hatteras National Seashore"; one line
  // break is a hard-wrapped name's.)
  const re = new RegExp(`(?<![\\p{L}'\\u2019-])((?:\\p{Lu}[\\p{L}'\\u2019-]*(?:[^\\S\\n]+|[^\\S\\n]*\\n[^\\S\\n]*)){1,4})${word}(?![\\p{L}'\\u2019-])`, 'gu');
  let found: string | null = null;
  for (const hit of text.slice(0, before).matchAll(re)) {
    // (Nor a sentence's opening article or determiner before the word used as a modifier, "A Seashore employee who asked
    // not to be named said", "One Seashore ranger": "A Seashore" is no name; forty-third session, test-61 w06.)
    const words = `${hit[1]!}${word}`.split(/\s+/u).filter((w) => w && !/^the$/iu.test(w));
    while (words.length > 0 && DETERMINERS.test(words[0]!)) words.shift();
    if (words.length < 2 || words.some((w) => HONORIFICS.has(w.toLowerCase()))) continue;
    found = words.join(' ');
  }
  return found;
}
