// Whether a passage of the live page (a statement, a reader's highlight) sits
// in changed text, and whether a passage no longer on the page is explained by
// text the page removed.
import { tokenize } from './tokens.ts';
import type { ChangeSet } from './types.ts';

/** True when [start, end) of the live text overlaps words inserted since the earlier version. */
export function touchesInsertedText(changes: ChangeSet, start: number, end: number): boolean {
  return changes.inserted.some((i) => i.start < end && i.end > start);
}

/** True when most of a quote's words are in one removed passage: the page dropped it. */
export function explainedByRemoval(changes: ChangeSet, quote: string): boolean {
  const words = tokenize(quote).map((t) => t.norm);
  if (words.length === 0) return false;
  const needle = ` ${words.join(' ')} `;
  return changes.removed.some((r) => ` ${tokenize(r.text).map((t) => t.norm).join(' ')} `.includes(needle));
}
