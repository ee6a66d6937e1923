// "Bus Vannin said it had received 140 complaints … Most concerned the Sunday service, it said.": a name that reads like a
// person's (two capitalised words) speaks of itself as "it", and the next sentence's speaker is "it" again. A person is
// never "it said"; so the name is a body's. (Only "it said" in the next sentence settles it: "Name said it was a shame"
// alone is a person's "it", the weather's or the day's.)
import { givenNameGender } from './given-names.ts';

const NAME = "\\p{Lu}[\\p{L}'\u2019-]*";
/** Two to four capitalised words, then "said it"/"says it" and a lower-case word. */
const NAME_SAID_IT_RE = new RegExp(`(${NAME}(?:\\s+${NAME}){1,3})\\s+(?:said|says)\\s+it\\s+\\p{Ll}`, 'gu');
/** "…, it said." / "…, it added.": "it" as a sentence's speaker. */
const IT_SAID_RE = /,\s+it\s+(?:said|says|added|adds)\s*[.,;]/u;
/** A sentence's end: a stop and a space or the line's end. */
const SENTENCE_END_RE = /[.!?]["\u201D]?(?:\s|$)/gu;

/** The names the text calls "it" as the speaker of the sentence after the one they said something in. */
export function namesCalledIt(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NAME_SAID_IT_RE)) {
    const words = m[1]!.split(/\s+/u);
    // (Not a sentence's opening "The", nor a given name: "Anna Berg said it was …".)
    if (words[0] === 'The') words.shift();
    if (words.length < 2 || givenNameGender(words[0]!) !== null) continue;
    SENTENCE_END_RE.lastIndex = m.index + m[0].length;
    const first = SENTENCE_END_RE.exec(text);
    if (!first) continue;
    const second = SENTENCE_END_RE.exec(text);
    const next = text.slice(first.index + first[0].length, second ? second.index + 1 : text.length);
    if (!next.includes('\n\n') && IT_SAID_RE.test(next)) out.push(words.join(' '));
  }
  return out;
}
