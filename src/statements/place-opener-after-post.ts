// "MP for Point Fortin Name Name", "Mayor of Port Hallam Name Name", "Senator for Mount Isa Name Name": a place's name
// that opens with a word for a kind of place ("Point", "Port", "Fort", "Mount", "Cape", "Lake", "San", "St") is never
// that word alone, so the word after it is the place's too, not the holder's first name.
import type { Token } from './speaker-phrase.ts';

/** Words that open a place's name and need a name after them (lower case). */
const PLACE_OPENERS = new Set(['point', 'port', 'fort', 'mount', 'mt', 'cape', 'lake', 'san', 'santa', 'saint', 'st', 'glen', 'isle']);

/**
 * Whether `tokens[at]` (after a post's "for"/"of") opens a place's name and the capitalised word after it is the place's,
 * with a name of two words or more still after that.
 */
export function placeOpensWithKindWord(tokens: readonly Token[], at: number): boolean {
  const opener = tokens[at];
  const next = tokens[at + 1];
  return opener !== undefined && next !== undefined && PLACE_OPENERS.has(opener.lower.replace(/\.$/u, ''))
    && /^\p{Lu}\p{Ll}/u.test(next.text) && tokens.length - (at + 2) >= 2
    && tokens.slice(at + 2).every((t) => /^\p{Lu}/u.test(t.text));
}
