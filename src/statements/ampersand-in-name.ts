// "San Diego Gas & Electric said", "Harrow Tool & Die said": capitalised words joined by "&" are a body's name, never a
// person's (no one's given name and surname are printed with "&" between them), and the name keeps its "&" as printed
// (the tokens drop it, so the speaker would otherwise read "San Diego Gas Electric").
// Guards: a capitalised word on both sides of the "&" inside the span of the name's own words, so that "Smith & co."
// or an "&" elsewhere in the sentence does not count.

import { escapeRegExp } from '../text/escape-reg-exp.ts';

/** The name as printed with its "&" ("San Diego Gas & Electric") when the words are so joined in the text; else null. */
export function nameJoinedByAmpersand(text: string, words: readonly string[], start: number, end: number): string | null {
  if (words.length < 2) return null;
  const pattern = words.map(escapeRegExp).join('(?:\\s+|\\s*&\\s*)');
  const m = new RegExp(`(?<![\\p{L}])${pattern}(?![\\p{L}])`, 'u').exec(text.slice(start, end));
  if (!m || !/\p{Lu}[\p{L}'\u2019-]*\s*&\s*\p{Lu}/u.test(m[0])) return null;
  // ("Larkspur Timber & Rail Co.": an abbreviated legal form keeps its full stop, as company-by-legal-form.ts prints it.)
  const dot = /^(?:Co|Inc|Corp|Ltd|Bros)$/u.test(words.at(-1)!) && text[start + m.index + m[0].length] === '.' ? '.' : '';
  return m[0].replace(/\s+/gu, ' ') + dot;
}
