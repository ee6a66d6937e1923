// A Georgian man's given name printed in «-ги» / «-ки» / «-хи» («Гиорги», a name that does not decline in Russian copy)
// ends as a woman's genitive does («Ольги», «Ники»), so «— говорит фермер Гиорги Name-дзе» was read as «Гиорга». Before
// a Georgian or Abkhaz surname («-дзе», «-швили», «-ава», «-ия», «-уа», «-ани», «-ули», «-ели», which do not decline
// either) and when the genitive's nominative is no woman's name of the list, the name is as printed. Forty-fifth session,
// test-63 r09.

import { givenNameGender } from './given-names.ts';

/** Surname endings of Georgian and Abkhaz names (as `russianGender` has them), which Russian copy does not decline. */
const CAUCASIAN_SURNAME_RE = /(?:швили|дзе|ава|ия|уа|ани|ули|ели)$/u;

/** Whether `first` («Гиорги») before `surname` is a man's nominative in «-и», not a woman's genitive («Ольги Беридзе»). */
export function isGeorgianMansNameInI(first: string, surname: string): boolean {
  if (!/^\p{Lu}\p{Ll}+[гкх]и$/u.test(first) || !CAUCASIAN_SURNAME_RE.test(surname)) return false;
  return givenNameGender(first.replace(/и$/u, 'а')) !== 'f';
}
