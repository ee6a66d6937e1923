// 'said it understood the "real frustration" of islanders', 'would be offered space for a "reasonable fee"': two plain
// lower-case words quoted right after an article, wholly inside a reported clause the text has found, are the speaker's
// own words, a partial quotation. Dev and the read parts annotate every such pair inside a clause partial (13 of 13:
// after "a" d1368 twice, d2234, test-5 w08 and w20, test-20 w17, test-21 w18, test-35 w09, test-41 w12, test-45 w18,
// test-57 w01; after "the" d2140, d2233), and none of them is told from a set phrase by its shape ("a "last resort"" and
// "a "reasonable chance"" are set phrases and annotated partial too). The earlier rule read the pair after an article as a
// term held at arm's length ('wanted a "fresh start"') unless its first word was one of degree or hyphened; the
// forty-first session made the convention the rule (its README section).
// Guards: only inside a found clause (outside one, 'A "community hui" … is scheduled', 'the "auld enemy" from across the
// valley', d1407, d1476, stay a term); only double marks, exactly two words, the first lower case (the caller checks
// those); the article right before the quote. After "the", only a pair followed by "of", the speaker's words for
// something named right after them (both "the" pairs in dev are so); a pair after "the" standing alone is a label the
// writer holds at arm's length, 'said the "blue corridor" would open in June' (a thirty-second session guard, kept).

const A_OR_AN_BEFORE_RE = /(?<!\p{L})(?:a|an)\s*$/iu;
const THE_BEFORE_RE = /(?<!\p{L})the\s*$/iu;

/**
 * Whether a quoted pair inside a found clause (`inClause`) is the speaker's, given the text right before its opening mark
 * (`before`) and right after its closing mark (`after`).
 */
export function isPairAfterArticleInClause(before: string, after: string, inClause: boolean): boolean {
  if (!inClause) return false;
  return A_OR_AN_BEFORE_RE.test(before) || (THE_BEFORE_RE.test(before) && /^\s+of\s/u.test(after));
}
