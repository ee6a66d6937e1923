// "Nia Carwardine is Nora, and Tom Ashdown is Torvald. The actor, who plays Torvald as a nervous clerk, said …": a
// performer's word ("the actor", "the actress", "the soprano"…) followed by ", who plays <Part>" is the one the text casts
// in that part ("<Name Name> is <Part>", "<Name Name> plays / played / as <Part>", "<Part> is played by <Name Name>",
// "<Name Name> (<Part>)"), not an unnamed source nor the person quoted last. Reviews name the cast once and then tell
// them apart by the parts they play. (Thirty-fourth session: a third probe of English speaker resolution, d1627.)
// Guards: the phrase is "the" and one performer's word alone; the aside right after it is ", who plays / played / sings
// / dances <Part>" with the part capitalised; exactly one full name (two or three capitalised words) is cast in that part
// anywhere in the text, so a part two people share, or no casting line, leaves the phrase to the other rules.

import { escapeRegExp } from '../text/escape-reg-exp.ts';

const PERFORMER_RE = /^the\s+(?:actor|actress|performer|singer|dancer|soprano|mezzo-soprano|mezzo|tenor|baritone|bass|comedian|puppeteer)$/iu;
const AFTER_RE = /^\s*,\s*who\s+(?:plays|played|is\s+playing|sings|sang|dances|danced)\s+(?:the\s+)?(\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)?)/u;
const FULL_NAME = String.raw`(\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){1,2})`;

/** The full name the text casts in the part named after "the <performer>, who plays …", or null. */
export function performerByPart(text: string, start: number, end: number): string | null {
  if (!PERFORMER_RE.test(text.slice(start, end).trim())) return null;
  const part = AFTER_RE.exec(text.slice(end, end + 80));
  if (!part) return null;
  const p = escapeRegExp(part[1]!);
  const cast = new RegExp(String.raw`${FULL_NAME}(?:,[^,.;]{1,60},)?\s+(?:is|plays|played|as|will\s+play)\s+(?:the\s+)?${p}(?![\p{L}])|(?<![\p{L}])${p}\s+(?:is\s+|was\s+)?played\s+by\s+${FULL_NAME}|${FULL_NAME}\s+\(${p}\)`, 'gu');
  const names = new Set<string>();
  for (const m of text.matchAll(cast)) {
    if (m.index === start) continue;
    const name = (m[1] ?? m[2] ?? m[3])!.replace(/\s+/gu, ' ');
    // (A sentence's opening article or conjunction is no part of the name.)
    names.add(name.replace(/^(?:The|And|But|While|When)\s+/u, ''));
  }
  return names.size === 1 ? [...names][0]! : null;
}
