// "He wrote the company expected to reach the hamlet within days", "She announced they planned to reopen in May": a
// reported clause without "that" whose verb is one of intention or expectation in -ed, then "to" and a verb. The rule for
// "that" left out (clauseWithoutThat) takes no -ed word, for an -ed word after a noun may be a participle ("announced
// the plan agreed in May"); before "to" and a verb, after a pronoun, it is the clause's verb.
// Guards: a participle after a noun ("announced the rates expected to apply next year", "the measures intended to cut
// costs") is read as a clause only after a verb of writing ("wrote", "posted", "emailed"), whose object is rarely such a
// noun; "to" before a determiner or "by" ("the sum promised to the town", "the route planned by the council") is no
// infinitive.

const INTENTION_VERBS = '(?:expected|planned|hoped|wanted|intended|decided|agreed|promised|pledged|vowed|refused|failed|managed|tried|aimed|needed|continued)';
const INFINITIVE = String.raw`\s+to\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those|by|be\s+\p{Ll}+ed\s+by)\b)\p{Ll}`;
const PRONOUN_RE = new RegExp(String.raw`^\s+(?:he|she|they|we|it|I)\s+(?:also\s+|still\s+)?${INTENTION_VERBS}${INFINITIVE}`, 'u');
const NOUN_RE = new RegExp(String.raw`^\s+(?:the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?[\p{Ll}-]+\s+(?:also\s+|still\s+)?${INTENTION_VERBS}${INFINITIVE}`, 'u');

/** Verbs of writing, after which "the X expected to …" is a clause, not an object and its participle. */
const WRITING_RE = /^(?:wrote|writes|write|posted|posts|emailed|texted|tweeted)$/u;

/** Whether `rest` (the words after the verb of saying `cue`) opens a clause on a verb of intention, "that" left out. */
export function intentionClauseWithoutThat(cue: string, rest: string): boolean {
  return PRONOUN_RE.test(rest) || (WRITING_RE.test(cue) && NOUN_RE.test(rest));
}
