// (Forty-third session, d2405.) "Mother of four Teuila Vakaloloma said", "Father of two Name Name told": a parent's word, "of"
// and a number of children, printed before a name without the hyphens of "Mum-of-three Name" (which speaker-phrase.ts
// already passes over), describe the one named; they are no post and no "of" that says whose post it is. Before, the
// speaker was the post "mother", held by nobody, so no one.
// Guards: the description opens the speaker's words (no determiner: "the mother of two victims" stays as it was read); the
// parent's word capitalised; the number a numeral or a number's word up to twelve; a capitalised word (the name) after it.
import type { WrittenWord } from './written-word.ts';

const PARENT_WORDS = new Set(['mother', 'father', 'mum', 'mom', 'dad', 'grandmother', 'grandfather', 'grandmum', 'grandad', 'granddad']);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'one']);

/** How many words, from `i`, the description "Mother of four" takes before a name; 0 when there is none. */
export function parentOfChildrenBeforeName(tokens: readonly WrittenWord[], i: number): number {
  if (i !== 0) return 0;
  const [parent, of, count, name] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (!parent || !of || !count || !name) return 0;
  if (!/^\p{Lu}/u.test(parent.text) || !PARENT_WORDS.has(parent.lower) || of.text !== 'of') return 0;
  if (!NUMBER_WORDS.has(count.lower) && !/^\d{1,2}$/u.test(count.text)) return 0;
  return /^\p{Lu}\p{Ll}/u.test(name.text) ? 3 : 0;
}
