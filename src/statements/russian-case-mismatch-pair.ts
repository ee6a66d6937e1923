// «Колокольню Воскресенского храма восстановили …»: a sentence opening with its object, a feminine noun in the accusative,
// then a genitive adjective's capital; the two capitalised words were read as a first name and a surname, and that person
// then took a quotation a bare post («— добавил священник») gave to no one else. Thirty-sixth session, a seventh probe of
// Russian speakers (dev d1780). A person's two name words agree in case: «Марию Воскресенскую», «Николаю Воскресенскому»,
// «Игоря Воскресенского»; a first word ending «-ю» / «-у» before a second ending «-ого» / «-его» never does.
// Guards: exactly two Cyrillic words, both capitalised; the first ending «-ю» or «-у», the second «-ого» or «-его».

import type { Token } from './speaker-phrase.ts';

/** Whether the two words are an accusative or dative noun before a genitive adjective, no person's name. */
export function isCaseMismatchPair(all: readonly Token[]): boolean {
  if (all.length !== 2) return false;
  const [first, second] = [all[0]!.text, all[1]!.text];
  return /^[\u0410-\u042F\u0401][\u0430-\u044F\u0451]+[юу]$/u.test(first) && /^[\u0410-\u042F\u0401][\u0430-\u044F\u0451]+(?:ого|его)$/u.test(second);
}
