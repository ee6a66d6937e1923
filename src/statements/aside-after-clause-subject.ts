// "Whitcombe insisted the cap, set at $410,000 per club, was not a salary cap": a reported clause without "that" whose
// short subject is followed by an aside between commas before its finite verb. The test for a clause without "that"
// looks for the verb before the first comma; with the aside taken out ("the cap was …") it finds it.

/** A subject of two to four words opened by a determiner, an aside between commas, then a finite verb at once. */
const SUBJECT_ASIDE_VERB_RE = /^(\s+(?:(?:the|a|an|its|their|his|her|this|these|those|our)\s+[\p{L}'\u2019-]+|(?!having\s|being\s)\p{Ll}{3,}ing(?=\s))(?:\s+[\p{L}'\u2019-]+){0,2}),\s+((?:\p{Ll}+ed|set|put|cut|paid|built|held|known|now|which|who|at|in|worth|due|like|especially|particularly|notably|mainly|even|often)\b(?:[^,;:.!?"\u201C\u201D]|(?<=\d)[,.](?=\d)){0,60}),\s+(?=(?:would|will|could|should|might|may|must|can|was|were|is|are|had|has|have)\s)/u;

/**
 * The reported part with the aside after its subject taken out, or the text unchanged. Guards: the aside opens with a
 * participle, a relative word or a short preposition of amount or place (not "and" or another name: "the cap, the levy
 * and the fees" is a list, left as it was); the verb is finite and right after the aside (a thousands' comma or a decimal point inside the aside, "$410,000", is no end of it); the subject is short and opened
 * by a determiner, so that a listener or a place ("told reporters, at the …") is never read as one.
 */
export function withoutAsideAfterSubject(rest: string): string {
  const m = SUBJECT_ASIDE_VERB_RE.exec(rest);
  return m ? `${m[1]} ${rest.slice(m[0].length)}` : rest;
}
