// "Kiwi said" after 'Freya "Kiwi" Sorensen': a nickname the text printed in quotation marks between a first name and a
// surname, used alone later as a speaker, is that person (name-forms.ts withoutNicknames drops it from the full name; alone
// it read as a lone unknown word, a body). Guard: the word printed so, in its marks, between two capitalised words.
// (Fortieth session: a nickname of two words, "Big Fergus", alone too; speaker-resolver.ts resolvePhrase.)
import { escapeRegExp } from '../text/escape-reg-exp.ts';

/** The full name ("Freya Sorensen") the text gives the nickname `word` within, or null. */
export function fullNameOfNickname(text: string, word: string): string | null {
  const m = new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)\\s+["\u201C'\u2018]${escapeRegExp(word)}["\u201D'\u2019]\\s+(\\p{Lu}[\\p{L}'\u2019-]*\\p{Ll})(?![\\p{L}])`, 'u').exec(text);
  return m ? `${m[1]} ${m[2]}` : null;
}
