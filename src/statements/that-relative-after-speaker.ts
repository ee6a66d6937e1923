// "The family that has run the bar for three generations say …", "Drivers that use the bridge every day say …": an unnamed
// speaker described by a relative clause opened by "that" rather than "who". The words before "who" were read as the
// speaker already (attribution.ts subjectBefore); "that" left the whole subject unread, so no statement was found.
// Guards: the word after "that" must open a verb phrase, not a clause of its own — lower case and no determiner, pronoun
// or quantifier ("It is clear that officials said …", "The claim that the mayor said …" are no relative); and the words
// before "that" must read as an unnamed person or group (the caller's check), not a name or a body ("The company that
// owns the site said" is left as it was).
import type { Token } from './speaker-phrase.ts';

/** Words after "that" which open a clause with its own subject, not a relative's verb. */
const CLAUSE_OPENERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'that', 'his', 'her', 'its', 'their', 'our', 'my',
  'your', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'some', 'many', 'most', 'all', 'no', 'every', 'each', 'any',
  'one', 'two', 'three', 'several', 'few', 'if', 'when', 'while', 'because', 'as', 'in', 'on', 'at', 'for', 'by', 'to']);

/** Where a relative "that" after the subject's first words stands among `words` (a verb phrase after it); else -1. */
export function relativeThatAt(words: readonly Token[]): number {
  return words.findIndex((t, k) => k > 0 && t.lower === 'that' && words[k + 1] !== undefined
    && /^\p{Ll}[\p{Ll}'\u2019-]*$/u.test(words[k + 1]!.text) && !CLAUSE_OPENERS.has(words[k + 1]!.lower));
}
