// A peer in British parliamentary copy: "Lord Haverigg of Millom", "Baroness Kell of Ardmore (Crossbench)". The "of
// Place" is the territorial designation, part of the peerage title like "Lord" itself, so the peer's name is the one
// word after the title ("Lord Haverigg" later, "Haverigg" as the canonical name), not a body "Haverigg of Millom".
import type { SpeakerPhrase, Token } from './speaker-phrase.ts';
import { isCapitalisedWord } from './token-forms.ts';
import { ROLE_MODIFIERS, ROLE_NOUNS } from './vocabulary.ts';

/** Titles of the peerage printed before a peer's name. */
const PEERAGE_TITLES = new Set(['Lord', 'Lady', 'Baroness', 'Baron', 'Viscount', 'Viscountess', 'Earl', 'Countess']);

/**
 * The peer `tokens` are, when they are a peerage title, one capitalised name, "of" and one to three capitalised words
 * (the place, perhaps the peer's bench after it in brackets); null otherwise. ("Lord Mayor of London Name", "Lord Chief
 * Justice": a post's words after "Lord" are not a name.)
 */
export function peerWithDesignation(tokens: readonly Token[]): SpeakerPhrase | null {
  const title = tokens[0];
  const name = tokens[1];
  if (!title || !PEERAGE_TITLES.has(title.text) || !isCapitalisedWord(name) || tokens[2]?.text !== 'of') return null;
  if (ROLE_NOUNS.has(name!.lower) || ROLE_MODIFIERS.has(name!.lower)) return null;
  const place = tokens.slice(3);
  if (place.length < 1 || place.length > 3 || !place.every(isCapitalisedWord)) return null;
  return { kind: 'name', name: [name!.base], roles: [], qualifier: null, start: name!.start, end: tokens.at(-1)!.end };
}
