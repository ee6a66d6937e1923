// "Inspectors who visited the academy in October found that leaders had not …", "Auditors found that …": people whose
// work is to examine (left unnamed, a group) report what they found, as a document or a court does; with "that" only
// ("inspectors found deep cracks in two piers" is the writer's account of a finding, no clause of theirs).
import type { SpeakerPhrase } from './speaker-phrase.ts';

/** Plural nouns for people who examine and report, heading the phrase (a modifier or two before: "fire safety inspectors"). */
const EXAMINERS_RE = /^(?:[\p{L}-]+\s+){0,2}?(?:[Ii]nspectors|[Ii]nvestigators|[Aa]uditors|[Ee]xaminers|[Aa]ssessors|[Rr]eviewers|[Ss]tewards|[Aa]djudicators)(?![\p{L}])/u;

/** Whether `phrase`, a group left unnamed, is examiners, and the verb of finding is followed by "that" (`afterCue`). */
export function examinersFindThat(phrase: SpeakerPhrase, masked: string, afterCue: string): boolean {
  // (Capitalised at a sentence's start, "Auditors" is read as a name.)
  const group = (phrase.kind === 'anonymous' && phrase.plural === true) || (phrase.kind === 'name' && phrase.name.length === 1);
  return group && EXAMINERS_RE.test(masked.slice(phrase.start, phrase.end))
    && /^\s+that\s/u.test(afterCue);
}
