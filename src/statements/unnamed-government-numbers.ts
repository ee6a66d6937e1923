// "Hiroshima Prefecture produces about 60 percent of Japan's farmed oysters, according to government data.": numbers
// of "government" in lower case ("government figures", "government data", "government statistics") where the text
// names no government are an unnamed source, as "official figures" already are (the lead's convention, thirty-fourth
// session: test-47 w13, test-17 w09, test-30 w19). The word says only that the numbers are official, not whose.
// Guards: only "government", never another body's word: "ministry figures" goes to the ministry the text names
// (test-23 w08, where the ministry is named after the figures, test-27 w20), "council figures" to the council; and a
// text that speaks of a government anywhere else ("the Japanese government", "the government said", "Government of
// Samoa") keeps the resolver's reading, the government it names.
import type { SpeakerPhrase } from './speaker-phrase.ts';

/** Numbers, not a document that speaks ("the government statement" is the government's). */
const NUMBERS = new Set(['figures', 'data', 'statistics', 'numbers']);

const NUMBER_WORDS = [...NUMBERS].join('|');
const GOVERNMENT_NUMBERS_RE = new RegExp(`^(?:the\\s+)?(?:latest\\s+|official\\s+|new\\s+|recent\\s+)?government\\s+(?:${NUMBER_WORDS})$`, 'u');
/** The same numbers anywhere in a text, taken out before looking for another "government". */
const GOVERNMENT_NUMBERS_ANYWHERE_RE = new RegExp(`\\bgovernment\\s+(?:${NUMBER_WORDS})\\b`, 'giu');

/** Whether `phrase` is "government figures / data / statistics" in a text that names no government elsewhere. */
export function isUnnamedGovernmentNumbers(phrase: SpeakerPhrase, text: string): boolean {
  if (phrase.kind !== 'organisation' || phrase.body !== 'government' || !phrase.document || !NUMBERS.has(phrase.document)) return false;
  if (!GOVERNMENT_NUMBERS_RE.test(text.slice(phrase.start, phrase.end))) return false;
  // (Any other "government" in the text, outside such numbers, may be the body meant: the old reading stays.)
  const others = text.replace(GOVERNMENT_NUMBERS_ANYWHERE_RE, '');
  return !/\bgovernments?\b/iu.test(others);
}
