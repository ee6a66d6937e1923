// A name the text lets speak as "it", read as a body's, not a person's (speaker-resolver.ts referredToAsBody owns the
// shape; these are its readings for bodies with no head word, "Sandhill Wireless", "Ravenscar Tide", "Hamilton Grace"):
// - "its" in the medium or the occasion right after the verb: "X said in a post on its website", "X said in its
//   newsletter", "X told shareholders at its annual meeting" (a person's would be "his" / "her");
// - "X said it had no comment on …", "X said it would not comment": the one that comments is "it";
// - "X said it "deeply regrets" …", "X said it apologised", "X said it welcomed": a verb only a speaker takes after "it";
// - "X said it had finished … . Its chief executive, Name, told …": the next sentence opens with "Its" and a noun;
// - "X said it accepted … . "…," the club said.": the next sentence is a quote closed by a word for a body;
// - "X said it would … . The group called …", "… . The company said …": the next sentence's subject is "the" and a word
//   for a body.
// Guards: the last three only for a name of two words or more whose first word is no given name ("Karen Doyle said it
// would …" is a person's way of speaking); the person test of referredToAsBody ("he", "she", "Mr" beside the name) still
// wins; "it" must be the clause's subject right after the verb (and the medium), not any "it" further on.
import { escapeRegExp } from '../text/escape-reg-exp.ts';

const MEDIUM_WITH_ITS = String.raw`(?:in|on)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:on|to|in)\s+its\s`;
const OCCASION_WITH_ITS = String.raw`(?:in|at)\s+its\s+(?:[\p{Ll}-]+\s+){0,2}(?:newsletter|report|statement|filing|website|meeting|bulletin|submission|magazine|blog)\b`;
const SAID = String.raw`(?:said|says|told\s+(?:[\p{Ll}-]+\s+){1,2}?)`;
const MEDIUM = String.raw`(?:\s+(?:in|on)\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|email|e-mail|release|notice|filing|post|letter|note)(?:\s+(?:on|to)\s+(?:its|the)\s+[\p{Ll}-]+(?:\s+page)?)?)?(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?`;
const BODY_WORDS = 'company|firm|business|club|team|side|airline|carrier|operator|group|organisation|organization|charity|trust|co-op|cooperative|bank|lender|insurer|retailer|supplier|miller|explorer|miner|developer|lessor|broker|utility|agency|authority|council|association|league|union|network';

/** Whether the text lets the name speak as "it" (see above). */
export function bodySpeakingAsIt(text: string, name: string, opts: { givenFirst: boolean; words: number }): boolean {
  const n = String.raw`(?<![\p{L}])${escapeRegExp(name).replace(/ /gu, '\\s+')}`;
  if (new RegExp(`${n}\\s+${SAID}\\s*(?:${MEDIUM_WITH_ITS}|${OCCASION_WITH_ITS})`, 'u').test(text)) return true;
  if (opts.givenFirst || opts.words < 2) return false;
  // ("…, Name Name, said it …": the comma closing an apposition may stand between the name and its verb; thirty-fifth
  // session, d1262.)
  const it = `${n},?\\s+${SAID}${MEDIUM}\\s+(?:that\\s+)?it\\s`;
  if (new RegExp(`${it}(?:had|has)\\s+no\\s+comment|${it}(?:would|could|did|does|will)(?:\\s+not|n't)\\s+comment`, 'u').test(text)) return true;
  if (new RegExp(`${it}[^.!?\\n]*[.!?]\\s+Its\\s+\\p{Ll}`, 'u').test(text)) return true;
  // ("Northvale Live said in a later statement that it "deeply regrets" the cancellation": "it" with a verb only one
  // who speaks takes, regretting, apologising, welcoming, is the speaker, never a dummy "it" as in "it was a shame";
  // a person would be "he" / "she". Thirty-eighth session, d1900.)
  if (new RegExp(`${it}["\u201C]?(?:(?:deeply|sincerely|greatly|strongly|warmly|fully)\\s+)?(?:regret|apologi[sz]e|welcome)(?:s|d)?\\b`, 'u').test(text)) return true;
  // ("X said it would … . The group called …": the next sentence's subject is "the" and a word for a body, where a
  // person's would be "he" / "she"; the body word must be followed by a verb in the past or present, not "of"/"'s".)
  if (new RegExp(`${it}[^.!?\\n]*[.!?]\\s+The\\s+(?:${BODY_WORDS})\\s+(?:also\\s+)?(?:\\p{Ll}+(?:ed|s)|said|told)\\b`, 'u').test(text)) return true;
  if (new RegExp(`${it}[^.!?\\n]*[.!?]\\s+["\u201C][^"\u201D\\n]*[,.!?]["\u201D]\\s+the\\s+(?:${BODY_WORDS})\\s+(?:said|says|added)\\b`, 'u').test(text)) return true;
  // ("Coral Sun said the aircraft would arrive in February. "…," the airline said.": with no "it", the same next quote,
  // when the clause calls no one "he" / "she" and the text never prints the name's last word alone as a speaker, "Sun
  // said", as it would a person's surname.)
  const esc = escapeRegExp;
  const last = esc(name.split(' ').at(-1)!);
  const surnameAlone = new RegExp(`(?<!${esc(name.split(' ').at(-2)!)}\\s+)(?<![\\p{L}])${last}\\s+(?:said|says|told|added)\\b`, 'u').test(text);
  return !surnameAlone && new RegExp(`${n}\\s+(?:said|says)\\s(?![^.!?\\n]*\\b(?:he|she|his|her)\\b)[^.!?\\n]*[.!?]\\s+["\u201C][^"\u201D\\n]*[,.!?]["\u201D]\\s+the\\s+(?:${BODY_WORDS})\\s+(?:said|says|added)\\b`, 'u').test(text);
}
