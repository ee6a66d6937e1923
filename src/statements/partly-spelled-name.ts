// A body's name printed with its first words in full and the rest as initials: "Hull KR" for "Hull Kingston Rovers",
// "Sporting KC" for "Sporting Kansas City". Spelled out only where the text prints the full form, so that a name
// that merely ends in capitals ("Radio NZ", "Team GB") stays as written when the text never spells it.
import { escapeRegExp } from '../text/escape-reg-exp.ts';

/** The full form of `written` ("Hull KR") that the text prints ("Hull Kingston Rovers"), or null. */
export function partlySpelledOut(text: string, written: string): string | null {
  const words = written.trim().split(/\s+/u);
  const initials = words.at(-1)!;
  if (words.length < 2 || !/^\p{Lu}{2,4}$/u.test(initials)) return null;
  const lead = words.slice(0, -1);
  const spelled = `((?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){${initials.length}})(?![\\p{L}\\p{N}])`;
  const pattern = new RegExp(`(?<![\\p{L}])${lead.map(escapeRegExp).join('\\s+')}${spelled}`, 'gu');
  for (const m of text.matchAll(pattern)) {
    const rest = m[1]!.trim().split(/\s+/u);
    if (rest.map((w) => w[0]).join('') === initials) return [...lead, ...rest].join(' ');
  }
  return null;
}
