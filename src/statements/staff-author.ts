// "A report by council officers tabled at the meeting said …", "a memo by ministry officials": a document its body's staff
// wrote, the body named only by its word in lower case right before them, is that body's (as "a council document" is),
// not an unnamed source's (as "a report by two academics" is).
import type { Token } from './speaker-phrase.ts';
import { ORGANISATION_HEADS } from './vocabulary.ts';

/** Plural words for the people a body employs to write its papers. */
const STAFF = new Set(['officers', 'officials', 'staff', 'engineers', 'inspectors', 'auditors', 'planners']);

/** The body's word, when `authors` are "<body word> <staff>" ("council officers"); else null. */
export function bodyOfStaff(authors: readonly Token[]): string | null {
  const words = authors.length === 3 && ['the', 'its', 'their'].includes(authors[0]!.lower) ? authors.slice(1) : authors;
  if (words.length !== 2 || !STAFF.has(words[1]!.lower)) return null;
  const body = words[0]!;
  return /^\p{Ll}+$/u.test(body.text) && ORGANISATION_HEADS.has(body.lower) && !body.lower.endsWith('s') ? body.lower : null;
}
