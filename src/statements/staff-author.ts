// "A report by council officers tabled at the meeting said …", "a memo by ministry officials": a document its body's staff
// wrote, the body named only by its word in lower case right before them, is that body's (as "a council document" is),
// not an unnamed source's (as "a report by two academics" is).
import type { Token } from './speaker-phrase.ts';
import { ORGANISATION_HEADS } from './vocabulary.ts';

/** Plural words for the people a body employs to write its papers. */
const STAFF = new Set(['officers', 'officials', 'staff', 'engineers', 'inspectors', 'auditors', 'planners']);

/** The body's word, when `authors` are "<body word> <staff>" ("council officers"); else null. */
export function bodyOfStaff(authors: readonly Token[]): string | null {
  const named = namedBodyOfStaff(authors);
  if (named) return named;
  const words = authors.length === 3 && ['the', 'its', 'their'].includes(authors[0]!.lower) ? authors.slice(1) : authors;
  if (words.length !== 2 || !STAFF.has(words[1]!.lower)) return null;
  const body = words[0]!;
  return /^\p{Ll}+$/u.test(body.text) && ORGANISATION_HEADS.has(body.lower) && !body.lower.endsWith('s') ? body.lower : null;
}

/**
 * "A report by Meander Valley Council officers", "a memo by Ministry of Transport officials": the body's name printed in
 * capitals before its staff, the name ending in a body's word (council, ministry, department …) or made of one and "of";
 * the name as printed. Guard: every word before the staff word capitalised or a small joiner, and a body's word among
 * them, so that "by Ben Carter's staff" or "by two staff" is none.
 */
function namedBodyOfStaff(authors: readonly Token[]): string | null {
  const words = authors.length > 0 && ['the'].includes(authors[0]!.lower) ? authors.slice(1) : authors;
  if (words.length < 3 || !STAFF.has(words.at(-1)!.lower)) return null;
  const name = words.slice(0, -1);
  if (!/^\p{Lu}/u.test(name[0]!.text) || !/^\p{Lu}/u.test(name.at(-1)!.text) || name.some((t) => t.possessive)) return null;
  if (!name.every((t) => /^\p{Lu}/u.test(t.text) || ['of', 'for', 'and', 'the'].includes(t.text))) return null;
  if (!name.some((t) => /^\p{Lu}/u.test(t.text) && ORGANISATION_HEADS.has(t.lower))) return null;
  return name.map((t) => t.text).join(' ');
}
