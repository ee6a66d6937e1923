// «— говорит резчица рыбы Ирина, попросившая не называть ее фамилию», «— рассказал сторож стоянки Олег»: a word for a
// person by what they do (by its ending, no post the rules know), perhaps what or whose in lower-case genitives, then one
// first name alone: the person is named by it, as the development part names «Продавец Тимофей» or «пенсионер Виктор».
// Guards: the capitalised word is a first name the rules list, of the same gender as the word for the person (so that
// «сторож Заречья», a place in the genitive, or «резчица Иван», no person, stay unread); the words between are lower case
// and no preposition.
import { givenNameGender } from './given-names.ts';

/** A lower-case genitive (singular or plural) between the word for a person and the name: «рыбы», «стоянки», «цеха». */
const GENITIVE = /^\p{Ll}{2,}(?:ы|и|а|я|ов|ев|ей|ого|его|ой|ей|ых|их)$/u;

/**
 * Whether `noun`, then `between` (lower-case genitives), then `first` is a word for a person and their first name:
 * `isPeopleNoun` says the noun is one, `gender` its gender.
 */
export function isPeopleNounAndFirstName(noun: string, between: readonly string[], first: string, isPeopleNoun: boolean, gender: 'f' | 'm', opensSentence = false): boolean {
  // («Студентка НГУ Маша, которая …, вспоминает»: the word may open the sentence, capitalised, and whose may be a body's
  // letters, one acronym; guard: the first name still listed and of the word's gender.)
  if (!isPeopleNoun || between.length > 2 || !(/^\p{Ll}/u.test(noun) || opensSentence)) return false;
  if (!between.every((w) => GENITIVE.test(w) || (between.length === 1 && /^\p{Lu}{2,5}$/u.test(w)))) return false;
  return givenNameGender(first) === gender;
}
