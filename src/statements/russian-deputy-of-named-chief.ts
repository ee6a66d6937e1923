// «Его заместитель Артем Гуляев …» then «— сказал заместитель Никитенко» / «— сказала заместитель Корнилова»: a deputy called
// by his or her chief's surname in the genitive. The phrase was read as the name «Никитенко» with the post «заместитель», and
// the quotation went to the chief (thirty-fourth session, a fifth probe of Russian speakers; the gap the thirty-third left,
// «— сказал заместитель Ломакина»).
// Guards: exactly the deputy's word and one capitalised word; that word is the genitive of the surname of one person the text
// printed before (a man's «-ов» / «-ин» + «а», an adjectival «-ий» / «-ой» → «-ого», a woman's «-ова» / «-ина» → «-овой» /
// «-иной», «-ая» → «-ой», or a surname that does not decline, «-ко», «-ых», «-их», «-аго», a vowel); nobody of the text
// bears that word itself as a surname that declines (so «заместитель Ломакина сказала» after «Ирина Ломакина» is still
// Ломакина); exactly one other person printed before is called by the bare deputy's word (two decide nothing); that person is
// not the chief.

import type { PersonTitle } from './people.ts';

const DEPUTY_WORDS = new Set(['заместитель', 'заместительница', 'помощник', 'помощница', 'зам']);

/** Whether `word` (as printed after the deputy's word) is the genitive of the surname `surname` (nominative). */
export function isSurnameGenitive(word: string, surname: string): boolean {
  if (!declines(surname)) return word === surname;
  if (/(?:ов|ев|ёв|ин|ын)$/u.test(surname)) return word === `${surname}а`;
  if (/(?:ова|ева|ёва|ина|ына)$/u.test(surname)) return word === `${surname.slice(0, -1)}ой`;
  if (/(?:ский|цкий|ской|цкой|[гкх]ий|[ыио]й)$/u.test(surname)) return word === surname.replace(/(?:ий|ый|ой)$/u, 'ого');
  if (/ая$/u.test(surname)) return word === surname.replace(/ая$/u, 'ой');
  // (A man's foreign or consonant-final surname that declines: «Гарипов» above, «Шмидт» → «Шмидта».)
  if (/[бвгдзклмнпрстфхцчшщ]$/u.test(surname)) return word === `${surname}а`;
  return false;
}

/** Whether a surname declines (so a word equal to it is the nominative, a person's own surname, not a genitive). */
function declines(surname: string): boolean {
  return !/(?:ко|ых|их|аго|яго|[еиоуэю])$/u.test(surname);
}

export interface DeputyPerson {
  name: string;
  titles: readonly PersonTitle[];
}

/**
 * The deputy the text named by the bare word, when `words` (as printed: the deputy's word and one capitalised word) call them
 * by their chief's surname in the genitive; null for any other reading.
 */
export function deputyOfNamedChief(words: readonly string[], people: readonly DeputyPerson[]): string | null {
  if (words.length !== 2 || !DEPUTY_WORDS.has(words[0]!.toLowerCase()) || !/^\p{Lu}\p{Ll}+$/u.test(words[1]!)) return null;
  const deputyWord = words[0]!.toLowerCase().replace(/ельница$/u, 'ель').replace(/ница$/u, 'ник');
  const word = words[1]!;
  const surname = (p: DeputyPerson) => p.name.split(' ').at(-1)!;
  // (Guard: someone whose own surname, one that declines, is the word: «заместитель Ломакина» is then that woman.)
  if (people.some((p) => surname(p) === word && declines(word))) return null;
  const chiefs = people.filter((p) => isSurnameGenitive(word, surname(p)));
  if (chiefs.length !== 1) return null;
  const bare = people.filter((p) => p !== chiefs[0] && p.titles.some((t) => t.roles[0] === deputyWord || (deputyWord === 'зам' && t.roles[0] === 'заместитель')));
  return bare.length === 1 ? bare[0]!.name : null;
}
