/**
 * After ", but" in a reported clause: a second subject the shared rule (BUT_OWN_CLAUSE_RE in attribution.ts) does not
 * read, then a finite verb of its own within a few words — the same speaker's words, so the clause runs on:
 * - a count: "…, but only about 8,000 had been paid", "…, but 40 of the stalls were still shut";
 * - a name's possessive: "…, but Okafor's pension would be cut by a fifth".
 * Not a new frame ("…, but 12 of them said …", "…, but Okafor's lawyer told …": a verb of saying after the subject).
 */
// (The verb is a modal, "to be" or "to have", as in the shared rule; a verb of saying after the subject is another frame.)
const COUNT = String.raw`(?:(?:only|just)\s+)?(?:(?:about|around|roughly|nearly|almost|some|over|under|fewer\s+than|more\s+than|less\s+than)\s+)?[$£€]?\d[\d,.]*%?`;
const NAME_OWNER = String.raw`\p{Lu}[\p{L}-]*['\u2019]s`;
const SAYING = '(?:said|says|say|told|tell|tells|added|warned|argued|insisted|noted|stressed|declined|refused|admitted|acknowledged|conceded|confirmed|claimed|believed|believe|believes|thought|think|thinks|expected|expects|estimated)';
const FINITE_AFTER = '(?:would|will|could|should|might|may|must|can|was|were|is|are|had|has|have)';

export const BUT_COUNT_OR_OWNER_SUBJECT_RE = new RegExp(
  String.raw`^\s+(?:${COUNT}|${NAME_OWNER})(?:\s+(?!${SAYING}\b)[\p{L}\p{N}'\u2019-]+){0,5}?\s+${FINITE_AFTER}\b`,
  'u',
);
