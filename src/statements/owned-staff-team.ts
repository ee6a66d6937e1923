// "The club's medical team said", "the company's legal team", "Ofcom's research team": a body's team named by what its
// people do, after whose it is, is some of that body's staff speaking, an unnamed group (as "the club's medical staff" is),
// not a body of its own. ("The team said" and "Ferrari's team", with no word for the work, are still the team.)
import type { Token } from './speaker-phrase.ts';

const TEAM_WORDS = new Set(['team', 'teams']);

/** Whether `tokens` (a subject, noise stripped) are "[the] <owner's> <lower-case words for the work> team". */
export function isOwnedStaffTeam(tokens: readonly Token[]): boolean {
  if (tokens.length < 3 || !TEAM_WORDS.has(tokens.at(-1)!.lower)) return false;
  const owner = tokens.findIndex((t) => t.possessive);
  if (owner < 0 || owner > 2 || owner >= tokens.length - 2) return false;
  return tokens.slice(owner + 1, -1).every((t) => /^\p{Ll}[\p{Ll}-]+$/u.test(t.text) && !t.possessive);
}
