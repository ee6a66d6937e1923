// Small tests and forms of one token that the rules on place names, posts and bodies share.
import type { Token } from './speaker-phrase.ts';

/** A capitalised word, not a possessive: "Amazonas", "Wali" (not "Brazil's", "EU", "of"). */
export const isCapitalisedWord = (t: Token | undefined): t is Token => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text) && !t.possessive;

/** The token with its possessive's ending dropped: "ministry's" → "ministry" (its span shortened to match). */
export const withoutPossessive = (t: Token): Token => ({ ...t, text: t.base, lower: t.base.toLowerCase(), possessive: false, end: t.start + t.base.length });
