// Text normalisation shared by recognition, cross-references and anchoring.
// Pages and corpus copies differ in typography (curly vs straight quotes, en
// and em dashes, non-breaking spaces) and in line wrapping; comparison must not.

const TYPOGRAPHY: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"',
  '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '.',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200A': ' ',
  '\u200B': '', '\u200C': '', '\u200D': '', '\uFEFF': '',
};

const TYPOGRAPHY_RE = /[\u2018\u2019\u201A\u201B\u2032\u201C-\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2212\u2026\u00A0\u2007\u202F\u2009\u200A\u200B-\u200D\uFEFF]/g;

/**
 * Folds typographic variants to ASCII one character for one character
 * (zero-width characters excepted), so offsets stay comparable where the
 * text has none of those.
 */
export function foldTypography(text: string): string {
  return text.replace(TYPOGRAPHY_RE, (ch) => TYPOGRAPHY[ch] ?? ch);
}

/** A word of a text with its place in that text. */
export interface Word {
  /** Lower-cased, typography folded, letters and digits only. */
  norm: string;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;

/** Splits a text into normalised words with their offsets in the original text. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const start = m.index;
    out.push({ norm: foldTypography(m[0]).toLowerCase(), start, end: start + m[0].length });
  }
  return out;
}

/** Paragraphs of a text: runs separated by blank lines, or by single line breaks in hard-wrapped copy. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n|\r\n\s*\r\n|\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}
