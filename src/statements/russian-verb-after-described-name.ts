// «Оператор пульта управления Светлана Кулагина пришла в цех восемь лет назад»: a sentence that opens with words the
// rules know as no post (a description in lower-case genitives), then a listed first name and a surname, then a
// lower-case word. That word is the verb, as after a post; read through it, the words ran on into a body's name
// («… Кулагина пришла»), and a later «она» had no one to point back at.

import { givenNameGender } from './given-names.ts';
import type { Token } from './speaker-phrase.ts';
import { RU_PREPOSITIONS } from './vocabulary-ru.ts';

/** The index of the verb after a description and a listed first name and surname opening `tokens`, or -1. */
export function verbAfterDescribedName(tokens: readonly Token[]): number {
  // (At most four words of description: «Оператор пульта управления», «Мастер участка сборки».)
  for (let k = 3; k < Math.min(tokens.length, 7); k++) {
    const word = tokens[k]!;
    if (!/^\p{Ll}+$/u.test(word.text)) continue;
    const [first, surname] = [tokens[k - 2]!, tokens[k - 1]!];
    const named = /^\p{Lu}\p{Ll}+$/u.test(surname.text) && givenNameGender(first.text) !== null;
    const described = /^\p{Lu}\p{Ll}+$/u.test(tokens[0]!.text) && tokens.slice(1, k - 2).every((t) => /^\p{Ll}+$/u.test(t.text) && !RU_PREPOSITIONS.has(t.lower));
    if (named && described && !RU_PREPOSITIONS.has(word.lower)) return k;
  }
  return -1;
}
