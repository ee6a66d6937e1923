// «По словам заместителя министра Ярославы Кошевой, …»: the name printed in a woman's genitive is put in the nominative
// where the phrase is read, «Ярослава Кошева», and then read a second time, where a first name in «-а» before a surname in
// «-ева» / «-ова» is a man's genitive, «Ярослав Кошев» (so «Владиславы», «Станиславы», «Мирославы»: a woman's name made
// from a man's by «-а»). The text printed «-ы» / «-и» and «-ой», which no man's genitive has: it is the woman the
// directory knows by that name (forty-fourth session, fifteenth Russian speaker probe; the fourteenth's leftover d2414).
import type { SpeakerPhrase } from './speaker-phrase.ts';

/**
 * The directory's name for the woman `phrase` prints in the genitive («Ярославы Кошевой»), when `nominal` (its second
 * reading) made her a man. Guards: two words; the phrase's first word in «-а» read as a man's by dropping it; the text at
 * the phrase prints that word's stem with «-ы» / «-и» and a surname in «-ой»; the directory knows one person by the phrase's
 * words whose given name is the phrase's. Null otherwise.
 */
export function womanKnownByObliqueName(text: string, phrase: SpeakerPhrase, nominal: readonly string[],
  find: (words: string[]) => string | null): string | null {
  if (phrase.kind !== 'name' || phrase.name.length !== 2 || nominal.length !== 2) return null;
  const [first, surname] = phrase.name as [string, string];
  if (!/^\p{Lu}\p{Ll}+а$/u.test(first) || nominal[0] !== first.slice(0, -1)) return null;
  const printed = text.slice(phrase.start, phrase.end);
  const stem = first.slice(0, -1);
  if (!new RegExp(`(?<!\\p{L})${stem}[ыи]\\s+${surname.slice(0, 3)}\\p{Ll}*ой(?!\\p{L})`, 'u').test(printed)) return null;
  const known = find([first, surname]);
  return known && known.split(' ')[0] === first ? known : null;
}
