// «Эстонский вице-канцлер по цифровому развитию Name Surname», «Еврокомиссар по энергетике Name Surname»: a post the role
// lists do not know, with «по» and what it is for, before a full name. The parser's rule that a preposition before a
// name makes the words a place («представитель России в Женеве …» aside) let only a known post through, so the phrase was
// no speaker, and a capitalised adjective of place opening it («Эстонский», «Литовский») was read as a body (thirty-first
// session's foreign-names probe left it; thirty-second session). The phrase is read without the «по …» stretch.
// Guards: no word before «по» a post the lists know (those read as before); before «по» one lower-case word (capitalised
// only opening the phrase), perhaps after
// one capitalised adjective; after it one to four lower-case words, no preposition; then exactly two capitalised words
// ending the phrase; the reading without the stretch a person's name ending at the phrase's last word, else nothing
// changes («Комитет по туризму Республики Коми» is no name and reads as before).
// Thirty-third session (a fourth probe of Russian speakers): «Его коллега по фракции Name Surname», «Ее соседка по
// палате Name Surname»: a possessive and a word for a tie to someone, «по» and what they share, then a full name, is that
// person (the phrase was no speaker, and its first words alone, «Его коллега по фракции», an unnamed colleague). The
// relation word is let through the guard for a known post («коллега» is listed). Guards: only the possessive and one of
// the singular relation words before «по» (russian-relations.ts); the rest as above, so «Его коллега по фракции» with no
// name after it stays an unnamed colleague.

import { isOwnedRelationWord } from './russian-relations.ts';
import type { SpeakerPhrase, Token } from './speaker-phrase.ts';

export function postWithPoBeforeName(all: readonly Token[], parse: (words: Token[]) => SpeakerPhrase | null,
  isPreposition: (t: Token) => boolean, isKnownPost: (t: Token) => boolean, isBodyWord: (t: Token) => boolean): SpeakerPhrase | null {
  // (Forty-fifth session: «Его коллега из соседнего села Name Surname», «Ее соседка из третьего подъезда Name Surname»:
  // «из» and where they are from, read as «по» is, only after a possessive and a relation word; see `related` below.)
  const po = all.findIndex((t) => t.lower === 'по' || t.lower === 'из');
  if (po < 1 || po > 2) return null;
  const from = all[po]!.lower === 'из';
  const before = all.slice(0, po);
  const noun = before.at(-1)!;
  // (The noun may open the sentence with its capital, «Еврокомиссар по энергетике Name».)
  const shaped = po === 1 ? /^\p{L}\p{Ll}+(?:-\p{Ll}+)?$/u : /^\p{Ll}+(?:-\p{Ll}+)?$/u;
  if (!shaped.test(noun.text) || isPreposition(noun) || isBodyWord(noun)) return null;
  const related = po === 2 && isOwnedRelationWord(before[0]!.text, noun.text);
  if (from && !related) return null;
  if (po === 2 && !related && !/^\p{Lu}\p{Ll}+(?:ский|цкий|ская|цкая|ской|ный|ная)$/u.test(before[0]!.text)) return null;
  if (!related && before.some(isKnownPost)) return null;
  const name = all.slice(-2);
  if (all.length - po - 1 - 2 < 1 || all.length - po - 1 - 2 > 4) return null;
  const what = all.slice(po + 1, -2);
  if (!what.every((t) => /^\p{Ll}+$/u.test(t.text) && !isPreposition(t))) return null;
  if (!name.every((t) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(t.text))) return null;
  const read = parse([...before, ...name]);
  return read?.kind === 'name' && read.end === all.at(-1)!.end ? { ...read, start: Math.min(read.start, all[0]!.start) } : null;
}
