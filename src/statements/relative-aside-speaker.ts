// A speaker's words reported in a relative clause set as an aside in another sentence:
//   "Others, including two people who said they had slept outside last winter, urged the council to approve the plan."
//   '"…," said Name, who told the council she now lives in her car.'
// Three readings went wrong. (1) "…, urged the council to approve the plan" was read as a speaker after its verb ("…,
// urged the council."), the words before it given to the council: a verb with its object and a "to" and a verb after it
// asks someone to do something and names no speaker. (2) The clause after "who said" ran on past the comma that closes the
// aside into the sentence's own predicate (", urged the council …"). (3) After a quotation's attribution, a relative on the
// speaker's name that reports more of their words (", who told the council she …") was never read: the attribution had
// framed the sentence.
// Guards: (1) only for verbs other than say / tell / add (whose listener may follow, "said the envoy to reporters"), and only
// a "to" before a lower-case word that opens no noun phrase ("the envoy to the UN", "the ambassador to NATO" keep their
// speaker); (2) only when the relative itself follows a comma (an aside), and only at a comma followed by a verb in the
// past or a finite auxiliary, not by a list's next item; (3) only "who" right after the speaker's name and a comma, and a
// verb of saying straight after it.
// (4) With (2), "Name, 71, a retired farmer who said he had never …, said he voted yes this time": the sentence's own verb
// of saying after the aside frames a clause of the same speaker, when the relative is on the sentence's subject (guard: not
// on someone inside it, "Others, including two people who said …, said …").

/** "the council to approve": an object, then "to" and a verb; the run after an inverted verb names no speaker. */
const OBJECT_THEN_INFINITIVE_RE = /^\s*(?:(?:the|a|an|its|their|his|her|this|our)\s+)?(?:[\p{L}'\u2019-]+\s+){0,4}?to\s+(?!(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your)\b)\p{Ll}[\p{Ll}-]+\b/u;

/** Whether the words after an inverted verb of speech that is not say / tell / add are its object and an infinitive. */
export function isObjectThenInfinitive(afterVerb: string): boolean {
  return OBJECT_THEN_INFINITIVE_RE.test(afterVerb);
}

/** A relative on someone before a comma, then a verb: "…, including two people who", "Name, who also". */
const ASIDE_RELATIVE_RE = /,[^,]*\bwho\s+(?:also\s+)?$/u;

/**
 * Where a clause reported in a relative aside ends, when the aside's closing comma is followed by the sentence's own verb
 * (", urged the council …", ", was among …"): the offset of that comma in `clause`, else -1. `lead` is the sentence up to
 * the verb of saying; `isVerb` tells a verb in the past or a finite auxiliary.
 */
export function relativeAsideEnd(lead: string, clause: string, isVerb: (word: string) => boolean): number {
  if (!ASIDE_RELATIVE_RE.test(lead)) return -1;
  for (const m of clause.matchAll(/,\s+(\p{Ll}[\p{Ll}'\u2019-]*)\s+(\p{Ll}[\p{Ll}'\u2019-]*)/gu)) {
    // (Not a list's next item, "…, cold and hungry".)
    if (m[2] === 'and' || m[2] === 'or') continue;
    if (isVerb(m[1]!)) return m.index;
  }
  return -1;
}

/** ", who told the council", ", who said": a relative on the speaker's name that reports more of their words. */
export const WHO_SAYS_AFTER_NAME_RE = /^\s*,\s*who\s+(?:also\s+|later\s+)?(?:said|says|told|tells|added|adds)\s/u;

/** ", said he voted …": the sentence's own verb of saying right after the aside's closing comma; group 1 the verb. */
export const MAIN_SAYING_AFTER_ASIDE_RE = /^\s*,\s+(said|says|told|tells|added|adds)\s/u;

/**
 * Whether the relative (the sentence up to its verb of saying, `lead`) is on the sentence's own subject, so that the
 * sentence's verb after the aside has the same speaker: "Name, 71, a retired farmer who said …, said …". Not when the
 * relative is on someone inside the subject ("Others, including two people who said …", "Residents such as …, among
 * them …").
 */
export function relativeOnSentenceSubject(lead: string): boolean {
  return /\bwho\s+(?:also\s+)?$/u.test(lead) && !/\b(?:including|among|like|such\s+as|with|and|or|of)\b/u.test(lead);
}
