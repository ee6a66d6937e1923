// A length-preserving fold for matching quotes against page text.
// Pages re-render with curly instead of straight quotes, en dashes instead of
// hyphens, non-breaking spaces or line breaks instead of spaces. Folding both
// sides one UTF-16 unit for one unit keeps every offset found in the folded
// text valid in the original, so no offset map is needed.

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '`': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '.',
};

// Typographic variants above plus every whitespace character but the plain
// space, which is already what they fold to (matching it would call the
// replacer for every space of the page).
const FOLD_RE = /[\u2018\u2019\u201A\u201B\u2032`\u00B4\u201C-\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2212\u2026]|[^\S ]/g;

/** Folds typography and whitespace, one UTF-16 unit for one: the result has the input's length. */
export function foldForMatching(text: string): string {
  return text.replace(FOLD_RE, (ch) => FOLD[ch] ?? ' ');
}
