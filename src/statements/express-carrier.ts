// "Gozo Channel Express said in a notice that …": a carrier or courier named "… Express" ends its name in a word that is
// also a verb of speech ("express concern that"), so the phrase parser, which drops any name holding a verb of speech
// ("LAVROV SAYING" in upper-case copy), read no speaker at all and the clause was lost. In mixed-case copy a capitalised
// "Express" after the name's first word is the name's last word, and a body's: no person's surname is spelled so.
// Guards: only in mixed-case copy (all capitals cannot tell a verb from a name); only capitalised, never "express"; only
// after a first name word (never opening the phrase, where "Express concern …" could open a headline); only the carrier's
// word, not the other verbs of speech ("Says", "Warns" in a title-case headline stay verbs).
import type { Token } from './speaker-phrase.ts';

/** The last words of a carrier's or courier's name that are also verbs of speech. */
export const EXPRESS_CARRIER_ENDS: readonly string[] = ['express'];

/** Whether `t`, inside a name (after its first word), is a carrier's "Express" rather than a verb of speech. */
export function isCarrierWordInName(t: Pick<Token, 'text' | 'lower'>, allCaps: boolean): boolean {
  return !allCaps && /^\p{Lu}\p{Ll}+$/u.test(t.text) && EXPRESS_CARRIER_ENDS.includes(t.lower);
}
