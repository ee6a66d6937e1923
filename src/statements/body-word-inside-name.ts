// "Humane Society Yukon", "Kettle River Animal Society Okanagan", "Forest Watch Michoacán", "Cyclists Union Zeeland": a
// body's word inside capitalised words, followed by the place or the branch it serves, names a body as surely as one at
// the end ("Amnesty International"); speaker-phrase.ts reads names ending in a body's word, this reads one inside them
// (thirty-fourth session, test-47's readings: no list of bodies).
// Guards: three words or more; the body's word neither the first nor the last, and at most two words after it; the name's
// first word no given name ("Margaret Society Hale" would be a person's, however unlikely); the words a strict set of
// bodies' heads nobody is called by ("society", "association", "federation", "exchange", "foundation", "watch"…), not
// trade words a surname may be ("Mills", "Forest", "Banks").
// - The same words closing a name of two words or more whose first is no given name: "Okanagan Rescue Exchange" (the
//   list of last words in speaker-phrase.ts keeps no "exchange": "Karin Exchange" is a person's name, her given name first).
import { givenNameGender } from './given-names.ts';

const INNER_BODY_WORDS = new Set(['society', 'association', 'federation', 'union', 'exchange', 'foundation', 'institute',
  'watch', 'coalition', 'alliance', 'league', 'council', 'commission', 'authority', 'agency', 'trust', 'network', 'ministry',
  // (A word for a body that closes its name more than it opens a place's: "… Consumer Panel".)
  'panel',
  // (A shipping or a bus line's word: "Pacific Direct Line", "Nordic Coast Lines"; the given-name guard keeps "Ann Line".)
  'line', 'lines']);

// - A watchdog's word grown into the first word, "Healthwatch Lincolnshire", "Floodwatch Dorset": one word ending in
//   "watch" after three letters or more, then the county or branch; no given name nor surname is spelled so (forty-fifth
//   session, the seventeenth English unnamed probe's d2462). Guard: the word first, and one or two words after it.
const WATCH_COMPOUND_RE = /^\p{Lu}\p{Ll}{3,}watch$/u;

/** Whether capitalised words hold a body's word inside them, followed by one or two words (see above). */
export function bodyWordInsideName(name: readonly string[]): boolean {
  if (name.length < 2 || givenNameGender(name[0]!) !== null) return false;
  if (!name.every((w) => /^\p{Lu}/u.test(w))) return false;
  if (name.length <= 3 && WATCH_COMPOUND_RE.test(name[0]!)) return true;
  if (name.length === 2 || INNER_BODY_WORDS.has(name.at(-1)!.toLowerCase())) return INNER_BODY_WORDS.has(name.at(-1)!.toLowerCase());
  for (let k = 1; k < name.length - 1; k++) {
    if (INNER_BODY_WORDS.has(name[k]!.toLowerCase()) && name.length - 1 - k <= 2) return true;
  }
  return false;
}
