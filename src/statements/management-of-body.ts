// "In a statement, the management of the Riverside Paper Mills said …": those who run a named body, speaking as it, are
// the body (as "the management said" is the business once named), not a body called "management".
import type { Token } from './speaker-phrase.ts';

/** Words for those who run a body, before "of" and its name. */
const RUNNERS = new Set(['management', 'leadership']);

/**
 * The name's words of "[the] management|leadership of [the] <Capitalised Name>", else null (not "the management of
 * waste", lower case: no body named).
 */
export function managedBodyName(tokens: readonly Token[]): Token[] | null {
  const start = tokens[0]?.lower === 'the' ? 1 : 0;
  if (!RUNNERS.has(tokens[start]?.lower ?? '') || tokens[start + 1]?.text !== 'of') return null;
  let name = tokens.slice(start + 2);
  if (name[0]?.lower === 'the') name = name.slice(1);
  if (name.length === 0 || name.length > 8 || !/^\p{Lu}/u.test(name[0]!.text) || name.some((t) => t.possessive)) return null;
  // (Capitalised words with the small joiners of a body's name: "Bank of Baroda", "Tata Iron and Steel".)
  if (!name.every((t) => /^[\p{Lu}\p{N}]/u.test(t.text) || /^(?:of|and|for|the|&)$/u.test(t.text))) return null;
  return name;
}
