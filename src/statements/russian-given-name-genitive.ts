// A first name of the list in the genitive singular («Татьяны», «Ирины», «Ольги», «Натальи») ends as a plural for people
// does («фермеры», «рыбаки»), so «По словам Татьяны Макарчук» — before a surname that does not decline — read as a group
// and the place it is from («Фермеры Сарыагаша»), unnamed. A listed name is a person's.

import { givenNameGender } from './given-names.ts';

/** Whether `word` is a first name of the list in the genitive singular (-ы, -и after г / к / х, -ьи). */
export function isGivenNameInGenitive(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:ы|[гкх]и|ьи)$/u.test(word)) return false;
  const nominative = word.replace(/ы$/u, 'а').replace(/([гкх])и$/u, '$1а').replace(/ьи$/u, 'ья');
  return givenNameGender(nominative) !== null;
}

/**
 * Whether `word` is a listed first name in the genitive singular, a woman's (as `isGivenNameInGenitive`) or a man's in
 * «-а» / «-я» («Ивана», «Игоря», «Сергея»: the nominative is the stem, or the stem with «-ь» / «-й»).
 */
export function isMansOrWomansGivenNameInGenitive(word: string): boolean {
  if (isGivenNameInGenitive(word)) return true;
  if (!/^\p{Lu}\p{Ll}+[ая]$/u.test(word)) return false;
  const stem = word.slice(0, -1);
  return [stem, `${stem}ь`, `${stem}й`].some((n) => givenNameGender(n) === 'm');
}
