// Puts the badge where it covers none of the page's text, measured from the
// text's own line boxes (not element boxes, which span empty space):
// 1. fixed in the page's right margin, when no line of text reaches into it;
// 2. else at the first free spot along the right edge near the top of the
//    article, in page coordinates (it scrolls with the text, so never covers it);
// 3. else the lower right corner (a window with text edge to edge everywhere).
export type BadgePlacement =
  | { position: 'fixed'; right: number; top: number }
  | { position: 'absolute'; left: number; top: number };

const BADGE_WIDTH = 140;
const BADGE_HEIGHT = 44;
const GAP = 12;
/** Bounds the work: placement runs once per recognised page. */
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
  const width = document.documentElement.clientWidth;
  const height = document.documentElement.clientHeight;
  const boxes = textBoxes(document.body ?? document.documentElement, skip);
  const left = width - BADGE_WIDTH - GAP;
  const column: Box = { left: left - GAP, top: -Infinity, right: width, bottom: Infinity };
  if (!boxes.some((b) => intersects(b, column))) {
    return { position: 'fixed', right: GAP, top: Math.round(height / 2 - BADGE_HEIGHT / 2) };
  }
  const firstText = Math.min(...boxes.map((b) => b.top), scrollY);
  for (let top = Math.max(GAP, firstText); top < scrollY + height * 1.5; top += 8) {
    const spot: Box = { left: left - GAP, top: top - GAP / 2, right: width, bottom: top + BADGE_HEIGHT + GAP / 2 };
    if (!boxes.some((b) => intersects(b, spot))) return { position: 'absolute', left, top };
  }
  return { position: 'fixed', right: GAP, top: height - BADGE_HEIGHT - GAP };
}
