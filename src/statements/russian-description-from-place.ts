// «Мама двухлетнего ребенка из Екатеринбурга Анна Лыкова рассказала», «Владелица небольшой пекарни из Ижевска Name Surname»:
// a description the rules know as no post (a capitalised word and one to three lower-case words, whose or what), then
// where the person is from («из» / «с» / «со» and one capitalised word), then a full name. The words are a description and
// the name the person's; read without the name, the description was an unnamed parent or person (thirty-first session).
// Guards: the first word no body's word or letters (checked by the caller), only lower-case words without a preposition
// between it and «из», the place one capitalised word that is no listed first name (so «… из Анны Петровой» stays out),
// and a listed first name opening the two-word name (checked by the caller).

import { givenNameGender } from './given-names.ts';

/** Whether `title` (the words before a two-word name, as printed) is such a description and the place the person is from. */
export function isDescriptionFromPlace(title: readonly string[], prepositions: ReadonlySet<string>): boolean {
  if (title.length < 4 || title.length > 6) return false;
  const from = title.length - 2;
  if (!['из', 'с', 'со'].includes(title[from]!)) return false;
  const place = title[from + 1]!;
  if (!/^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)*$/u.test(place) || givenNameGender(place) !== null) return false;
  return /^\p{Lu}\p{Ll}+$/u.test(title[0]!) && title.slice(1, from).every((w) => /^\p{Ll}+$/u.test(w) && !prepositions.has(w));
}
