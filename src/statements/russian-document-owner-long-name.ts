// A document's owner printed as a body's full name of three words or more, in the genitive («В заключении Правительства
// Российской Федерации отмечается», «в письме Счетной палаты Российской Федерации», «в отзыве Министерства финансов
// Российской Федерации»): the phrase reader reads two words as a name and no more, so the whole is read as the body's
// name when its head word ("Правительства", "палаты") is a body's and a capitalised word follows it.

import type { Token } from './speaker-phrase.ts';

/**
 * Whether `tokens`, the words after a document's noun, are a body's name: a body's word among the first two
 * (`isBodyWord`; a capitalised adjective before it), a capitalised word after it, and no preposition (`isPreposition`) nor number anywhere.
 */
export function bodyNameInGenitive(tokens: readonly Token[], isBodyWord: (t: Token) => boolean, isPreposition: (t: Token) => boolean): boolean {
  if (tokens.length < 3 || tokens.length > 7) return false;
  const head = tokens.slice(0, 2).findIndex(isBodyWord);
  // (The head word may open it in lower case, «правительства Российской Федерации»; an adjective before it is capitalised.)
  if (head < 0 || (head > 0 && !/^\p{Lu}\p{Ll}/u.test(tokens[0]!.text))) return false;
  if (tokens.some((t) => isPreposition(t) || !/^\p{L}[\p{L}-]*$/u.test(t.text))) return false;
  return tokens.slice(head + 1).some((t) => /^\p{Lu}/u.test(t.text));
}
