// "Senior advocate Name, appearing for the petitioners, submitted that …", "HMRC submitted that …": a party's case put to a
// court is its statement, as "argued that" is; "Station manager Name gave evidence that …": a witness's evidence too.
// The read parts annotate both (test-10 w11, test-30 w18, test-41 w06 and w14), as they do "told the court that".
// Neither verb is put in the verb lists: "submitted" and "gave" frame no clause elsewhere.
// Guards: only with "that" (after "submitted", perhaps a listener first: "submitted to the tribunal that"; after "gave",
// only "evidence", perhaps a listener or a place: "gave evidence to the inquiry that"): "submitted a report", "the plans
// submitted to the council", "gave evidence of …" and "gave evidence in private" frame nothing; not a passive ("It was
// submitted that …", "evidence was given that …"), whose speaker is no one the sentence names.

const SUBMITTING = new Set(['submit', 'submits', 'submitted']);
const GIVING = new Set(['give', 'gives', 'gave', 'given']);
const PASSIVE_BEFORE_RE = /\b(?:was|were|is|are|be|been|being)\s+$/u;
/** A short listener or place before "that": "to the court", "before the bench", "at the inquest on Tuesday". */
const LISTENER = String.raw`(?:\s+(?:to|before|at)\s+(?:the|a|an|this)\s+(?:[\p{L}'\u2019-]+\s+){0,3}?[\p{L}'\u2019-]+)?(?:\s+on\s+\p{Lu}\p{Ll}+day)?`;
const SUBMITTED_THAT_RE = new RegExp(String.raw`^${LISTENER}\s+that\s+`, 'u');
const EVIDENCE_THAT_RE = new RegExp(String.raw`^\s+evidence${LISTENER}\s+that\s+`, 'u');

/**
 * Where the clause framed by a submission or a witness's evidence begins, as an offset into `after` (the text right after
 * the verb `verb`), given `before` (the text before the verb); null when the verb frames no clause here.
 */
export function courtClauseStart(verb: string, before: string, after: string): number | null {
  if (PASSIVE_BEFORE_RE.test(before)) return null;
  const m = SUBMITTING.has(verb) ? SUBMITTED_THAT_RE.exec(after) : GIVING.has(verb) ? EVIDENCE_THAT_RE.exec(after) : null;
  return m ? m[0].length : null;
}
