// 'The verdict of one veteran of the committee, delivered in the tea room, was blunter still: "competent, bloodless,
// forgettable".', 'Ms Hale's verdict was shorter: "a wasted afternoon".': a noun of judgement or reply ("verdict", "response",
// "reply", "answer", "assessment", "advice", "message", "summary") owned by someone ("of X", "X's"), then a copula and a
// colon, gives the lower-case quotation after the colon to its owner as a partial; thirty-first session, d1473. Without
// the rule the quotation was an unattributed fragment and dropped. Guards: the quotation opens lower case (a capitalised
// one after a colon is a sentence, read by the rules for direct quotations); the noun's owner is a name, a pronoun's
// possessive or an "of" phrase of a few words (not "the verdict of the court", a body's ruling, which is no statement:
// "court", "jury", "inquest", "tribunal", "panel" and "judge" owners are left out); the copula ("was", "is", "came") right
// after the owner or after one aside between commas, and nothing but a few words (an adverb, "blunter still") before the
// colon.

const NOUN = '(?:verdict|response|reply|answer|assessment|advice|message|summary|summing-up)';
const OWNER_OF_RE = new RegExp(String.raw`(?:^|\s)(?:The|the)\s+${NOUN}\s+of\s+((?:(?:a|an|one|another|the|his|her|their)\s+)?[\p{L}'\u2019-]+(?:\s+[\p{L}'\u2019-]+){0,5}?)(?:,[^,:;.!?]{1,80},)?\s+(?:was|is|came|were)(?:\s+[\p{Ll}-]+){0,3}\s*:$`, 'u');
const OWNER_POSSESSIVE_RE = new RegExp(String.raw`(?:^|\s)((?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}[\p{L}'\u2019-]+|(?:\p{Lu}[\p{L}'\u2019-]+\s+){0,2}\p{Lu}[\p{L}'\u2019-]+)['\u2019]s\s+${NOUN}(?:,[^,:;.!?]{1,80},)?\s+(?:was|is|came)(?:\s+[\p{Ll}-]+){0,3}\s*:$|(?:^|\s)(His|Her|Their)\s+${NOUN}(?:,[^,:;.!?]{1,80},)?\s+(?:was|is|came)(?:\s+[\p{Ll}-]+){0,3}\s*:$`, 'u');
const RULING_OWNER_RE = /\b(?:court|jury|inquest|tribunal|panel|judge|bench|coroner)s?\b/iu;

/** Who owns the judgement before the colon that ends `lead`: the words naming them and their offset in `lead`. */
export function verdictOwnerBeforeColon(lead: string): { owner: string; index: number; noun: string; nounIndex: number } | null {
  const of = OWNER_OF_RE.exec(lead);
  if (of && !RULING_OWNER_RE.test(of[1]!)) {
    const noun = /verdict|response|reply|answer|assessment|advice|message|summary|summing-up/u.exec(of[0])!;
    return { owner: of[1]!, index: of.index + of[0].indexOf(of[1]!, noun.index), noun: noun[0], nounIndex: of.index + noun.index };
  }
  const own = OWNER_POSSESSIVE_RE.exec(lead);
  const who = own?.[1] ?? own?.[2];
  if (!own || !who) return null;
  const noun = /verdict|response|reply|answer|assessment|advice|message|summary|summing-up/u.exec(own[0])!;
  const owner = own[2] ? who.toLowerCase() === 'their' ? 'they' : who.toLowerCase() === 'his' ? 'he' : 'she' : who;
  return { owner, index: own.index + own[0].indexOf(who), noun: noun[0], nounIndex: own.index + noun.index };
}
