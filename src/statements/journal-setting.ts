// "Name and her colleagues write in the journal Cretaceous Research the lighter tail would …", "…, they report in the
// Journal of Applied Ecology.": a science story names the journal a finding appears in, where a statement would be "in a
// statement" (already a setting of the attribution's, ADVERBIAL_RE in attribution.ts). With the journal read as the
// setting, a clause without "that" after it is read as "said in an email the bones were …" is.
// Guards: only "in the journal <Title>", "in the Journal of <Title>" or "in the magazine/review <Title>" (a capitalised
// title of up to six words); a title running into a capitalised clause subject ("in the journal Nature Ice sheets …")
// is not split, and such a clause stays unread, as before.

/** The source of the alternative added to ADVERBIAL_RE (no anchors, no flags; used with the "u" flag). */
export const JOURNAL_SETTING = String.raw`\s*in\s+the\s+(?:(?:journal|magazine|review|periodical)\s+\p{Lu}[\p{L}'\u2019-]*|Journal\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'\u2019-]*)(?:\s+(?:(?:of|and|&|for|the|in)\s+)?\p{Lu}[\p{L}'\u2019-]*){0,5}\b`;
