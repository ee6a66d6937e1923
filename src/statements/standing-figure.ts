// "A senior figure at the club said …. The senior figure, speaking on condition that he was not named, said …": "figure"
// is a person only with a word of standing before it, and the definite second reference was no speaker at all (the
// indefinite one was read as an unnamed person already, speaker-phrase.ts SINGULAR_PEOPLE). "The senior figure", "the
// leading figure in the party" are the unnamed source the text described.
// Guards: only after "the" / "this" with at least one word of standing right before "figure" (so "the figure", "the
// latest figure", "the official figure" stay numbers); only a preposition's phrase may follow ("at the club"), no name.
// - "The party figure, who spoke on condition of anonymity, said": the members' body the person stands in, in place of
//   the word of standing (forty-fifth session, d2502). Guards: "party", "club", "union" or "opposition" alone, right
//   after "the" / "this" (the words for bodies whose "figure" is a member, not a number: "the government figure", "the
//   council figure" are counts as often, and stay numbers).
import type { Token } from './speaker-phrase.ts';

const STANDING = new Set(['senior', 'leading', 'prominent', 'key', 'influential', 'respected', 'well-placed', 'veteran', 'powerful', 'top']);
const MEMBERS_BODIES = new Set(['party', 'club', 'union', 'opposition']);
const AFTER = new Set(['at', 'in', 'within', 'inside', 'close', 'on']);

/** Whether `tokens` are "the senior figure" (…"at the club"): a definite, unnamed person of standing. */
export function isStandingFigure(tokens: readonly Token[]): boolean {
  if (tokens.length < 3 || !['the', 'this'].includes(tokens[0]!.lower)) return false;
  const at = tokens.findIndex((t) => t.lower === 'figure');
  const ofBody = at === 2 && MEMBERS_BODIES.has(tokens[1]!.lower);
  if (at < 2 || (!ofBody && !tokens.slice(1, at).every((t) => STANDING.has(t.lower)))) return false;
  return at === tokens.length - 1 || AFTER.has(tokens[at + 1]!.lower);
}
