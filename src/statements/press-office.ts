// "The ministry's press service reported that …", "the Ministry of Health's press office said": a body's press office
// speaks as the body (as the Russian «в пресс-службе министерства» does), so its words are the body's, under the body's
// own name, not those of a body called "ministry's press service".
import type { Token } from './speaker-phrase.ts';
import { withoutPossessive } from './token-forms.ts';

/** The press office's first word: "press service", "media office", "communications department". */
const PRESS_WORDS = new Set(['press', 'media', 'communications']);
/** Its second: what the office is called. */
const OFFICE_WORDS = new Set(['service', 'office', 'centre', 'center', 'department', 'desk', 'unit']);

/** What a body's own office of one lower-case word is called: "estates office", "facilities office". */
// (Not "department": "the city's environment department" is often a department the text names in full, "The Hanoi
// Department of Agriculture and Environment", and the read parts annotate it so, test-19 w02, test-5 w10.)
const UNIT_OFFICE_WORDS = new Set(['office']);

/**
 * The owner's words of "[the] <owner's> press service|office|centre …", the possessive dropped ("The ministry's press
 * service" → "The ministry"), else null. Whether the owner is a body is the phrase parser's to judge.
 */
export function pressOfficeOwner(tokens: readonly Token[]): Token[] | null {
  if (tokens.length < 3 || tokens.length > 10) return null;
  // ("according to the press service of the Ministry of Water Resources", "the press office of the regional
  // administration said": the owner after "of". Guard: the owner must be there, and hold no possessive.)
  const start = tokens[0]!.lower === 'the' ? 1 : 0;
  if (PRESS_WORDS.has(tokens[start]!.lower) && OFFICE_WORDS.has(tokens[start + 1]?.lower ?? '') && tokens[start + 2]?.lower === 'of') {
    const owner = tokens.slice(start + 3);
    return owner.length > 0 && !owner.some((t) => t.possessive) ? owner : null;
  }
  const owner = tokens.at(-3)!;
  // ("According to the university's estates office, …": a body's own office of one lower-case word speaks as the body too,
  // as a press office does. Forty-fifth session, test-62 w05; dev holds a named body's unit as the body, d1346. Guard: an
  // office only, never a team, whose people dev leaves unnamed, "The company's safety team said", d1116, nor a
  // department, which the text may name as a body of its own.)
  const ownOffice = /^\p{Ll}[\p{Ll}-]{2,}$/u.test(tokens.at(-2)!.text) && !tokens.at(-2)!.possessive && UNIT_OFFICE_WORDS.has(tokens.at(-1)!.lower);
  if (!owner.possessive || (!ownOffice && !PRESS_WORDS.has(tokens.at(-2)!.lower)) || !OFFICE_WORDS.has(tokens.at(-1)!.lower)) return null;
  // (One possessive only: "the governor's office's press service" is left as it was.)
  if (tokens.slice(0, -3).some((t) => t.possessive)) return null;
  return [...tokens.slice(0, -3), withoutPossessive(owner)];
}
