/**
 * "The minister shot back that …", "The club hit back that …", "She fired back at critics that …": a retort with
 * "back" and "that" frames a reported clause like "replied that" (the verbs alone, "shot", "hit", "fired", are no verbs
 * of saying, so only with "back" and then "that"). Group 1 is the verb; the subject before the match speaks.
 */
export const RETORT_BACK_RE = /\s(shot|hit|fired|snapped|struck)\s+back\s+(?:at\s+[^,;:"\u201C\u201D]{1,40}?\s+)?that\s+(?=[\p{L}\p{N}])/u;
