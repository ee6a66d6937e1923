// Words and blocks of a text, normalised so that typography is not a change:
// curly and straight quotes, dashes, non-breaking spaces and runs of spaces
// all vanish (only letters and digits are compared, lower-cased), and line
// breaks only separate blocks — a reflowed paragraph has the same words.
import { foldTypography } from '../text/normalize.ts';
import type { Token } from './types.ts';

const NON_ASCII = /[^ -~\t\n\r]/;
const WORD_RE = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;

/** The words of `text` from `from` to `to`, appended to `out` with offsets into `text`. */
export function appendTokens(text: string, from: number, to: number, out: Token[]): void {
  // The stretch is lower-cased and folded once, not word by word; both keep
  // its length for nearly every text (a letter whose lower case is longer,
  // like "İ", sends the stretch the slow way).
  const part = text.slice(from, to);
  let norm = part.toLowerCase();
  if (NON_ASCII.test(norm)) norm = foldTypography(norm);
  const aligned = norm.length === part.length;
  WORD_RE.lastIndex = 0;
  for (;;) {
    const m = WORD_RE.exec(part);
    if (!m) break;
    const start = m.index;
    const end = start + m[0].length;
    const word = aligned ? norm.slice(start, end) : foldTypography(m[0]).toLowerCase();
    out.push({ norm: word, start: from + start, end: from + end });
  }
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  appendTokens(text, 0, text.length, out);
  return out;
}

/** A block of the live text (a line: the DOM text map puts "\n" between blocks) and its words. */
export interface Block {
  start: number;
  end: number;
  /** Index of its first word in the live token list, and one past its last. */
  firstToken: number;
  endToken: number;
}

/** Whether a block reads as story text (a sentence), not a menu entry, headline or button. */
export function isProse(text: string, wordCount: number): boolean {
  if (wordCount >= 20) return true;
  return wordCount >= 6 && /[.!?:"'\u201D\u2019)]\s*$/.test(text);
}
