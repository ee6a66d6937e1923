/**
 * "Fine Gael's Declan Furlong", "The Scottish Conservatives' Hamish Laidlaw", "the Greens' Ana Ruiz": an owner of
 * capitalised words (a party, a body, a place) ending in a possessive, "'s" or a plural's bare apostrophe, before a
 * person's name, with or without a post between ("Sinn Féin's health spokesman Name"). The owner is no part of the
 * name: the person is the name after it. (A one-word owner, "Labour's Name", was read already; two words, or a plural's
 * apostrophe the tokenizer does not mark possessive, were taken into the name or taken for it.)
 *
 * ("The Green Party's Name Name", "The Ohio School Boards Association's Name Name": a body's full name as the owner, read
 * before as the body speaking.)
 *
 * Guards: only where the phrase as printed read as a name holding an owner's word, or as the owner body itself (or did
 * not read at all); the part after the owner must read as a name of two or more words by itself ("The Green Party's
 * spokesman" stays the party's); the owner at most five capitalised words after an optional "the"; "Name's" alone at
 * the end is no owner (nothing after it).
 */
import type { SpeakerPhrase, Token } from './speaker-phrase.ts';

export function ownerBeforeName(
  tokens: readonly Token[],
  phrase: SpeakerPhrase | null,
  parse: (rest: Token[]) => SpeakerPhrase | null,
  key: (word: string) => string,
): SpeakerPhrase | null {
  if (tokens.length < 3) return null;
  const from = /^the$/iu.test(tokens[0]!.text) ? 1 : 0;
  // The owner's last word: the first possessive within five capitalised words.
  let end = -1;
  for (let k = from; k < Math.min(tokens.length, from + 5); k++) {
    const t = tokens[k]!;
    if (!/^\p{Lu}/u.test(t.text)) return null;
    if (t.possessive || t.pluralPossessive) {
      end = k;
      break;
    }
  }
  if (end < 0 || end >= tokens.length - 2) return null;
  const owner = tokens.slice(from, end + 1);
  // (Guard: a one-word "'s" owner was read already, "Labour's Name": only where the reading took the owner in, as a name
  // or as the body speaking, "The Grocers Council's Name Name" read as the council.)
  const ownerWords = new Set(owner.flatMap((o) => [o.base, o.text]));
  const tookOwner = phrase?.kind === 'name' ? phrase.name.some((w) => ownerWords.has(w))
    : phrase?.kind === 'organisation' && !!phrase.body && phrase.body.split(/\s+/u).every((w) => ownerWords.has(w));
  if (phrase && !tookOwner) return null;
  const rest = tokens.slice(end + 1);
  const who = parse(rest);
  if (who?.kind !== 'name' || who.name.length < 2) return null;
  if (who.name.some((w) => owner.some((o) => o.base === w || o.text === w))) return null;
  return { ...who, qualifier: who.qualifier ?? key(owner[0]!.base), start: tokens[0]!.start, end: tokens.at(-1)!.end };
}
