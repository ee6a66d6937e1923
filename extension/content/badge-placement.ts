// Puts the badge in the page's margin beside the article column, so it never
// covers the article text. Where the margin is too narrow (small windows) it
// falls back to the lower right corner.
const BADGE_WIDTH = 132;
const GAP = 12;

export function badgePlacement(articleBlocks: readonly Element[]): { right: number; top: number } | undefined {
  const width = document.documentElement.clientWidth;
  const height = document.documentElement.clientHeight;
  let articleRight = 0;
  for (const block of articleBlocks) {
    const rect = block.getBoundingClientRect();
    if (rect.width > 0) articleRight = Math.max(articleRight, rect.right);
  }
  if (articleRight === 0) return undefined;
  const margin = width - articleRight;
  if (margin >= BADGE_WIDTH + 2 * GAP) {
    return { right: Math.max(GAP, Math.round((margin - BADGE_WIDTH) / 2)), top: Math.round(height * 0.5) };
  }
  return { right: GAP, top: height - 64 };
}
