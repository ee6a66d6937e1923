// A member's letters printed in capitals between the seat and the name: "Dwyfor Meirionnydd MS Name Name said" (a
// member of the Welsh Senedd), "Kapseret Ward MCA Name said". "MS" is spelled as the courtesy title "Ms", which is
// dropped from a name; written in capitals after a capitalised word and before a name, it is the member's post, so the
// seat is no part of the name. "Douglas North MHK Name said" (a member of the Isle of Man's House of Keys) likewise: letters
// in no role list, so the seat, the letters and the name read as one long name.
// The same letters end a description set after a name, with the party or seat before them and no name after: "Name, a
// Labour MS, said", "Name, Plaid Cymru MS for Arfon": the post, not a person "Labour Ms" (guard: capitals as printed,
// and a capitalised word with lower-case letters before them, so all-capitals copy and "Ms Name" are untouched).
import type { Token } from './speaker-phrase.ts';

/** A member's letters written after the seat: ones a courtesy title spells ("MS"), and ones no role list holds ("MHK"). */
const SEAT_LETTERS_SPELLED_AS_TITLES = new Set(['MS', 'MHK']);

/**
 * Whether `tokens[i]` is a member's letters after a capitalised seat or party, before a capitalised name or ending the
 * phrase (not all-capitals copy).
 */
export function isSeatMemberLetters(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const seat = tokens[i - 1];
  const name = tokens[i + 1];
  return !!t && !!seat && SEAT_LETTERS_SPELLED_AS_TITLES.has(t.text)
    && /^\p{Lu}\p{Ll}/u.test(seat.text) && !seat.possessive && (name ? /^\p{Lu}\p{Ll}/u.test(name.text) : true);
}

/** The tokens with a seat's member letters read as the post "member" (the rest as they are). */
export function withSeatMemberLetters(tokens: Token[]): Token[] {
  if (!tokens.some((t) => SEAT_LETTERS_SPELLED_AS_TITLES.has(t.text))) return tokens;
  return tokens.map((t, i) => (isSeatMemberLetters(tokens, i) ? { ...t, lower: 'member' } : t));
}
