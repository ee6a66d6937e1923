// A post's field is no title a text teaches. "Opposition Spokesman on Agriculture Name Name" prints "Agriculture"
// right before a name, and "the agriculture minister" uses it in lower case after "the"; but the word is the field of
// the post before it (after "on", "of", "for") and the field of the post after it ("minister"), not a post of its own.
// Taught as a title, it would cut "Minister of Agriculture, Fisheries and Mining Name Name" down to a post with no name.
import { ROLE_NOUNS } from './vocabulary.ts';

/** A preposition that joins a post to its field, right before the capitalised word at the end of `before`. */
const FIELD_PREPOSITION_RE = /(?:^|\s)(?:on|of|for)\s+$/u;

/** Whether the capitalised word printed after `before` is a post's field ("Spokesman on Agriculture Name"). */
export function fieldAfterPost(before: string): boolean {
  return FIELD_PREPOSITION_RE.test(before);
}

/** Whether a lower-case word after "the" is a field naming the post printed after it ("the agriculture minister"). */
export function fieldBeforePost(next: string | undefined): boolean {
  return next !== undefined && ROLE_NOUNS.has(next);
}
