// The text of one paragraph of a page, from the text node values read for it.

import { isWhiteSpace } from './white-space.ts';

/** White space other than the plain space U+0020 (what \s matches but " "). */
const OTHER_SPACE = /[^\S ]/;

/** Whether `text` holds anything replace(/\s+/g, ' ').trim() would change. */
function hasSpaceToCollapse(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  // White space at either end is common (a line break before a closing tag, or an unclosed <p>) and costs two loads to see.
  if (isWhiteSpace(text.charCodeAt(0)) || isWhiteSpace(text.charCodeAt(n - 1))) return true;
  // Inside: two spaces in a row, or any other white space (a tab, a line break, a no-break space).
  return text.includes('  ') || OTHER_SPACE.test(text);
}

/**
 * The parts joined, every run of white space made one space, the ends
 * trimmed: exactly `parts.join('').replace(/\s+/g, ' ').trim()`, without the
 * replace when there is nothing to collapse (most paragraphs of a page whose
 * markup does not wrap its lines). That is less work for the walk, and the
 * paragraph stays the flat string `join` made: V8 returns replace's result as
 * a cons string and trim's as a slice, which whoever reads the paragraph next
 * (recognition's word hashing) then pays to read through.
 */
export function paragraphText(parts: readonly string[]): string {
  const joined = parts.join('');
  return hasSpaceToCollapse(joined) ? joined.replace(/\s+/g, ' ').trim() : joined;
}
