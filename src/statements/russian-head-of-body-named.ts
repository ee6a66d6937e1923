// «По словам главы кооператива Ивана Сомова, …», «по словам судьи района Ирины Лосевой»: «главы» and «судьи» are the
// genitive singular of «глава» / «судья» as well as a plural, so «главы <body's word> Name Surname» was read as a group
// of people of a body («Синоптики Мурманского УГМС»), unnamed. A first name and surname in the genitive after the body's
// word make it one person, the head named, read as «директора комбината Name Surname» is (forty-second session).
import { isMansOrWomansGivenNameInGenitive } from './russian-given-name-genitive.ts';
import type { WrittenWord } from './written-word.ts';

/**
 * Whether `words` are «главы» / «судьи», then one to two words of whose post it is, then a first name and surname in the
 * genitive. Guards: those two words first; the last two words capitalised, the first of them a listed first name.
 */
export function isHeadOfBodyNamed<W extends WrittenWord>(words: readonly W[]): boolean {
  return words.length >= 4 && words.length <= 5 && /^(?:главы|судьи)$/u.test(words[0]!.lower)
    && words.slice(-2).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))
    && isMansOrWomansGivenNameInGenitive(words.at(-2)!.text);
}
