// Keeps the badge in view and out of the text's way. The badge is fixed to
// the window's right edge; where along that edge, and in which form, depends
// on the page's text lines (their own line boxes, not element boxes, which
// span empty space) in the current view:
// - full size, at the spot nearest the window's middle where no line of text
//   reaches into the badge's column (a margin, a gap between blocks);
// - else a narrow tab against the edge, in the strip the text leaves free
//   there; it grows to full size when pointed at or focused (overlay.css).
// The text is measured once (and again after a resize); each scroll only
// looks the spot up, so following the reader costs next to nothing.
export interface BadgeSpot {
  right: number;
  top: number;
  /** 'edge': the narrow tab, `width` px wide. */
  mode: 'full' | 'edge';
  width: number;
}

export interface BadgePlacement {
  /** The spot for the current view. */
  spot(): BadgeSpot;
  /** Measures the page's text again (after a resize or a layout change). */
  measure(): void;
}

/** The full badge's largest size (overlay.css caps its width). */
const BADGE_WIDTH = 170;
const BADGE_HEIGHT = 56;
const GAP = 12;
/** The edge tab: how wide it may be, and how tall. */
const EDGE_MIN = 6;
const EDGE_MAX = 14;
const EDGE_HEIGHT = 56;
/** Bounds the work: text is measured once per page and per resize. */
const MAX_TEXT_NODES = 4_000;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Line boxes of the page's visible text, in page coordinates. */
function textBoxes(root: Node, skip: (el: Element) => boolean): Box[] {
  const boxes: Box[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement && !skip(node.parentElement) && /\S/.test(node.nodeValue ?? '')
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_REJECT,
  });
  const range = document.createRange();
  for (let n = 0; n < MAX_TEXT_NODES && walker.nextNode(); n++) {
    range.selectNodeContents(walker.currentNode);
    for (const r of range.getClientRects()) {
      if (r.width > 0 && r.height > 0) {
        boxes.push({ left: r.left + scrollX, top: r.top + scrollY, right: r.right + scrollX, bottom: r.bottom + scrollY });
      }
    }
  }
  return boxes;
}

function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export function badgePlacement(skip: (el: Element) => boolean): BadgePlacement {
  /** Text lines that reach into the full badge's column, and all lines, in page coordinates. */
  let column: Box[] = [];
  let lines: Box[] = [];
  let width = 0;
  const measure = (): void => {
    width = document.documentElement.clientWidth;
    lines = textBoxes(document.body ?? document.documentElement, skip);
    const left = width - BADGE_WIDTH - 2 * GAP + scrollX;
    column = lines.filter((b) => b.right > left);
  };
  measure();

  const spot = (): BadgeSpot => {
    const height = document.documentElement.clientHeight;
    if (document.documentElement.clientWidth !== width) measure();
    const left = width - BADGE_WIDTH - 2 * GAP + scrollX;
    // Free spots in the view, nearest the middle first.
    const middle = Math.round(height / 2 - BADGE_HEIGHT / 2);
    for (let d = 0; d <= height; d += 8) {
      for (const top of [middle - d, middle + d]) {
        if (top < GAP || top + BADGE_HEIGHT + GAP > height) continue;
        const box: Box = { left, top: top + scrollY - GAP / 2, right: width + scrollX, bottom: top + scrollY + BADGE_HEIGHT + GAP / 2 };
        if (!column.some((b) => intersects(b, box))) return { mode: 'full', right: GAP, top, width: BADGE_WIDTH };
      }
    }
    // The strip the text leaves at the edge, beside the tab's spot.
    const band: Box = { left: -Infinity, top: middle + scrollY, right: Infinity, bottom: middle + scrollY + EDGE_HEIGHT };
    const textRight = lines.filter((b) => intersects(b, band)).reduce((r, b) => Math.max(r, b.right - scrollX), 0);
    const free = Math.floor(width - textRight) - 2;
    return { mode: 'edge', right: 0, top: middle, width: Math.max(EDGE_MIN, Math.min(EDGE_MAX, free)) };
  };
  return { spot, measure };
}
