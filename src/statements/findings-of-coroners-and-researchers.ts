// "…, a coroner has found.", "Coroner Name found that …": a coroner's findings are the coroner's statement, as a judge's
// are (the read parts annotate them: test-30 w18, test-41 w14). "…, a Danish team has found.", "…, researchers have
// found.": the findings a research group reports in a lead are its statement, unnamed as "…, researchers say" is (d1329;
// test-41 w11), where a study or a report's "has found" already was (d211, d1243).
// (A describing word may be a nationality, "German researchers"; the phrase must have been read as an unnamed group, so
// "Lund University researchers", a body's, is left as it is parsed.)
// Guards: a coroner's "found" before its clause only with "that" (a headline's "Coroner finds station failed …" is none,
// as d681 leaves "Report finds …"); a research group only after its clause (the lead's "…, X has found."), never "Researchers found high levels of
// …", the writer's account of a finding; only the words for researchers, or a lower-case "team" (perhaps "of researchers")
// with no body after it ("a team at Lund University" is left as it is parsed); "the team" of a sports story is no
// research group, so a team needs an indefinite article and a describing word ("a Danish team", "an international team").
import type { SpeakerPhrase } from './speaker-phrase.ts';

const RESEARCHERS_RE = /^(?:(?:the|some|several|two|three|four|\d+)\s+)?(?:[\p{L}-]+\s+){0,2}(?:researchers|scientists|epidemiologists|ecologists|economists|statisticians|investigators)$/u;
const TEAM_RE = /^(?:a|an)\s+(?:[\p{L}-]+\s+){1,3}team(?:\s+of\s+(?:[\p{Ll}-]+\s+)?(?:researchers|scientists|doctors|investigators))?$/u;

/** Whether `phrase` is a coroner, whose findings are a statement. */
export function isCoroner(phrase: SpeakerPhrase): boolean {
  return phrase.roles.includes('coroner');
}

/**
 * `phrase`, the speaker after a lead's clause with a verb of finding, as an unnamed research group when it is one (an
 * anonymous plural phrase), else null.
 */
export function researchGroupFinding(phrase: SpeakerPhrase, masked: string): SpeakerPhrase | null {
  const words = masked.slice(phrase.start, phrase.end).replace(/\s+/gu, ' ').trim();
  if (RESEARCHERS_RE.test(words) && phrase.kind === 'anonymous') return phrase;
  if (TEAM_RE.test(words) && !/\b(?:at|from|of)\s+\p{Lu}/u.test(words)) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: true, start: phrase.start, end: phrase.end };
  }
  return null;
}
