// "Grzegorz Wrona, head of the Sierpień 80 union at the mine, said …" then "Sierpień 80 said in a statement it did not
// rule out a strike.": a body whose name ends in a number (a union, a party, a movement) is no person's name, and the
// phrase parser, which reads capitalised words, stops at the number. The text shows it is a body where it prints the name
// between "the" and a word for a body's kind ("the Sierpień 80 union", "the Charter 97 movement"); such names, taught by
// the text while it is read, are bodies when they speak.
// Guard: only names the text marks so ("Grade 2", "Year 9", "Route 66", "March 2024" are school years, roads and dates,
// which no text prints as "the Grade 2 union"); not a month or a word that opens a sentence ("In 2019 the union …").
import type { Token } from './speaker-phrase.ts';
import { TaughtWords } from './taught-words.ts';

/** The numbered bodies of the text being read, lower-cased ("sierpień 80"). */
export const TAUGHT_NUMBERED_BODIES = new TaughtWords();

/** Words for a body's kind after its numbered name. */
const KINDS = 'union|unions|party|movement|group|club|coalition|alliance|campaign|association|collective|committee|federation|network|trust|foundation';

/** "the Sierpień 80 union": "the", one to three capitalised words, a number of up to four digits, a body's kind. */
const NUMBERED_BODY_RE = new RegExp(`(?<![\\p{L}])[Tt]he\\s+((?:\\p{Lu}[\\p{L}'\u2019-]*\\s){1,3}\\d{1,4})\\s+(?:${KINDS})\\b`, 'gu');

/** Months and words before a year or a count, never a body's name. */
const NOT_NAMES = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|in|on|at|by|since|until|from|of|for|after|before|during|grade|year|form|class|route|page|section|article|room|ward|gate|platform|terminal)$/u;

/** The names the text prints as numbered bodies. */
export function numberedBodiesInText(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(NUMBERED_BODY_RE)) {
    const words = m[1]!.toLowerCase().split(/\s+/u);
    if (words.slice(0, -1).some((w) => NOT_NAMES.test(w))) continue;
    out.add(words.join(' '));
  }
  return out;
}

/** The body's name as printed, when `tokens` ("[the] Sierpień 80") are a numbered body the text taught; else null. */
export function numberedBodyName(tokens: readonly Token[]): string | null {
  const named = tokens[0]?.lower === 'the' ? tokens.slice(1) : tokens;
  if (named.length < 2 || named.length > 4 || !/^\d{1,4}$/u.test(named.at(-1)!.text)) return null;
  const key = named.map((t) => t.lower).join(' ');
  return TAUGHT_NUMBERED_BODIES.has(key) ? named.map((t) => t.text).join(' ') : null;
}
