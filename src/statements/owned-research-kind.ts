// "According to the Agriculture and Horticulture Development Board, the crop is …. The board's analysts said yields had …
// They warned that …": analysts the text gives a body it has named, by that body's kind's word in the possessive ("the
// board's", "the bank's", "the agency's"), publish under its name, as "Analysts at <Body>" do (research-firm.ts): the
// body's statement, and "they" after them the body's too. Before this rule the phrase read as unnamed analysts.
// Guards: only "the <kind word>'s <analysts|economists|strategists>", the kind word one a body's name ends in
// (ORGANISATION_HEADS: "board", "bank", "agency", "institute"); the resolver gives it the body of that kind the text named,
// and where it named none the analysts stay an unnamed group (speaker-resolver.ts; that English phrase only, not a
// Russian research phrase with a lower-case body, «по словам аналитиков банка», left as it was). "Its analysts", a person's
// ("the minister's economists"), and a lone "analysts" are left as they were.
import type { Token } from './speaker-phrase.ts';
import { withoutPossessive } from './token-forms.ts';
import { ORGANISATION_HEADS } from './vocabulary.ts';

/** The kind's word (its possessive dropped) in "the <kind>'s <role>", the role at `head`; else null. */
export function ownedResearchKind(tokens: readonly Token[], head: number): Token | null {
  if (head !== 2 || tokens[0]!.lower !== 'the') return null;
  const owner = tokens[1]!;
  if (!owner.possessive || !/^\p{Ll}+$/u.test(owner.base) || !ORGANISATION_HEADS.has(owner.base)) return null;
  return withoutPossessive(owner);
}

/**
 * The kind's word in "<analysts> at|with|from the <kind>", the role at `head` opening the phrase ("Analysts at the agency
 * wrote"); else null. The same body as "the agency's analysts": the resolver gives it the body of that kind the text
 * named, and where it named none the analysts stay an unnamed group. Guards: exactly those four words (not "analysts at the
 * agency's rival"), the kind word lower case and one a body's name ends in.
 */
export function atOwnedResearchKind(tokens: readonly Token[], head: number): Token | null {
  if (head !== 0 || tokens.length !== 4 || !['at', 'with', 'from'].includes(tokens[1]!.text) || tokens[2]!.lower !== 'the') return null;
  const kind = tokens[3]!;
  return !kind.possessive && /^\p{Ll}+$/u.test(kind.text) && ORGANISATION_HEADS.has(kind.text) ? kind : null;
}
