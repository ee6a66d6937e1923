// "The British Veterinary Association's Scottish branch", "the Law Society of Kenya's Rift Valley chapter": a body named
// with a possessive, then a capitalised word or two for where its branch is, then the word for a branch, is the branch
// itself speaking, named so in full (not the body before the possessive alone, nor its last words).
import type { Token } from './speaker-phrase.ts';

/** Words for a body's regional part. */
const BRANCH_WORDS = new Set(['branch', 'chapter', 'section', 'division']);
/** Small words inside a body's name ("Royal Society of Chemistry"). */
const JOINERS = new Set(['of', 'for', 'and', 'the', '&']);

/** The branch's name as written, when `tokens` are "[the] <Capitalised name>'s <Place word(s)> branch"; else null. */
export function bodyBranchName(tokens: readonly Token[]): string | null {
  const first = tokens[0]?.lower === 'the' ? 1 : 0;
  const last = tokens.at(-1);
  if (!last || !BRANCH_WORDS.has(last.text) || tokens.length - first < 4) return null;
  const owner = tokens.findIndex((t, k) => k > first && t.possessive);
  // (One or two capitalised words for the branch's place between the owner and the word: "Scottish", "Rift Valley".)
  const place = tokens.slice(owner + 1, -1);
  if (owner < 0 || place.length < 1 || place.length > 2 || !place.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !t.possessive)) return null;
  const name = tokens.slice(first, owner + 1);
  // (The owner is a name of two words or more, capitalised but for small joiners: not a person's "Smith's Welsh branch".)
  if (name.length < 2 || !/^\p{Lu}/u.test(name[0]!.text)
    || !name.every((t) => /^\p{Lu}/u.test(t.text) || JOINERS.has(t.lower))) return null;
  return tokens.slice(first).map((t) => t.text).join(' ');
}
