// "Inspectors who visited the academy in October found that leaders had not …", "Auditors found that …": people whose
// work is to examine (left unnamed, a group) report what they found, as a document or a court does; with "that" only
// ("inspectors found deep cracks in two piers" is the writer's account of a finding, no clause of theirs).
import type { SpeakerPhrase } from './speaker-phrase.ts';

/** Plural nouns for people who examine and report, heading the phrase (a modifier or two before: "fire safety inspectors"). */
const EXAMINERS_RE = /^(?:[\p{L}-]+\s+){0,2}?(?:[Ii]nspectors|[Ii]nvestigators|[Aa]uditors|[Ee]xaminers|[Aa]ssessors|[Rr]eviewers|[Ss]tewards|[Aa]djudicators)(?![\p{L}])/u;

/** Whether `words`, a whole phrase, are examiners ("inspectors", "the auditors", "fire safety inspectors"). */
export function isExaminersWords(words: string): boolean {
  return EXAMINERS_RE.test(words.trim()) && /(?:inspectors|investigators|auditors|examiners|assessors|reviewers|stewards|adjudicators)$/iu.test(words.trim());
}

/** Whether `phrase`, a group left unnamed, is examiners, and the verb of finding is followed by "that" (`afterCue`). */
export function examinersFindThat(phrase: SpeakerPhrase, masked: string, afterCue: string): boolean {
  if (researchTeamFindsThat(phrase, masked, afterCue)) return true;
  // (Capitalised at a sentence's start, "Auditors" is read as a name.)
  const group = (phrase.kind === 'anonymous' && phrase.plural === true) || (phrase.kind === 'name' && phrase.name.length === 1);
  return group && EXAMINERS_RE.test(masked.slice(phrase.start, phrase.end))
    && /^\s+that\s/u.test(afterCue);
}

// "Researchers at the University of Kelby report in the journal … . The team found that foxes took most of the chicks":
// a research team the text has introduced (its researchers, study, journal or authors printed before) reports its
// findings as a study does; dev and the read parts annotate a research team's or researchers' findings in every text
// that prints one (d1368 twice, test-41 w11, test-15 w18, test-16 w10, test-54 w15). Thirty-eighth session, test-54 w15.
// Guards: "the team", "the research team" or "the study team" alone as the subject, "that" after the verb, and research
// named before in the text ("the team found that the pitch was soft" in a match report is not read).
const TEAM_RE = /^(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Oo]ur)\s+(?:(?:research|study|university)\s+)?team$/u;
const RESEARCH_BEFORE_RE = /\b(?:[Rr]esearchers|[Ss]cientists|[Ss]tudy|[Jj]ournal|[Aa]uthors?|[Rr]esearch)\b/u;

function researchTeamFindsThat(phrase: SpeakerPhrase, masked: string, afterCue: string): boolean {
  return TEAM_RE.test(masked.slice(phrase.start, phrase.end)) && /^\s+that\s/u.test(afterCue)
    && RESEARCH_BEFORE_RE.test(masked.slice(0, phrase.start));
}
