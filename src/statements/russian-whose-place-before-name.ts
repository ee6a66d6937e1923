// «Староста Заречья Валентина Гусева», «Экс-игрок сборной России Марат Шуклин»: a word for what a person is, then whose
// place or team it is, one capitalised word in the genitive, then the full name. The capitalised genitive is no part of
// the name (read so, the name came out «Заречья Валентина», «Россия Марат»); the whole stretch is a description.
// Not a listed first name (a three-word name «Певица Анна Мария Сантос» keeps «Анна» as a name's).

import { givenNameGender } from './given-names.ts';

// (The genitive singular of a place's or a country's name: «Заречья», «России», «Москвы», «Тюмени», «Омска», «Якутии».)
const PLACE_GENITIVE_RE = /^\p{Lu}\p{Ll}{1,}(?:ья|ии|ы|[бвгдзклмнпрстфхцжшчщ]и|[бвгдзклмнпрстфхцжшчщ]а)$/u;

/** Whether `word`, the last word of a description before a full name, is a place's name in the genitive. */
export function isWhosePlaceBeforeName(word: string): boolean {
  return PLACE_GENITIVE_RE.test(word) && givenNameGender(word) === null;
}
