// "The Teamsters local representing workers at the terminals said", "the UAW local said": a union's local branch, named by
// the union and the noun "local" (as "Local 417" names it by its number), is a body that speaks, not an unnamed group.
import type { Token } from './speaker-phrase.ts';

/** Words that may follow the branch and describe it: a participle ("representing …") or a preposition ("at the plant"). */
const DESCRIPTION_OPENERS = new Set(['at', 'in', 'for', 'of', 'on', 'which', 'that', 'who', 'whose']);

/** Words before "local" that make it someone who lives there ("a local", "one local"). */
const ONE_OF_MANY = new Set(['a', 'an', 'one', 'another', 'every', 'each', 'some', 'many', 'most', 'several']);

/** The branch's name as written ("Teamsters local", "UAW local"), when `tokens` are "[the] <Union> local [description]". */
export function unionLocalName(tokens: readonly Token[]): string | null {
  const first = tokens[0]?.lower === 'the' ? 1 : 0;
  const local = tokens.findIndex((t, k) => k > first && t.text === 'local');
  if (local < 0 || local - first > 4) return null;
  const union = tokens.slice(first, local);
  // (Not "A Nairobi local said", "One local": someone who lives there.)
  if (!union.every((t) => /^\p{Lu}/u.test(t.text) && !t.possessive && !ONE_OF_MANY.has(t.lower))) return null;
  const after = tokens[local + 1];
  if (after && !DESCRIPTION_OPENERS.has(after.lower) && !/^\p{Ll}{3,}ing$/u.test(after.text)) return null;
  return [...union, tokens[local]!].map((t) => t.text).join(' ');
}
