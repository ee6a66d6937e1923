// "The biggest crowd was for Maribel Costa-Finch's demonstration. The chef, who trained in Lyon, said she …": a post's
// word nobody in the text holds, opening the sentence right after one that names a person only as the owner of a thing
// (a demonstration, a stall, a restaurant, a farm), is that person: the reader is told who the sentence is about, then
// what they are. Without this the post is read as someone unnamed, or given to whoever was quoted last.
// Guards: the phrase opens its sentence with "the" and the sentence before, in the same paragraph, names exactly one
// person so (two or three capitalised words, then "'s" and a lower-case word that is no word for a person: "Ann Roe's
// lawyer" or "Ann Roe's son" is someone else); the name ends in no body's word ("Ludlow Food Festival's stalls"); no
// other capitalised name of two words or more in that sentence; the caller checks that nobody the text names holds
// the post.
import { BODY_NAME_ENDS } from './speaker-phrase.ts';
import { isPersonNoun } from './vocabulary.ts';

const NOT_NAME_OPENERS = new Set(['The', 'A', 'An', 'This', 'That', 'His', 'Her', 'Their', 'Its', 'Our', 'My', 'Your']);

/** The person the sentence before names as an owner, when the phrase (from `start`) opens its sentence with "the". */
export function ownerNamedInSentenceBefore(text: string, start: number): string | null {
  if (!/^the\s/iu.test(text.slice(start, start + 4))) return null;
  const lead = text.slice(Math.max(0, start - 3), start);
  if (!/[.!?]["\u201D]?\s$/u.test(lead) && !/[.!?]\s$/u.test(lead)) return null;
  const paragraphStart = text.lastIndexOf('\n', start) + 1;
  const before = text.slice(paragraphStart, start).trimEnd();
  // The sentence right before: from the last full stop before its own end.
  const body = before.slice(0, -1);
  const cut = Math.max(body.lastIndexOf('. '), body.lastIndexOf('! '), body.lastIndexOf('? '));
  const sentence = cut >= 0 ? body.slice(cut + 2) : body;
  const owners = [...sentence.matchAll(/(?<![\p{L}'\u2019-])((?:\p{Lu}[\p{L}-]*\s+){1,2}\p{Lu}[\p{L}-]*)['\u2019]s\s+(\p{Ll}[\p{Ll}-]*)/gu)];
  if (owners.length !== 1) return null;
  const name = owners[0]![1]!;
  const words = name.split(/\s+/u);
  if (NOT_NAME_OPENERS.has(words[0]!) || BODY_NAME_ENDS.has(words.at(-1)!.toLowerCase())) return null;
  if (isPersonNoun(owners[0]![2]!)) return null;
  // No other name of two capitalised words or more in the sentence (the reader could not tell which one the post is).
  const names = [...sentence.matchAll(/(?<![\p{L}'\u2019-])\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)+/gu)].map((m) => m[0])
    .filter((n) => !NOT_NAME_OPENERS.has(n.split(/\s+/u)[0]!) || n.split(/\s+/u).length > 2);
  if (names.some((n) => !n.includes(words.at(-1)!))) return null;
  return name;
}
