// "Parents have complained that …" in a text that later prints "Peel Parents Together said …": the opening plural for
// people was read as the surname of a full name the text gives ("Banks, who …, said" after "John Banks"), here "Peel
// Parents", which is no one's name but the first words of a body's ("… Parents Together", "… Residents Action Group").
// The plural stays an unnamed group when every capitalised word before it in the text has a further capitalised word after
// it: the pair is then inside a longer name, never a person's first name and surname standing alone (forty-fifth session,
// the eighteenth English unnamed probe's d2500). Guards: a plural for people only ("Parents", "Residents"; "Banks" and
// "Mills" are read as before); a full name printed alone once ("Anne Parents said") keeps the surname reading.
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { isUnnamedHead } from './vocabulary.ts';

/** Whether the capitalised plural `word` follows a capitalised word only inside longer capitalised names in `text`. */
export function peoplePluralOnlyInsideLongerNames(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (!isUnnamedHead({ text: lower, lower })) return false;
  const pairs = [...text.matchAll(new RegExp(`(?<!\\p{L})\\p{Lu}\\p{Ll}+[^\\S\\n]+${escapeRegExp(word)}(?![\\p{L}])`, 'gu'))];
  return pairs.length > 0 && pairs.every((m) => /^[^\S\n]+\p{Lu}\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)));
}
