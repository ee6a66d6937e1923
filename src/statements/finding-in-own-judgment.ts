// "In his written judgment, the Chancellor of the diocese, Name Name, found that …": a person's finding, opened by the
// document of deciding that is his or hers ("In her ruling", "In his decision", "In its determination"), is what the one
// who decides the case wrote, as a judge's by title is (attribution.ts's judges). It had been read only after a judge's
// or an adjudicator's word, so a post the lists do not hold as one who decides (a church court's chancellor, a tribunal's
// deputy president) lost both "that" clauses. Forty-fifth session, test-63 w06.
// Guard: the possessive's document opens the sentence, with at most one lower-case word before the noun ("written",
// "final", "reserved"), and at most one apposition between its comma and the phrase, or up to three capitalised words of
// a post right before it ("In her decision, published on Friday, Deputy President Name found that …"; test-62 w03, whose
// rule the forty-fifth session's English misses helper wrote in attribution.ts and the merge joined into this one); only
// the verbs of finding are read so.

const OWN_JUDGMENT_RE = /(?:^|[.!?]\s+|\n)In\s+(?:his|her|their)\s+(?:\p{Ll}+\s+)?(?:judgment|judgement|ruling|decision|determination|verdict|findings)\s*,\s*(?:[^,.;:!?\n]{1,60},\s*)?(?:\p{Lu}[\p{L}'\u2019-]*\s+){0,3}$/u;

/** Whether the text right before a phrase (`before`, up to the phrase's start) opens the sentence with its own judgment. */
export function findingInOwnJudgment(before: string): boolean {
  return OWN_JUDGMENT_RE.test(before.slice(-140));
}
