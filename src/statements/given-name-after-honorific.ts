// "Adnan, in his remarks, said …" after "… and Fisheries Department director-general Datuk Adnan Hussain": a lone word
// the given-name list does not know, which the text prints once right after a courtesy title and before a surname, is
// that person's given name (Malaysian, Nigerian and South Asian copy call officials by it). The title is what shows
// a person: "Barclays said" after "Barclays Bank" is no one's given name.
// Guards: a capitalised courtesy title (HONORIFICS, or Malaysia's two-word honours) right before the word; one or two
// capitalised words after it; one such full name in the text.
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { HONORIFICS } from './vocabulary.ts';


/** The one full name the text prints as "<Title> <word> <Surname …>", or null. */
export function fullNameAfterHonorific(text: string, word: string): string | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
  // (A surname's hyphenated second part is the surname's: "Sir Desmond Achebe-Lyons" is not "Desmond Achebe".)
  const re = new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}*)\\.?\\s+${escapeRegExp(word)}((?:\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?){1,2})(?![\\p{L}-])`, 'gu');
  const names = new Set<string>();
  for (const m of text.matchAll(re)) {
    if (!HONORIFICS.has(m[1]!.toLowerCase())) continue;
    names.add(`${word}${m[2]!.replace(/\s+/gu, ' ')}`);
  }
  if (names.size !== 1) return null;
  // (Guard: nowhere a surname, after a capitalised word that is no title and opens no sentence: "Mohamed Ali" beside
  // "Datuk Ali Hassan" leaves a lone "Ali" to the other rules.)
  const after = new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)\\s+${escapeRegExp(word)}(?![\\p{L}])`, 'gu');
  for (const m of text.matchAll(after)) {
    const opensSentence = /(?:^|[.!?]["\u201D]?\s+|\n\s*)$/u.test(text.slice(0, m.index));
    if (!HONORIFICS.has(m[1]!.toLowerCase()) && !opensSentence) return null;
  }
  return [...names][0]!;
}
