// Someone described by a common word for a person (by sex, age or kin) or for a work crew, opening a sentence: «Женщина
// сообщила, что …», «Молодая мама с третьего этажа рассказала», «Пожилой мужчина признался», «Бригада монтажников
// признается: …». The word's capital is the sentence's, not a surname's nor a body's, so the one who speaks is unnamed
// (a crew in the plural). Without this the lone capitalised word was read as a body's name («Женщина», organisation).
// Guards: the word from a closed list, in the nominative; only adjectives before it (lower case after the first word);
// after it, lower-case words (where from, whose crew) or a one-letter mark in quotation marks («смены «В»»), never a
// capitalised word, so «Мама Анны Сорокиной» and «Бригада «Уралстроя»» are left to the rules that read names and bodies.
// (After a quotation, a bare «— говорит женщина» is the one quoted: russian-people-by-sex-or-age.ts reads that, from the
// same list of words.)

import { SEX_OR_AGE_WORDS } from './russian-people-by-sex-or-age.ts';

/** Words for one person by sex or age (the one list, russian-people-by-sex-or-age.ts) or by kin, nominative singular. */
const PERSON_WORDS = new Set([...SEX_OR_AGE_WORDS, 'мама', 'папа', 'мать', 'отец', 'ребенок', 'ребёнок']);
/** The same in the plural, and words for a crew at work, nominative, lower case: a group. */
const GROUP_WORDS = new Set(['мужчины', 'женщины', 'мамы', 'бабушки', 'старики', 'подростки', 'бригада', 'бригады', 'экипаж']);

const ADJECTIVE = /^\p{L}\p{Ll}+(?:ый|ий|ой|ая|яя|ые|ие)$/u;

/**
 * Whether `words` (a subject as printed) are someone unnamed described by such a word: `null` when not, else whether a
 * group (plural) and the word itself (lower case), kept as the unnamed source's role.
 */
export function commonPersonWord(words: readonly string[]): { plural: boolean; word: string } | null {
  let k = 0;
  while (k < words.length && k < 2 && ADJECTIVE.test(words[k]!) && (k === 0 || /^\p{Ll}/u.test(words[k]!))) k++;
  const head = words[k];
  if (head === undefined || (k > 0 && !/^\p{Ll}/u.test(head)) || (k === 0 && !/^\p{Lu}\p{Ll}+$/u.test(head))) return null;
  const word = head.toLowerCase();
  const plural = GROUP_WORDS.has(word);
  if (!plural && !PERSON_WORDS.has(word)) return null;
  const after = words.slice(k + 1);
  // (Lower-case words, or one capital letter in quotation marks; no capitalised word: no name, no body's name.)
  if (after.length > 5 || !after.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) || /^[«"]?\p{Lu}[»"]?$/u.test(w))) return null;
  return { plural, word };
}
