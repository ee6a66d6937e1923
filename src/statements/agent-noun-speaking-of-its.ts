// "Zespri says it is too early …. In a statement, the marketer says its orchard teams are visiting growers": a word for
// a doer read as a person's only by its ending ("the marketer", "the distributor", "the packer"), with "the", whose
// clause opens with "its" is the body the text named before, speaking of its own; a person's would be "his" or "her".
// speaker-resolver.ts asks it for a post nobody holds, before taking such a speaker as someone unnamed.
// Guards: the word no listed post or person's word ("the manager says its staff …" stays a person's); one lower-case
// word after "the" and nothing else; "its" right after the verb of saying (and "that"), or the sentence opening with
// "Its …" before the phrase; the resolver only takes a body the text has named, else leaves the speaker as it was.
import { isListedPersonNoun, ROLE_NOUNS } from './vocabulary.ts';

const SAYING = 'said|says|added|announced|confirmed|stated|explained|noted|reported|warned';
const ITS_AFTER_RE = new RegExp(`^\\s+(?:also\\s+)?(?:${SAYING})(?:\\s+on\\s+\\p{Lu}\\p{Ll}+)?\\s+(?:that\\s+)?its\\s`, 'u');
/** A sentence opening with "Its …" up to the phrase, after a comma: "Its teams are out this week, the marketer says". */
const ITS_BEFORE_RE = /(?:^|[.!?]["\u201D]?\s+|\n)Its\s[^.!?\n]*,\s*$/u;

/** Whether the phrase printed at `start`–`end` is "the <doer's word>" speaking of "its" own. */
export function agentNounSpeakingOfIts(text: string, start: number, end: number, roles: readonly string[]): boolean {
  const m = /^the\s+(\p{Ll}+)$/u.exec(text.slice(start, end));
  if (!m || roles.length !== 1 || !/(?:er|or)$/u.test(m[1]!) || ROLE_NOUNS.has(m[1]!) || isListedPersonNoun(m[1]!)) return false;
  return ITS_AFTER_RE.test(text.slice(end, end + 60)) || ITS_BEFORE_RE.test(text.slice(Math.max(0, start - 300), start));
}
