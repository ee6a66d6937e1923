// "Hull City are delighted to confirm that …", "The trust is pleased to announce that …", "The parish council is proud
// to announce that …": a body's (or a person's) announcement in its own voice, a feeling and "to" between the subject and
// the verb of speech.
import { nameAsBody, type SpeakerPhrase } from './speaker-phrase.ts';

/** "are delighted to", "is very pleased to", "were saddened to", right before the verb. */
const FEELING_BEFORE_VERB_RE = /\s+(?:is|are|was|were|am)\s+(?:(?:very|so|really|most|extremely|deeply)\s+)?(?:delighted|pleased|happy|glad|proud|thrilled|excited|sad|saddened|sorry|disappointed)\s+to\s+$/u;

/** The feeling before a verb of speech at `cueStart`: where its subject ends, and whether the verb was plural ("are"). */
export function feelingBeforeVerb(masked: string, from: number, cueStart: number): { subjectEnd: number; plural: boolean } | null {
  const m = FEELING_BEFORE_VERB_RE.exec(masked.slice(Math.max(from, cueStart - 60), cueStart));
  return m ? { subjectEnd: Math.max(from, cueStart - 60) + m.index, plural: /^\s+(?:are|were)\s/u.test(m[0]) } : null;
}

/** "Erris GAA are delighted to …": a name with no post that takes "are" is a club's or a body's (a person's takes "is"). */
export function asBodyByAgreement(phrase: SpeakerPhrase | null, feeling: { plural: boolean } | null): SpeakerPhrase | null {
  return feeling?.plural && phrase?.kind === 'name' && phrase.roles.length === 0 ? nameAsBody(phrase) : phrase;
}
