// Puts the badge where it covers none of the article's text:
// 1. in the page's margin beside the article column (fixed, mid-height);
// 2. else on the headline's line, right of its last word (scrolls with the page);
// 3. else the lower right corner (a narrow window with text edge to edge).
export type BadgePlacement =
  | { position: 'fixed'; right: number; top: number }
  | { position: 'absolute'; left: number; top: number };

const BADGE_WIDTH = 140;
const BADGE_HEIGHT = 44;
const GAP = 16;

function textRight(element: Element): { right: number; top: number; bottom: number } | null {
  const range = document.createRange();
  range.selectNodeContents(element);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0);
  if (rects.length === 0) return null;
  return {
    right: Math.max(...rects.map((r) => r.right)),
    top: Math.min(...rects.map((r) => r.top)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
}

export function badgePlacement(articleBlocks: readonly Element[]): BadgePlacement {
  const width = document.documentElement.clientWidth;
  const height = document.documentElement.clientHeight;
  const textEdges = articleBlocks.map(textRight).filter((e) => e !== null);
  const articleRight = Math.max(0, ...textEdges.map((e) => e.right));
  if (articleRight > 0 && width - articleRight >= BADGE_WIDTH + 2 * GAP) {
    return { position: 'fixed', right: Math.round((width - articleRight - BADGE_WIDTH) / 2), top: Math.round(height / 2) };
  }
  const headline = document.querySelector('h1');
  const edge = headline && textRight(headline);
  if (edge && width - edge.right >= BADGE_WIDTH + 2 * GAP) {
    const lineMiddle = (edge.top + edge.bottom) / 2;
    return {
      position: 'absolute',
      left: Math.round(edge.right + GAP + window.scrollX),
      top: Math.round(lineMiddle - BADGE_HEIGHT / 2 + window.scrollY),
    };
  }
  return { position: 'fixed', right: GAP, top: height - BADGE_HEIGHT - GAP };
}
