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
