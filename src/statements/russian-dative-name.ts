// A Russian full name with a patronymic printed in the dative ("приговор … Олегу Викторовичу Лапшину", "вручили
// Анне Сергеевне Вайнштейн"), put in the nominative. Court and award copy prints whom a sentence or prize went to in the
// dative; a later "Сам Лапшин" or "сказал подсудимый" means that person, by the name's nominative.

import { givenNameGender } from './given-names.ts';

/** Whether a patronymic is in the dative (a man's "Викторовичу"; a woman's "Сергеевне", also her prepositional). */
export function isDativePatronymic(word: string): boolean {
  return /\p{Ll}(?:[оеє]вич|ьич|ич)у$/u.test(word) || /\p{Ll}(?:[оеє]вн|ичн|иничн)е$/u.test(word);
}

// (Forty-fourth session: these ending tables are the one set for a name put back from the dative;
// russian-name-case-from-post.ts reads them too, a woman's surname by WOMANS_SURNAME_DATIVE alone, so that «Бите» stays.)
/** A man's name word out of the dative, first match: «Рыбину» → Рыбин, «Пятницкому» → Пятницкий, «Игорю» → Игорь. */
export const MANS_DATIVE: readonly (readonly [RegExp, string])[] = [
  [/(ов|ев|ёв|ин|ын)у$/u, '$1'], [/([сц]к)ому$/u, '$1ий'], [/ому$/u, 'ой'], [/ию$/u, 'ий'], [/ею$/u, 'ей'], [/ою$/u, 'ой'],
  [/([лрн])ю$/u, '$1ь'], [/([бвгдзклмнпрстфхжшчщц])у$/u, '$1'], [/ичу$/u, 'ич'],
];
const MAN = MANS_DATIVE;
// (Forty-second session: a woman's name in «-ья» has its dative in «-ье», «Дарье», «Наталье» → Дарья, Наталья; it had been
// put back as «Дарьа», a name no one bears, and her later sayings missed her.)
/** A woman's surname out of the dative: «Зуевой» → Зуева, «Липецкой» → Липецкая. */
export const WOMANS_SURNAME_DATIVE: readonly (readonly [RegExp, string])[] = [[/(ов|ев|ёв|ин|ын)ой$/u, '$1а'], [/([сц]к)ой$/u, '$1ая']];
/** A woman's first name or patronymic out of the dative: «Агнии» → Агния, «Сергеевне» → Сергеевна, «Дарье» → Дарья, «Анне» → Анна. */
// («Зое», «Майе»: a name in «-оя» / «-йя» has its dative in «-ое» / «-йе», put back as «Зоа» before the forty-fourth session.)
export const WOMANS_GIVEN_DATIVE: readonly (readonly [RegExp, string])[] = [
  [/ии$/u, 'ия'], [/(вн|чн)е$/u, '$1а'], [/ье$/u, 'ья'], [/([ой])е$/u, '$1я'], [/([^и])е$/u, '$1а'],
];
const WOMAN = [...WOMANS_SURNAME_DATIVE, ...WOMANS_GIVEN_DATIVE];

/** A word by the first rule of `table` that fits it; as printed when none does. */
export function byDativeTable(word: string, table: readonly (readonly [RegExp, string])[]): string {
  for (const [re, to] of table) if (re.test(word)) return word.replace(re, to);
  return word;
}

/** The name in the nominative, each word by the man's or woman's dative its patronymic shows; words that do not decline stay. */
export function nominativeFromDative(name: readonly string[]): string[] {
  const patronymic = name.find(isDativePatronymic);
  const rules = patronymic && /у$/u.test(patronymic) ? MAN : WOMAN;
  return name.map((word) => byDativeTable(word, rules));
}

/**
 * A first name and a surname in the dative, no patronymic («начальнику цеха Геннадию Рыбину», «Анне Ткачук»), in the
 * nominative: a man's by the first name's «-у» / «-ю», a woman's by its «-е» / «-и»; null when the first name shows neither.
 */
export function nominativeFromDativeNoPatronymic(name: readonly [string, string]): string[] | null {
  const rules = /[ую]$/u.test(name[0]) ? MAN : /[еи]$/u.test(name[0]) ? WOMAN : null;
  if (!rules) return null;
  return name.map((word) => byDativeTable(word, rules));
}

/** A first name and surname both showing the dative, a man's «-ю / -у» and «-ому / -ему / -ову / -еву / -ину», a woman's «-е / -и» and «-ой / -ей». */
const DATIVE_FULL_NAME = /^(?:\p{Lu}\p{Ll}+[ую]\s+\p{Lu}\p{Ll}+(?:ому|ему|ову|еву|ёву|ину|ыну)|\p{Lu}\p{Ll}+[еи]\s+\p{Lu}\p{Ll}+(?:ой|ей))$/u;

/**
 * «Андрею Пятницкому», «Ирине Зуевой»: a full name of two words both in the dative, in the nominative; else null. A
 * woman's accusative ends the same way («наградили Ирину Седову»): a first word whose «-у / -ю» put back to «-а / -я» is
 * a woman's listed first name is hers, not a man's dative, and stays null.
 */
export function dativeFullNameNominative(name: readonly string[]): string[] | null {
  if (name.length !== 2 || !DATIVE_FULL_NAME.test(name.join(' '))) return null;
  if (givenNameGender(name[0]!.replace(/у$/u, 'а').replace(/ю$/u, 'я')) === 'f') return null;
  return nominativeFromDativeNoPatronymic([name[0]!, name[1]!]);
}

/**
 * (Forty-fifth session, sixteenth Russian speaker probe.) «Роль досталась выпускнице института Анне Ким», «письмо передали
 * Ирине Коваленко»: a woman's first name in the dative or prepositional «-е» / «-ье» before a surname that does not decline
 * (a consonant that is no «-ов» / «-ин», a vowel, «-их» / «-ых»), put in the nominative, the surname as printed; the later
 * «— рассказала актриса», «Ким добавила» name «Анна Ким». Null unless the first name put back is one the list holds for a
 * woman and the printed form is none the list holds («Анне» is no nominative of the list).
 */
export function womansDativeBeforeUndeclinedSurname(name: readonly string[]): string[] | null {
  if (name.length !== 2) return null;
  const [first, surname] = name as [string, string];
  if (!/^\p{Lu}\p{Ll}+(?:[бвгдзклмнпрстфхжшчщц]е|ье)$/u.test(first) || !/^\p{Lu}\p{Ll}+$/u.test(surname)) return null;
  const undeclined = /(?:[иы]х|[оиуэю])$/u.test(surname) || (/[бвгджзклмнпрстфхцчшщ]$/u.test(surname) && !/(?:ов|ев|ёв|ин|ын)$/u.test(surname));
  if (!undeclined) return null;
  const given = byDativeTable(first, WOMANS_GIVEN_DATIVE);
  return givenNameGender(given) === 'f' && givenNameGender(first) === null ? [given, surname] : null;
}
