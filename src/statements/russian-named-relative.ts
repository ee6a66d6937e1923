// «Вера Кравец рассказала …. Ее муж добавил, что …» in a text that names him elsewhere («— сказал Борис Кравец»): a relative
// put by a possessive after a named person is not that person (the pronoun only says whose relative), but the one bearer
// of the family's surname, of the relation's sex, whom the text prints in full. Guards (each keeps a wrong reading out):
// the words right after the possessive are one family word and the verb (not «Ее сосед», russian-relations.ts, nor «Ее
// муж Name», named there); the possessive's referent was resolved to a full name; exactly one other full name in the
// nominative with that surname (or its other-sex form, -ов / -ова, -ин / -ина) is printed, its first name of the relation's
// sex (not the person herself, nor a second relative); otherwise the reading stays as it was.
import { escapeRegExp } from '../text/escape-reg-exp.ts';

/** Family words for a man, and for a woman (nominative singular); russian-relative-by-first-name.ts reads them too. */
export const MALE_KIN = new Set(['муж', 'супруг', 'сын', 'брат', 'отец', 'папа', 'внук', 'дедушка', 'племянник']);
export const FEMALE_KIN = new Set(['жена', 'супруга', 'дочь', 'сестра', 'мать', 'мама', 'внучка', 'бабушка', 'племянница']);

/** The family word right after a possessive «ее» / «его» and before the verb, with its sex; null for anything else. */
export function familyWordAfterPossessive(text: string, mentionStart: number, mentionEnd: number): 'm' | 'f' | null {
  if (!/^(?:ее|её|его)$/iu.test(text.slice(mentionStart, mentionEnd))) return null;
  // (The family word, then the verb, or the end of the clause after the quote it names: «— говорит ее дочь.», thirty-fourth
  // session; not a comma before a capital, «Ее муж, Борис Кравец, …», a name apposed.)
  const word = /^\s+(\p{Ll}+)(?:\s+\p{Ll}|\s*,(?!\s*\p{Lu})|\s*[.;!?]|\s*$)/u.exec(text.slice(mentionEnd, mentionEnd + 40))?.[1];
  if (!word) return null;
  return MALE_KIN.has(word) ? 'm' : FEMALE_KIN.has(word) ? 'f' : null;
}

/** Men's first names that end as women's do («Илья», «Никита»): read as men's. */
const MEN_IN_A = new Set(['Илья', 'Никита', 'Кузьма', 'Фома', 'Лука', 'Савва', 'Миша', 'Саша', 'Женя', 'Валера', 'Гоша']);

/** A first name's sex by its ending, when the surname («Кравец», «Шевчук») shows none: -а / -я a woman's, a consonant a man's. */
function firstNameSex(first: string): 'm' | 'f' | null {
  if (MEN_IN_A.has(first)) return 'm';
  if (/[ая]$/u.test(first)) return 'f';
  return /[бвгдзклмнпрстфхцчшщй]$/u.test(first) ? 'm' : null;
}

/** The surname's forms for both sexes: «Кравец» (undeclined) → itself; «Петрова» / «Петров» → both. */
function surnameForms(surname: string): string[] {
  const m = /^(.+(?:ов|ев|ёв|ин|ын))а?$/u.exec(surname);
  return m ? [m[1]!, `${m[1]}а`] : [surname];
}

/**
 * The relative the text names in full, by the resolved `person` («Вера Кравец») and the relative's sex; null unless
 * exactly one such bearer. `genderOf` is the caller's reading of a full name's sex.
 */
export function namedRelative(text: string, person: string, sex: 'm' | 'f', genderOf: (name: string) => 'm' | 'f' | null): string | null {
  const parts = person.split(' ');
  if (parts.length < 2) return null;
  const forms = surnameForms(parts.at(-1)!).map(escapeRegExp).join('|');
  const found = new Set<string>();
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}-])(\\p{Lu}\\p{Ll}+)\\s+(${forms})(?![\\p{L}-])`, 'gu'))) {
    const name = `${m[1]} ${m[2]}`;
    if (m[1] === parts[0] || (genderOf(name) ?? firstNameSex(m[1]!)) !== sex) continue;
    // (Nominative only: «сказал Борис Кравец», not «супругам Борису …»; a first name in the dative or instrumental ends so
    // (-у, -ю, -ом, -еем, -ой; not «Артем»), which a nominative first name does not; a genitive «Бориса» is not read as a man's.)
    if (/(?:у|ю|ом|еем|ой)$/u.test(m[1]!)) continue;
    found.add(name);
  }
  return found.size === 1 ? [...found][0]! : null;
}
