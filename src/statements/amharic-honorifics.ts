// Amharic courtesy titles in Ethiopian copy: "Ato Name Name" (Mr), "W/ro Name Name" or "Woizero Name Name" (Mrs),
// "W/rt Name Name" or "Woizerit Name Name" (Miss). They are dropped from a name as "Mr" is. "Ato" is also a Ghanaian
// given name ("Ato Forson", "Cassiel Ato Forson"), so it counts only first, before a name of two words (an Ethiopian
// name is a given name and a father's name); "W/ro" is tokenised as "W" and "ro".
import type { Token } from './speaker-phrase.ts';

const SPELLED = /^(?:Woizero|Weizero|Woyzero|Wzro|Woizerit|Weizerit|Ato)$/u;
const nameWord = (t: Token | undefined) => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text) && !t.possessive;

/**
 * Whether `tokens[i]` is (part of) an Amharic courtesy title before a name of two words; `opensName`: the caller knows
 * a name begins at `i` (after a post's words, "Head of the Bureau Ato Name Name").
 */
export function amharicHonorificPart(tokens: readonly Token[], i: number, opensName = false): boolean {
  const t = tokens[i]!;
  // "W/ro" / "W/rt": the "W" and the "ro" / "rt" printed with a slash between.
  if (t.text === 'W' && /^r[ot]$/u.test(tokens[i + 1]?.text ?? '') && tokens[i + 1]!.start === t.end + 1) {
    return nameWord(tokens[i + 2]) && nameWord(tokens[i + 3]);
  }
  if (/^r[ot]$/u.test(t.text) && tokens[i - 1]?.text === 'W' && t.start === tokens[i - 1]!.end + 1) {
    return nameWord(tokens[i + 1]) && nameWord(tokens[i + 2]);
  }
  if (!SPELLED.test(t.text)) return false;
  if (t.text === 'Ato' && !opensName && nameWord(tokens[i - 1])) return false; // "Cassiel Ato Forson": a middle name
  return nameWord(tokens[i + 1]) && nameWord(tokens[i + 2]);
}
