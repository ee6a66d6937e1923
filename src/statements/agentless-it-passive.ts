// "It was claimed at a village meeting that …", "It has been suggested that …", "It is alleged that …": a hearsay passive
// with a dummy "it" opening the sentence and no agent — whoever claimed or suggested it is left unnamed, an unnamed
// source, as "It is understood that …" already is (attribution.ts `itIsUnderstood`). Where and when it was said may stand
// between the verb and "that" ("at a meeting on Sunday", "in court last week").
// Guards: only at the sentence's opening (a document's "In the indictment, it is alleged that …" is left to the rules
// that give it to the document's owner); no agent — a "by" phrase between the verb and "that" ("It was claimed by
// residents that …") is left to the rules that read the agent; no comma inside the adverbial; only verbs of asserting
// (not "believed", "feared", "thought", "expected": a belief is no statement).
// ("It was confirmed last night that …", "It has been revealed that …", "It was disclosed in court that …": a confirmation or
// a disclosure with no agent is the same unnamed source, the thirty-second session's probe; not "agreed" or "decided", a
// meeting's decision, which test-29 w04 leaves unannotated, nor "announced".)

/** The verb is the first capture; up to seven words of time or place (none of them "by" or "that") before "that". */
export const AGENTLESS_IT_PASSIVE_RE =
  /^\s*It\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:also|further|now|widely|repeatedly)\s+)?(claimed|alleged|suggested|reported|said|argued|rumou?red|asserted|contended|confirmed|revealed|disclosed)((?:\s+(?!by\b|that\b)[\p{L}\p{N}'’-]+){0,7}?)\s+that\s+/u;
