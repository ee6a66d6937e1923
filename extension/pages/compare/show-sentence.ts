// Brings a sentence of one column's article into view and marks it (the
// "only in …" lists point into the text this way). The sentence's offsets are
// into the article's text; the column shows it with marks and labels added, so
// it is found there the way highlights are: described, then anchored.
import { anchorAll } from '../../../src/anchoring/anchor-all.ts';
import { describeTextRange } from '../../../src/anchoring/describe.ts';
import { DomTextMap } from '../../../src/anchoring/dom-text.ts';
import { isAddedText } from '../reader/article-highlights.ts';
import type { Side } from './AlignedColumn.tsx';

/** The name the shown sentence is registered under (an extension page: nothing to hide it from). */
export const SHOWN_SENTENCE = 'sl-shown-sentence';

/** Scrolls the column (or, stacked, the page) to the sentence and marks it; false when it is not in the column. */
export function showSentence(side: Side, articleText: string, start: number, end: number): boolean {
  const column = document.querySelector<HTMLElement>(`[data-column="${side}"]`);
  if (!column) return false;
  const map = DomTextMap.fromRoot(column, { skip: isAddedText });
  const [found] = anchorAll(map.text, [{ id: 'sentence', selectors: describeTextRange(articleText, start, end) }]);
  if (found?.status !== 'anchored') return false;
  const range = map.rangeFromOffsets(found.start, found.end);
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.set(SHOWN_SENTENCE, new Highlight(range));
  if (column.scrollHeight > column.clientHeight + 1) {
    // The column scrolls on its own: move it, and the page only as far as needed to show the column.
    column.scrollTop += range.getBoundingClientRect().top - column.getBoundingClientRect().top - column.clientHeight / 3;
    column.scrollIntoView({ block: 'nearest' });
  } else {
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  }
  return true;
}
