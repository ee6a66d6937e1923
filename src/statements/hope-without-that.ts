/**
 * "…said the harbour was the town's lifeline and he hoped the boats could sail again": after "and" and the speaker's
 * pronoun, a verb of hoping or believing with its clause and no "that" is the same speaker's feeling, still inside what
 * was reported; dev and the read parts keep it whole (test-19 w19, test-62 w03: both, and no text splits one). With
 * "that" ("and she hoped that …") it stays a frame of its own, as "and he warned that …" is.
 */
// Forty-fifth session (left45). Guard: only these verbs of feeling, never one of saying ("and he added the …"), and
// not before "that", "to" or a pause.
const HOPE_VERBS = new Set(['hoped', 'hopes', 'believed', 'believes', 'felt', 'feels', 'feared', 'fears', 'trusted',
  'trusts', 'doubted', 'doubts']);

/** Whether `verb`, after "and he / she / they", with `after` the text right after it, runs on as the same clause. */
export function isHopeWithoutThat(verb: string, after: string): boolean {
  return HOPE_VERBS.has(verb) && /^\s+(?!(?:that|to|in|for|about|it\s+was\s+important)\b)\p{L}/u.test(after);
}
