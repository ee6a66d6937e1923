// "MP for Point Fortin Name Name", "Mayor of Port Hallam Name Name", "Senator for Mount Isa Name Name": a place's name
// that opens with a word for a kind of place ("Point", "Port", "Fort", "Mount", "Cape", "Lake", "San", "St") is never
// that word alone, so the word after it is the place's too, not the holder's first name.
// ("MLA for South Baffin Name Name", "Member for West Harrow Name Name": or a seat opened by a compass word, one word
// after it, then a name of exactly two words; not "for South East Cornwall", a second compass word, left as it was.)
import type { Token } from './speaker-phrase.ts';

/** Words that open a place's name and need a name after them (lower case). */
const PLACE_OPENERS = new Set(['point', 'port', 'fort', 'mount', 'mt', 'cape', 'lake', 'san', 'santa', 'saint', 'st', 'glen', 'isle']);
/** Compass words that open a seat's name (lower case). */
const COMPASS_OPENERS = new Set(['north', 'south', 'east', 'west', 'central', 'northeast', 'northwest', 'southeast', 'southwest']);

/**
 * Whether `tokens[at]` (after a post's "for"/"of") opens a place's name and the capitalised word after it is the place's,
 * with a name of two words or more still after that.
 */
export function placeOpensWithKindWord(tokens: readonly Token[], at: number): boolean {
  const opener = tokens[at];
  const next = tokens[at + 1];
  if (opener === undefined || next === undefined || !/^\p{Lu}\p{Ll}/u.test(next.text)) return false;
  const compass = /^\p{Lu}/u.test(opener.text) && COMPASS_OPENERS.has(opener.lower) && !COMPASS_OPENERS.has(next.lower)
    && tokens.length - (at + 2) === 2;
  return (PLACE_OPENERS.has(opener.lower.replace(/\.$/u, '')) || compass) && tokens.length - (at + 2) >= 2
    && tokens.slice(at + 2).every((t) => /^\p{Lu}/u.test(t.text));
}
