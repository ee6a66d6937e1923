// "In its submissions it said …", "In their letter the residents wrote …", "In his report Name found …": a sentence
// opened by where the words were put, the document owned by a possessive pronoun and with no comma after it, is no part
// of who speaks (stripNoise in speaker-phrase.ts drops "In a statement" already; the owner's pronoun kept the phrase
// whole, so it named nobody).

/** Possessive pronouns that may own the opening document. */
const OWNERS = new Set(['its', 'their', 'his', 'her']);

/**
 * How many words the opening "In its submissions" takes at the front of `lower` (a phrase's words in lower case, the
 * first a leading preposition), given the document nouns; 0 when it is not such an opener or nothing follows it.
 */
export function ownedDocumentOpenerLength(lower: readonly string[], documents: ReadonlySet<string>): number {
  if (lower.length < 4 || !OWNERS.has(lower[1]!)) return 0;
  const noun = lower[2]!;
  const singular = noun.endsWith('s') ? noun.slice(0, -1) : noun;
  return documents.has(noun) || documents.has(singular) ? 3 : 0;
}
