// "Costs rose 7%, which Chief Financial Officer Name attributed to "higher royalties, labour and one-off maintenance".",
// "The company blamed the delay on "a shortage of parts"": the cause a speaker gives for something, in their words, after
// "attributed … to" or "blamed … on", is a partial quotation of that speaker, as 'described … as "…"' is. Only the verbs of
// explaining a cause, each with its own preposition right before the quotation.
// Guards: the passive and the participle after a noun are not the speaker's ("the rise was attributed to "…"", "the
// figures attributed to "…"", "remarks attributed to him"): the verb must have its object between it and the preposition
// ("attributed the rise to"), or be the verb of a relative clause whose subject stands between "which" / "that" and it
// ("which Name attributed to"); and never after a form of "be".

/** The verb of a cause given in quotation marks, the lead (a sentence up to the quotation) ends with; group 1 the verb. */
const CAUSE_WITH_OBJECT_RE = /(?<![\p{L}-])(?<!\b(?:was|were|is|are|be|been|being)\s+)(attributed|attributes|attributing|blamed|blames|blaming)(?:\s+(?!(?:to|on|by)\b)[\p{L}\p{N}'\u2019%$-]+){1,6}\s+(to|on)\s*$/u;
const CAUSE_IN_RELATIVE_RE = /(?<![\p{L}])(?:which|that)\s+(?:(?:the|a|an|its|his|her|their)\s+|\p{Lu})[^.!?,;:]{0,80}?\s(attributed|attributes|blamed|blames)\s+(to|on)\s*$/u;

const PREPOSITION: Record<string, string> = { attribut: 'to', blam: 'on' };

/** The verb's match in `lead` when it gives a cause in a quotation that follows at once; else null. */
export function causeLead(lead: string): RegExpExecArray | null {
  const m = CAUSE_WITH_OBJECT_RE.exec(lead) ?? CAUSE_IN_RELATIVE_RE.exec(lead);
  if (!m) return null;
  // ("blamed … on", "attributed … to": each verb with its own preposition.)
  const stem = m[1]!.startsWith('attribut') ? 'attribut' : 'blam';
  return PREPOSITION[stem] === m[2] ? m : null;
}
