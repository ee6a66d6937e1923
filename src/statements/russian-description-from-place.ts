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
  // (Thirty-eighth session: «жилец дома на улице Ленина Name Surname», «хозяйка кафе на проспекте Мира Name Surname»: where
  // they live or work, «на» and a street's word in the locative and its name, the same; the street's name had been read as
  // a body («Ленина»). Guards: one to three lower-case words before «на» (the first may be capitalised, opening a
  // sentence), no preposition among them; the street's name capitalised and no listed first name.)
  const street = title.length - 3;
  if (title[street] === 'на' && /^(?:улице|проспекте|площади|набережной|бульваре|переулке|шоссе)$/u.test(title[street + 1]!)) {
    const name = title[street + 2]!;
    return /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)*$/u.test(name) && givenNameGender(name) === null && /^\p{L}\p{Ll}+$/u.test(title[0]!)
      && title.slice(0, street).every((w, k) => (k === 0 || /^\p{Ll}+$/u.test(w)) && !prepositions.has(w.toLowerCase()));
  }
  const from = title.length - 2;
  if (!['из', 'с', 'со'].includes(title[from]!)) return false;
  const place = title[from + 1]!;
  if (!/^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)*$/u.test(place) || givenNameGender(place) !== null) return false;
  return /^\p{Lu}\p{Ll}+$/u.test(title[0]!) && title.slice(1, from).every((w) => /^\p{Ll}+$/u.test(w) && !prepositions.has(w));
}
