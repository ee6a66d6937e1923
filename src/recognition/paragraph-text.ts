// The text of one paragraph of a page, from the text node values read for it.

/** Any white space but a lone plain space between two other characters. */
const SPACE_TO_COLLAPSE = /[^\S ]| {2}|^ | $/;

/**
 * The parts joined, every run of white space made one space, the ends
 * trimmed: exactly `parts.join('').replace(/\s+/g, ' ').trim()`, without the
 * replace when there is nothing to collapse (most paragraphs of a page whose
 * markup does not wrap its lines). That is a third less work for the walk,
 * and the paragraph stays the flat string `join` made: V8 returns replace's
 * result as a cons string and trim's as a slice, which whoever reads the
 * paragraph next (recognition's word hashing) then pays to read through.
 */
export function paragraphText(parts: readonly string[]): string {
  const joined = parts.join('');
  return SPACE_TO_COLLAPSE.test(joined) ? joined.replace(/\s+/g, ' ').trim() : joined;
}
