// "Member of Parliament (MP) for St. Elizabeth South Eastern, Dr. the Hon. Name, in her remarks, informed that …": a post
// written "<role> of <Capitalised words>", its letters in brackets, and a seat or ward "for <Capitalised words>", before
// the holder's name in apposition. The bracketed letters broke the subject's reading (the name was lost once an aside
// stood between it and the verb); blanked, the name speaks as it does with no brackets (thirty-second session, d1539).
// Guards: the word before "of" is a role noun and no body's head word ("The Authority of Roads (AOR), which …, said"
// keeps its letters: a body); the letters are two to six capitals; a comma and a capitalised word follow the seat.
import { ORGANISATION_HEADS, ROLE_NOUNS } from './vocabulary.ts';

const POST_OF_LETTERS_RE = new RegExp(
  '^\\s*(?:The\\s+)?(?:\\p{Lu}[\\p{L}\'\\u2019-]*\\s+){0,2}(\\p{Lu}\\p{Ll}+)\\s+(?:of|for)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}\'\\u2019-]*\\s+){0,3}'
    + '\\p{Lu}[\\p{L}\'\\u2019-]*\\s*(\\(\\p{Lu}{2,6}\\))'
    + '(?=(?:\\s+(?:for|of|in)\\s+(?:\\p{Lu}[\\p{L}.\'\\u2019-]*\\s+){0,4}\\p{Lu}[\\p{L}\'\\u2019-]*)?\\s*,\\s*\\p{Lu})',
  'u',
);

/** Where the letters in brackets of such a post start in `subject`, and their length; null when the shape is not there. */
export function postLettersBeforeSeat(subject: string): { at: number; length: number } | null {
  const m = POST_OF_LETTERS_RE.exec(subject);
  if (!m) return null;
  const role = m[1]!.toLowerCase();
  if (!ROLE_NOUNS.has(role) || ORGANISATION_HEADS.has(role)) return null;
  return { at: m[0].length - m[2]!.length, length: m[2]!.length };
}
