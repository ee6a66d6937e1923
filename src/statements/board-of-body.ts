// "Musicians at the Kelvin Chamber Society have voted …. The society's board said it remained committed to talks": those
// who run a body, called by the body's word or name and theirs ("the society's board", "the Kelvin Chamber Society's
// trustees"), speak as the body, as "Hjelmsø's board said" is Hjelmsø and "the management of X" is X
// (management-of-body.ts).

/** Words for those who run a body, after its possessive. */
const RUNNERS = new Set(['board', 'trustees', 'directors', 'management']);

/**
 * The owner of "<owner>'s board|trustees|directors|management": a lower-case body's word ("society" for "society's
 * board"), for the resolver to find the body it means, or capitalised words, the body's name as printed; else null.
 */
export function ownerOfRunners(written: string): { word: string } | { name: string } | null {
  const m = /^(?:The\s+)?(\p{L}[\p{L}\s&-]*?)['\u2019]s\s+(\p{Ll}+)$/u.exec(written);
  if (!m || !RUNNERS.has(m[2]!)) return null;
  const owner = m[1]!;
  if (/^\p{Ll}+$/u.test(owner)) return { word: owner };
  // (Two capitalised words at least, so that a person's "Smith's board" is none: "Harwood Brass Society".)
  return /^\p{Lu}[\p{L}-]*(?:\s+(?:of|for|and|&|\p{Lu}[\p{L}-]*))+$/u.test(owner) && /\p{Lu}[\p{L}-]*$/u.test(owner) ? { name: owner } : null;
}
