// "The women's race was won by Name Name of Ambleside AC in 3:08:52. She told the club's race blog that …": a passive
// whose agent after "by" is a full name is about that person, whom a later "she" or "he" means; the sentence's subject
// (a race, a prize, a seat) is no person, and the rules before found no subject at all, so the pronoun was left with no
// one (thirty-eighth session, test-56 w10). Guards: read only when the sentence gave no subject; a form of "be" right
// before a past participle in -ed, -en or a few irregular ones, "by" right after it; the agent two or three capitalised
// words whose first is a given name of known gender (not "by Ambleside AC", "by Monday", "by the club"); the name ends
// before a lower-case word, a comma or the sentence's end.

import { givenNameGender } from './given-names.ts';
import type { SpeakerPhrase } from './speaker-phrase.ts';

const PASSIVE_BY_NAME_RE = /\b(?:was|were|has\s+been|had\s+been|is)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}(?:ed|en)|won|led|run|taken|held|set|beaten|bought|sold|built|made|found|caught|kept)\s+by\s+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}'\u2019-]+){1,2})(?=[ \t]+(?:of|from|in|at|on|with|who|after|for)\b|[ \t]*[,.;]|[ \t]*$)/u;

/** The full name after "was <participle> by" in the sentence `masked[start, end)`, as a mention, or null. */
export function passiveAgentNamed(masked: string, start: number, end: number): SpeakerPhrase | null {
  const sentence = masked.slice(start, end);
  const m = PASSIVE_BY_NAME_RE.exec(sentence);
  if (!m) return null;
  const name = m[1]!;
  if (givenNameGender(name) === null) return null;
  const at = start + m.index + m[0].length - name.length;
  return { kind: 'name', name: name.split(/[ \t]+/u), roles: [], qualifier: null, start: at, end: at + name.length };
}
