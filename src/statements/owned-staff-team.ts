// "The club's medical team said", "the company's legal team", "Ofcom's research team": a body's team named by what its
// people do, after whose it is, is some of that body's staff speaking, an unnamed group (as "the club's medical staff" is),
// not a body of its own. ("The team said" and "Ferrari's team", with no word for the work, are still the team.)
import type { Token } from './speaker-phrase.ts';

const TEAM_WORDS = new Set(['team', 'teams']);
/** Small words inside an owner's name ("Ministry of Agriculture", "Department for Work and Pensions"). */
const OWNER_JOINERS = new Set(['of', 'for', 'and', 'the', '&']);

/** Whether `tokens` (a subject, noise stripped) are "[the] <owner's> <lower-case words for the work> team". */
export function isOwnedStaffTeam(tokens: readonly Token[]): boolean {
  if (tokens.length < 3 || !TEAM_WORDS.has(tokens.at(-1)!.lower)) return false;
  const owner = tokens.findIndex((t) => t.possessive);
  // (The owner may be a body's name of several words: "The Ministry of Agriculture's extension team".)
  if (owner < 0 || owner >= tokens.length - 2) return false;
  // (Only the owner's name before it, not a document's words: "A survey by the charity's research team" is the survey.)
  if (!tokens.slice(0, owner).every((t, k) => (k === 0 && t.lower === 'the') || /^\p{Lu}/u.test(t.text) || OWNER_JOINERS.has(t.text))) return false;
  return tokens.slice(owner + 1, -1).every((t) => /^\p{Ll}[\p{Ll}-]+$/u.test(t.text) && !t.possessive);
}

/**
 * The owner's name of such a team, written for a document it wrote ("A report by the Horizons Regional Council's public
 * health team found": a body's unit writes for the body, as "by the organisation's nutrition team" does), else null.
 */
export function staffTeamOwner(tokens: readonly Token[]): string | null {
  if (!isOwnedStaffTeam(tokens)) return null;
  const owner = tokens.findIndex((t) => t.possessive);
  const words = tokens.slice(tokens[0]!.lower === 'the' ? 1 : 0, owner + 1);
  return words.length > 0 ? words.map((t, k) => (k === words.length - 1 ? t.base : t.text)).join(' ') : null;
}
