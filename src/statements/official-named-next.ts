// "HELENA — The fund will run dry …, a state official told a legislative committee Thursday." then, opening the next
// paragraph, "Name Name, fiscal bureau chief at the Montana Department of …, told lawmakers that …": a lead's official,
// left unnamed only until the next paragraph, is the one that paragraph names with a post at a named body and the same
// verb (told … told, said … said). The development part gives such a lead to that person (the convention for a lead
// whose speaker is named in the next paragraph). An official is often unnamed on purpose, so this takes only that shape.
// Guards (in extract.ts, beside "A mother of three … said" then "Name, 34,"): one official, not a source, not unnamed on
// purpose; the name opens the next paragraph; an apposition gives it a post "at", "of" or "with" a capitalised body; the
// verb after the apposition is the lead's own. Not "…, a government official said" then "Name, an opposition lawmaker,
// said" (no body's post), nor "Name, director of X, warned" after "an official told" (another verb).

import { HONORIFICS } from './vocabulary.ts';

/** Whether the name at `at` opens its paragraph, perhaps after a courtesy title ("Mr Name, the … officer at …"). */
export function opensParagraph(text: string, at: number): boolean {
  const before = /^\s*(?:(\p{L}+)\.?\s+)?$/u.exec(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
  return before !== null && (before[1] === undefined || HONORIFICS.has(before[1].toLowerCase()));
}

/** After the name: ", <post in lower case> at|of|with [the] <Capitalised body …>, <verb>". */
const POST_AT_BODY_THEN_VERB_RE = /^,\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+\s+(?:at|of|with)\s+(?:the\s+)?\p{Lu}[^,;.\n]{2,90},\s+(\p{Ll}+)\b/u;

/** Whether the name ending at `nameEnd` is given a post at a named body, then the verb `leadVerb` (the lead's). */
export function officialNamedNext(text: string, nameEnd: number, leadVerb: string): boolean {
  const m = POST_AT_BODY_THEN_VERB_RE.exec(text.slice(nameEnd, nameEnd + 200));
  return m !== null && m[1] === leadVerb.toLowerCase();
}
