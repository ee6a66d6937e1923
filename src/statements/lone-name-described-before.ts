// A lone name after a description of someone that opens the sentence: "A farmer at the trading centre, Mercy said she …",
// "A nurse from the district hospital, Chipo told …". A lone unknown word is otherwise read as a body's name; a fronted
// "a[n] <person noun> …," in apposition to it says it is a person's. (Not "A water company in the north, Veolia said": a
// description whose head is a body's kind leaves a body.)
import { BODY_KINDS } from './speaker-phrase.ts';
import { isPersonNoun, PREPOSITIONS } from './vocabulary.ts';

/** The sentence's opening "A[n] …," right before the name: its description. */
const FRONTED_RE = /(?:^|[.!?]["\u201D\u2019]?\s+|\n\s*)An?\s+([\p{Ll}][\p{L}'\u2019 -]{1,80}),\s*$/u;

/** Whether the sentence opens with an indefinite description of a person in apposition to the name at `start`. */
export function describedBeforeAsPerson(text: string, start: number): boolean {
  const m = FRONTED_RE.exec(text.slice(Math.max(0, start - 100), start));
  if (!m) return false;
  const words = m[1]!.trim().split(/\s+/u);
  // The description's head: its last word before a preposition ("farmer" of "farmer at the trading centre").
  const cut = words.findIndex((w) => PREPOSITIONS.has(w));
  const head = (cut > 0 ? words.slice(0, cut) : words).at(-1)!;
  return /^\p{Ll}/u.test(head) && isPersonNoun(head) && !BODY_KINDS.has(head);
}
