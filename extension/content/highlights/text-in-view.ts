// Which stretch of a page's text is laid out in the viewport, as offsets in
// its text map: the annotator makes Ranges for the highlights there at once
// and for the rest in idle slices right after (a Range costs about as much as
// reading a few dozen text nodes, and a long page holds thousands of
// highlights the reader cannot see yet; the slices are done long before the
// reader can scroll to them).

import type { DomTextMap, StopAtBlock } from '../../../src/anchoring/dom-text.ts';

/**
 * Offsets [start, end) of the text whose element's box overlaps the viewport
 * widened by `margin` viewport heights above and below, found by binary
 * search over the map's text nodes (a couple of dozen box reads on a long
 * page). A page with no layout (no viewport, every box empty) gives the whole
 * text: nothing is put off.
 */
export function textInView(map: DomTextMap, margin = 0): { start: number; end: number } {
  const height = map.root.ownerDocument?.defaultView?.innerHeight ?? 0;
  if (!(height > 0)) return { start: 0, end: map.text.length };
  const top = -margin * height;
  const bottom = (1 + margin) * height;
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

/**
 * Text mapped between two looks at a block's box while walking down to the
 * viewport's bottom: in Chromium a box read costs about what mapping 2,000
 * chars does (bench/anchoring-phases.ts), so the walk overshoots by up to
 * this much rather than reading a box per paragraph.
 */
const CHARS_BETWEEN_LOOKS = 1000;

/**
 * Where a first frame's text map may stop (DomTextMap.prefixFromRoot): at the
 * first block laid out wholly below the viewport widened by `margin`
 * viewport heights (room for a highlight that starts in view to end in the
 * map, with its context). Null when the page has no layout: the whole text is
 * then mapped. A box is read only after CHARS_BETWEEN_LOOKS more chars of text,
 * so a page's many small blocks (menus, lists) cost a few reads, not one
 * each. A block placed out of document order (fixed, a sidebar) can stop the
 * walk early: the first frame then draws less, never anything wrong.
 */
export function stopBelowViewport(doc: Document, margin = 0.25): StopAtBlock | null {
  const height = doc.defaultView?.innerHeight ?? 0;
  if (!(height > 0)) return null;
  const bottom = (1 + margin) * height;
  let lookedAt = -CHARS_BETWEEN_LOOKS;
  return (block, mappedLength) => {
    if (mappedLength - lookedAt < CHARS_BETWEEN_LOOKS) return false;
    lookedAt = mappedLength;
    return block.getBoundingClientRect().top > bottom;
  };
}
