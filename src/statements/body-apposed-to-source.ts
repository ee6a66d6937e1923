// "According to Parkwise, the regional parking agency, occupancy reaches …": a body's name, then what kind of body it is
// between commas, then the clause. The apposition belongs to the source, as a person's role does ("According to Name, a
// former grid operator, …", apposedRole in attribution.ts); without this the clause began at "the regional parking agency".
// (Thirty-fourth session, test-47 w12.)
// Guards: the apposition is a short noun phrase in lower case whose last word is a body's head noun from the list below,
// with no verb in it, so "According to the auction report, the average lot sold for …" or "…, the company's shares fell
// …" keep their words in the clause (a verb, or a head that is no body: "lot", "shares"); the head must carry a word
// before it ("the regional parking agency", not a bare "the company"), and no relative may follow ("According to X, the
// water company, which supplies the town, was fined": the company is the clause's subject).
// (The heads: body-apposed-or-they.ts's SINGULAR_BODY_HEADS, one list with the description after a name that speaks,
// "Wiener Bäder, the city's baths department, said"; thirty-fourth session's second round.)
import { SINGULAR_BODY_HEADS } from './body-apposed-or-they.ts';

const WORDS_BEFORE_HEAD = /^(?:[\p{Ll}][\p{Ll}'\u2019-]*\s+){1,4}([\p{Ll}][\p{Ll}-]*)$/u;
const VERBISH = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|\p{Ll}+ed)\b/u;

// "According to figures from Tide Watch, a volunteer group that counts passengers at both slipways, use fell …": the
// kind of body may carry its own relative before the comma, which describes the body and is no part of the clause
// (thirty-fourth session, second round, dev d1637). Guards: the relative opens right after the head noun with
// that/which/who and a verb in -s or -ed (what the body does), the words before it pass the tests above on their own,
// and the relative holds no verb of saying ("a group that said …" is left as it was).
const HEAD_THEN_RELATIVE = /^(.+?)\s+(?:that|which|who)\s+\p{Ll}+(?:s|ed)\s/u;
const SAYING_IN_RELATIVE = /\b(?:said|says|say|told|tells|warned|warns|claimed|claims|argued|argues|insisted|insists)\b/u;

/** Whether the words after "a|an|the" in "According to X, the …, " name what kind of body X is. */
export function isBodyApposition(words: string, after: string): boolean {
  const relative = HEAD_THEN_RELATIVE.exec(words.trim());
  if (relative && !SAYING_IN_RELATIVE.test(words) && plainBodyKind(relative[1]!, after)) return true;
  return plainBodyKind(words, after);
}

function plainBodyKind(words: string, after: string): boolean {
  const m = WORDS_BEFORE_HEAD.exec(words.trim());
  return m !== null && SINGULAR_BODY_HEADS.has(m[1]!) && !VERBISH.test(words) && !/^\s*(?:which|who|whose|that)\b/iu.test(after);
}
