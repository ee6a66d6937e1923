// A post's letters printed in capitals between the post and the name: "Head Coach & GM Name Name" (a general manager),
// "Chief Arbiter IM Name Name" (a chess title, International Master), "District Agricultural Coordinator (DACO) Name Name
// Name" (the post's own letters, in brackets). Right after a post's word and before a name of two words or more, the
// capitals are the post's or a title's, no part of the name. (A name of one word after them keeps them, as initials
// written together are a given name: "Senator JD Vance", "coach AJ Ford".)
import type { Token } from './speaker-phrase.ts';

/** Whether `tokens[at]` is a post's letters before a name of two capitalised words or more. */
export function isPostLettersBeforeName(tokens: readonly Token[], at: number): boolean {
  const letters = tokens[at];
  if (!letters || !/^\p{Lu}{2,5}$/u.test(letters.text)) return false;
  const name = tokens.slice(at + 1);
  return name.length >= 2 && /^\p{Lu}\p{Ll}/u.test(name[0]!.text) && /^\p{Lu}\p{Ll}/u.test(name[1]!.text);
}

/**
 * Whether `tokens[at]` is a post's letters before the post's field: "County Executive Committee Member (CECM) for
 * Agriculture Name Name", "District Chief Executive (DCE) for Place": the field ("for" or "of", then a capitalised word)
 * is read after them as it is right after the post.
 */
export function isPostLettersBeforeField(tokens: readonly Token[], at: number): boolean {
  const letters = tokens[at];
  const after = tokens[at + 2];
  return letters !== undefined && /^\p{Lu}{2,5}$/u.test(letters.text) && ['for', 'of'].includes(tokens[at + 1]?.text ?? '')
    && after !== undefined && /^\p{Lu}\p{Ll}/u.test(after.text);
}

/** "(CECM) for Agriculture Name": a post's letters in brackets, then the post's field ("for" or "of", a capitalised word). */
const BRACKETED_LETTERS_BEFORE_FIELD_RE = /^\(\s*\p{Lu}{2,5}\s*\)\s+(?:for|of)\s+\p{Lu}\p{Ll}/u;

/**
 * Whether `text` from `at` holds a post's letters in brackets before the post's field: "County Executive Committee
 * Member (CECM) for Agriculture Name said" (the brackets split the subject; the post, its field and the name are one).
 */
export function isBracketedPostLettersBeforeField(text: string, at: number): boolean {
  return BRACKETED_LETTERS_BEFORE_FIELD_RE.test(text.slice(at, at + 40));
}
