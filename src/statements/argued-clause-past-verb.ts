// "Critics argue the Government promised too much when it …", "Opponents insist the council acted too late": a verb of
// arguing with "that" left out, then a clause whose verb is a past in -ed. The rule for "that" left out (clauseWithoutThat)
// takes no -ed word after such verbs, for an -ed word after a noun may be a participle ("argued the case presented in
// May"); it is the clause's verb when an object's determiner, a number or an adverb of degree, manner or time comes right
// after it, as no participle's preposition does. Forty-third session, d2420.
// Guards: the verbs of arguing and insisting only (argue, contend, insist, maintain, in any tense); the clause's subject a
// determiner and at most three words; the word after the -ed word from a closed list (never "by", "in", "to", "and").

const ARGUING_RE = /^(?:argue|argues|argued|contend|contends|contended|insist|insists|insisted|maintain|maintains|maintained)$/u;
const AFTER_PAST = String.raw`(?:too|so|far|much|little|late|early|well|badly|only|again|\p{Ll}{3,}ly|the|a|an|its|their|his|her|our|this|these|those|no|every|all|some|any|\d[\d,.]*)`;
const PAST_CLAUSE_RE = new RegExp(
  String.raw`^\s+(?:the|a|an|its|their|his|her|this|these|those)\s+(?:(?!(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)\s)[\p{L}'\u2019-]+\s+){0,3}?\p{Ll}{2,}ed\s+${AFTER_PAST}(?![\p{L}])`,
  'u',
);

/** Whether `rest` (the words after the verb of arguing `cue`) opens a clause on a past in -ed, "that" left out. */
export function arguedClauseOnPastVerb(cue: string, rest: string): boolean {
  return ARGUING_RE.test(cue) && PAST_CLAUSE_RE.test(rest);
}
