// Russian copy set in straight double marks ("АО "Верхнекамский комбинат"", wire style) names its bodies in them where
// Russian typography has «…». The Russian rules read a body's «name» in guillemets only, so such a text is read with
// each pair of straight marks in a paragraph put as «…» (one character for one: every offset stays). Only a text that
// is Russian and has no guillemets at all: one that mixes the two keeps its straight marks for what they mark there.

const OPENS_AFTER = /[\s([{\u2014\u2013\-/]/u;

/** `text` with its straight double marks paired as «…» within each paragraph, or `text` itself when it is not such copy. */
export function straightQuotesAsGuillemets(text: string): string {
  if (!text.includes('"') || text.includes('\u00AB') || text.includes('\u00BB')) return text;
  // (Russian: more Cyrillic letters than Latin ones.)
  let cyrillic = 0;
  let latin = 0;
  for (const ch of text) {
    if (ch >= '\u0400' && ch <= '\u04FF') cyrillic++;
    else if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) latin++;
  }
  if (cyrillic <= latin) return text;
  const chars = text.split('');
  let open = -1;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '\n') open = -1; // a pair never spans paragraphs
    if (ch !== '"') continue;
    const before = i > 0 ? chars[i - 1]! : '\n';
    const after = chars[i + 1];
    if (open < 0 && (OPENS_AFTER.test(before) || /[.!?]/u.test(before)) && after !== undefined && !/\s/u.test(after)) open = i;
    else if (open >= 0) {
      chars[open] = '\u00AB';
      chars[i] = '\u00BB';
      open = -1;
    }
  }
  return chars.join('');
}

/** A statement read on the marked text, its words as `text` prints them. */
export function asPrinted<S extends { text: string; start: number; end: number; speakerMention?: { text: string; start: number; end: number } }>(text: string, s: S): S {
  const mention = s.speakerMention ? { ...s.speakerMention, text: text.slice(s.speakerMention.start, s.speakerMention.end) } : undefined;
  return { ...s, text: text.slice(s.start, s.end), ...(mention ? { speakerMention: mention } : {}) };
}
