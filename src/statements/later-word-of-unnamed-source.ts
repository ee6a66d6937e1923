// Fortieth session (d2234, d2235): the later word a text uses for an unnamed source it has introduced may differ from the
// first phrase's head in two ways the matching of "the official said" to "a U.S. official said" did not allow.
// - "A member of the university's senate … said" then "…, the senate member added": the head ("member") is the source's
//   own, and the word before it ("senate") is one the source's phrase printed, as the body it is of; the same person.
// - "A senior figure at the cricket board said" then "…, the official added": a figure at or in a body is one of its
//   officials, so "the official" is that unnamed source, not some named person quoted further down.
// (The words are kept as qualifier keys, a word's first letters, so the later word is compared so too.)
// Guards: the head must be the source's own head; "the official" takes a "figure" only when the source's phrase placed it
// at or in something ("a figure close to the yard" is no official); a word the source's phrase never printed keeps the
// later phrase someone else.

import { qualifierKey } from './speaker-phrase.ts';

/** What the resolver keeps of an unnamed source: its roles and the words of its phrase (qualifier keys). */
export interface UnnamedSourceWords {
  roles: readonly string[];
  words?: readonly string[];
}

/** Whether the later post's roles (`wanted`) name the unnamed source `source` by its head and its own printed words. */
export function laterWordFitsUnnamed(wanted: readonly string[], source: UnnamedSourceWords): boolean {
  if (wanted.length === 0) return false;
  const head = wanted.at(-1)!;
  const words = source.words ?? [];
  if (wanted.length === 1 && head === 'official' && source.roles.includes('figure') && words.some((w) => w === 'at' || w === 'in')) return true;
  if (wanted.length < 2 || !source.roles.includes(head)) return false;
  return wanted.slice(0, -1).every((r) => source.roles.includes(r) || words.includes(qualifierKey(r)));
}
