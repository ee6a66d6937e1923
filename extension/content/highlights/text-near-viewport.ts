// Which stretch of a page's text is laid out in or near the viewport, as
// offsets in its text map: the annotator makes Ranges for the highlights
// there at once and for the rest in idle time after (a Range costs about as
// much as reading a hundred text nodes, and a long page holds thousands of
// highlights the reader cannot see yet).

import type { DomTextMap } from '../../../src/anchoring/dom-text.ts';

/** How far beyond the viewport, in viewport heights above and below it, text counts as near. */
export const NEAR_VIEWPORT_SCREENS = 1;

/**
 * Offsets [start, end) of the text whose element's box lies within
 * `screens` viewport heights of the viewport, found by binary search over the
 * map's text nodes (a dozen box reads on a long page). A page with no layout
 * (no viewport, every box empty) gives the whole text: nothing is put off.
 */
export function textNearViewport(map: DomTextMap, screens = NEAR_VIEWPORT_SCREENS): { start: number; end: number } {
  const height = map.root.ownerDocument?.defaultView?.innerHeight ?? 0;
  if (!(height > 0)) return { start: 0, end: map.text.length };
  const top = -screens * height;
  const bottom = (1 + screens) * height;
  const box = (node: Text): DOMRect | undefined => node.parentElement?.getBoundingClientRect();
  const start = map.offsetWhere((node) => {
    const b = box(node);
    return b === undefined || b.bottom >= top;
  });
  const end = map.offsetWhere((node) => {
    const b = box(node);
    return b !== undefined && b.top > bottom;
  });
  return { start, end: Math.max(start, end) };
}
