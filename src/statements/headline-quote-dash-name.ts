// "'We let them off the hook' – Ramkissoon", ""Not one more cut" - Okafor": a headline that is a quotation followed by a
// dash and the speaker's name alone, as sports and regional pages write it, gives the quotation to that name (the text
// names the person in full below; "Surname: "…"" was already read). Before, the quotation had no speaker, or, in single
// marks, was not read at all. Forty-fourth session, an eighth probe of English speaker resolution (d2444).
// Guards: the text's first paragraph, the quotation opening it; after the closing mark only a dash and one to three
// capitalised words to the line's end.
import type { Attribution } from './attribution.ts';
import { parseSpeakerPhrase, tokenize } from './speaker-phrase.ts';

const DASH_NAME_RE = /^[ \t]*([\u2013\u2014-])[ \t]*(\p{Lu}[\p{L}'\u2019-]+(?:[ \t]+\p{Lu}[\p{L}'\u2019-]+){0,2})[ \t]*$/u;

/** The name after a headline quotation's dash, as an attribution; null when the rest of the line is anything else. */
export function headlineDashName(masked: string, from: number, lineEnd: number): Attribution | null {
  const m = DASH_NAME_RE.exec(masked.slice(from, lineEnd));
  if (!m) return null;
  const nameAt = from + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + 1);
  const phrase = parseSpeakerPhrase(tokenize(m[2]!, nameAt));
  if (phrase?.kind !== 'name') return null;
  const cueAt = from + m[0].indexOf(m[1]!);
  return { phrase, cue: { text: m[1]!, start: cueAt, end: cueAt + 1 } };
}
