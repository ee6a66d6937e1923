// «Ее сосед, 70-летний Василий Шмелев, держит пасеку. «…», — добавил он.», «Его напарник, Олег Рудаков, рассказал»: a
// possessive and a word for a tie to someone or for kin, then, after a comma, perhaps an age, a full name: that named
// person. The phrase was read as an unnamed neighbour (the possessive and the relation word alone), so the pronoun after
// it went unnamed too. Thirty-sixth session, a seventh probe of Russian speakers (dev d1776).
// Guards: the possessive «его» / «ее» / «её» first; the relation word singular (russian-relations.ts) or a kin word
// (russian-relative-by-first-name.ts); a comma's gap after it, two or three characters (so «Его коллега по фракции Name
// Surname», which russian-post-with-po.ts reads without «по фракции», keeps that rule's reading: dev d1592); at most one
// age word («70-летний», «52-летняя»); then exactly two capitalised Cyrillic words ending the phrase, no body's word. With
// no name after the comma the phrase reads as before.

import { isOwnedRelationWord } from './russian-relations.ts';
import { isKinWord } from './russian-relative-by-first-name.ts';
import type { SpeakerPhrase, Token } from './speaker-phrase.ts';

export function relationThenFullName(all: readonly Token[], isBodyWord: (t: Token) => boolean): SpeakerPhrase | null {
  if (all.length < 4 || all.length > 5 || !/^(?:его|ее|её)$/u.test(all[0]!.lower)) return null;
  const relation = all[1]!.text.toLowerCase();
  if (!isOwnedRelationWord(all[0]!.text, relation) && !isKinWord(relation)) return null;
  // (A comma and a space between, no more: not the words another rule joined across a gap, «Его коллега [по фракции] Name».)
  const gap = all[2]!.start - all[1]!.end;
  if (gap < 2 || gap > 3) return null;
  let at = 2;
  if (all.length === 5) {
    if (!/^\d{1,3}-летн(?:ий|яя)$/u.test(all[2]!.text)) return null;
    at = 3;
  }
  const name = all.slice(at);
  if (name.length !== 2 || !name.every((t) => /^[\u0410-\u042F\u0401][\u0430-\u044F\u0451]+(?:-[\u0410-\u042F\u0401][\u0430-\u044F\u0451]+)?$/u.test(t.text) && !isBodyWord(t))) return null;
  return { kind: 'name', name: name.map((t) => t.text), roles: [relation], qualifier: null, start: all[0]!.start, end: name[1]!.end };
}
