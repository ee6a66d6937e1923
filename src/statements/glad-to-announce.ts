// "Hull City are delighted to confirm that …", "The trust is pleased to announce that …", "We are sad to report that …":
// a body's (or a person's) announcement in its own voice, a feeling and "to" between the subject and the verb of speech.

/** "are delighted to", "is very pleased to", "were saddened to", right before the verb. */
const FEELING_BEFORE_VERB_RE = /\s+(?:is|are|was|were|am)\s+(?:(?:very|so|really|most|extremely|deeply)\s+)?(?:delighted|pleased|happy|glad|proud|thrilled|excited|sad|saddened|sorry|disappointed)\s+to\s+$/u;

/** Where the subject of a verb of speech at `cueStart` ends, when a feeling and "to" stand before the verb; else `cueStart`. */
export function subjectEndBeforeFeeling(masked: string, from: number, cueStart: number): number {
  const m = FEELING_BEFORE_VERB_RE.exec(masked.slice(Math.max(from, cueStart - 60), cueStart));
  return m ? Math.max(from, cueStart - 60) + m.index : cueStart;
}
