/**
 * "…says prices are high because of poor harvests abroad, but Tonga cannot take advantage with so little to sell": after
 * ", but" a capitalised name (a place, a body or a person, one or two words) as the subject, then a modal or an auxiliary
 * of its own, is a clause of the same speaker's, so the reported clause runs on past the comma — as it does for "…, but
 * the ministry was open to …" (BUT_OWN_CLAUSE_RE). Not "…, but Name said …" (another frame: no auxiliary right after the
 * name), nor "but I …" or a capitalised pronoun or article (read by the other rules).
 */
export const BUT_NAMED_SUBJECT_RE =
  /^\s+(?!(?:I|The|A|An|He|She|It|They|We|This|That|These|Those|There|Its|Their|His|Her|Our|Mr|Mrs|Ms|Dr)\b)\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+)?\s+(?:cannot|can['\u2019]t|could|would|will|was|were|is|are|had|has|have|must|might|may|should|(?:did|does|do)(?:\s+not|n['\u2019]t))\s+(?!(?:not\s+)?(?:say|comment|respond|reply|confirm|available|reached)\b)/u;
