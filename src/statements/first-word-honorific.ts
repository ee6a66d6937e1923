// Courtesy titles that are also names: Bangladeshi and Pakistani copy's "Begum Name Name" (a woman of standing; yet
// "Rokeya Begum" and "Ms Begum" carry it as a name) and Philippine copy's "Aling Name Name" (an older woman, as "Mrs").
// Dropped as Amharic "Ato" is (amharic-honorifics.ts): only opening a name, before a name of two words.
import type { Token } from './speaker-phrase.ts';

const TITLES = /^(?:Begum|Aling)$/u;
const nameWord = (t: Token | undefined) => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text) && !t.possessive;

/**
 * Whether `tokens[i]` is such a title before a name of two words ("Begum Rokeya Sultana" → "Rokeya Sultana");
 * `opensName`: the caller knows a name begins at `i` (after a post's words, "State Minister Begum Name Name").
 */
export function firstWordHonorific(tokens: readonly Token[], i: number, opensName = false): boolean {
  if (!TITLES.test(tokens[i]!.text)) return false;
  // Guard: after a name's word it is a name itself ("Rokeya Begum Chowdhury"); with one word after it, a surname
  // ("Ms Begum said", "Begum Akter": kept whole).
  if (!opensName && nameWord(tokens[i - 1])) return false;
  return nameWord(tokens[i + 1]) && nameWord(tokens[i + 2]);
}
