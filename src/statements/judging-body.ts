// "A school … has been rated "inadequate" by Ofsted" then "The report, published on Thursday, says …": an assessment
// whose author the text never gave is the body the text says did the judging (the agent of "rated", "inspected",
// "audited" …), though that body never spoke; not the body judged, which the lead's subject makes the last one named.

/** Documents that set down a judgement of something. */
const ASSESSMENTS = new Set(['report', 'review', 'audit', 'assessment', 'evaluation', 'findings']);

/** "rated "inadequate" by Ofsted", "inspected by the Care Inspectorate", "audited by the National Audit Office". */
const JUDGED_BY_RE = /\b(?:rated|judged|graded|inspected|audited|assessed|ranked|downgraded|upgraded)\s+(?:(?:as\s+)?["\u201C'\u2018][^"\u201D'\u2019\n]{1,40}["\u201D'\u2019]\s+)?by\s+(?:the\s+)?(\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}'\u2019-]*){0,5})/gu;

/** The judging bodies of the text last read, with where each is named (read once per text). */
let read: { text: string; judges: { name: string; end: number }[] } | null = null;

/** The body the text last says judged something before `at`, for an assessment `document`; else null. */
export function judgingBody(text: string, document: string, at: number): string | null {
  if (!ASSESSMENTS.has(document)) return null;
  if (read?.text !== text) read = { text, judges: [...text.matchAll(JUDGED_BY_RE)].map((m) => ({ name: m[1]!, end: m.index + m[0].length })) };
  return read.judges.findLast((j) => j.end <= at)?.name ?? null;
}
