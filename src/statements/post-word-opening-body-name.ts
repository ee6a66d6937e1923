// "The Student Wellness Centre said in a post on its website that …", "Patient Advice Centre staff": a capitalised word
// that is also a post's ("Student", "Patient", "Veteran") opening capitalised words that end in a word for a premises
// ("Centre", "Center", "Clinic") is the first word of one body's name, not a post before a person called "Wellness
// Centre". Names ending in a body's listed head ("Student Union", "Veteran Affairs Council") were already read whole;
// "centre" is no such head (it is too often a place, "At the relief centre, Name said"), so only the capitalised name is
// read so here.
// Guards: every word capitalised, the post's word included (not "student Amy Centre"); two name words or more after the
// post's word; the name's first word no given name ("Student Ann Center" stays a person); and only a premises' word last.
import type { SpeakerPhrase, Token } from './speaker-phrase.ts';
import { givenNameGender } from './given-names.ts';

/** Words for a premises a body is named after, that are no one's surname. */
const PREMISES_ENDS = new Set(['centre', 'center', 'clinic']);

/** The phrase as one body's name when a capitalised post word opens a premises' name; else the phrase unchanged. */
export function postWordOpeningBodyName(tokens: readonly Token[], phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  if (phrase?.kind !== 'name' || phrase.roles.length !== 1 || phrase.name.length < 2) return phrase;
  if (!PREMISES_ENDS.has(phrase.name.at(-1)!.toLowerCase()) || givenNameGender(phrase.name[0]!) !== null) return phrase;
  const words = tokens[0]?.lower === 'the' ? tokens.slice(1) : tokens;
  if (words.length !== phrase.name.length + 1 || !words.every((t) => /^\p{Lu}/u.test(t.text) && !t.possessive)) return phrase;
  if (words[0]!.lower !== phrase.roles[0]) return phrase;
  return { kind: 'organisation', body: words.map((t) => t.text).join(' '), name: [], roles: [], qualifier: null, start: phrase.start, end: phrase.end };
}
