// "The paper learnt that …", "This newspaper has learned that …", "…, it is understood.": what the outlet printing the
// story found out from sources it does not name — an unnamed source, as "It is learnt that …" opening a sentence is
// (its form in attribution.ts). The outlet is called by a noun for itself, with "the", "this" or "our"; a named outlet
// ("Reuters has learned") is left alone.

/** The outlet's own noun and "learnt"/"learned", with "that": the verb is the group's second capture. */
export const PAPER_LEARNT_RE =
  /^\s*(?:The|This|Our)\s+(?:paper|newspaper|newsroom|magazine|publication|website|site|station|programme|program|outlet)\s+(?:has\s+|had\s+)?(?:(?:also|further|reliably)\s+)?(learnt|learned)\s+that\s+/u;

/** "…, it is understood." closing a sentence: the verb is the first capture, its "it" where the match starts past ", ". */
export const UNDERSTOOD_AT_END_RE = /,\s+it\s+(?:is|was|has\s+been)\s+(?:(?:reliably|further|also)\s+)?(learnt|learned|understood)[\s.!]*$/u;
