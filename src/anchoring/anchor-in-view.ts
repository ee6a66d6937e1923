// The first frame of a page's highlights: before the page paints, the
// annotator draws only the highlights in the viewport that are certainly
// where they were, and anchors all of them (anchorAll) right after. A target
// counts as certain when its quote, with its whole prefix and suffix, is still
// at its stored position: anchorAll always places such a target there (on an
// unchanged page every quote is at its place; otherwise pass 1 takes it there
// whatever the running shift), so the first frame is a part of the full
// answer, never a different one. A target in view whose text changed is left
// to the full pass.

import { type AnchoredResult, type AnchorTarget, contextIntact } from './anchor-all.ts';

export interface InViewAnchor<T extends AnchorTarget> {
  target: T;
  /** As anchorAll gives it for this target: offsets in the text passed (not moved by `shift`). */
  result: AnchoredResult;
}

export interface InViewOptions {
  /** Where `text` starts in the text `view` is given in (0 when they are the same). */
  shift?: number;
  /**
   * The targets come ordered by their stored start (as the store lists a
   * page's records): the scan stops at the first one that starts below the
   * view, so a page read from its top costs the targets above its fold, not
   * all of them. Given for targets that are not so ordered, it drops some
   * in view (the full pass draws them), never adds a wrong one.
   */
  sortedByStart?: boolean;
}

/**
 * The targets whose stored span, moved by `shift`, overlaps `view` and whose
 * quote and context are intact at their stored position in `text`, anchored
 * there. `text` is the text the targets are anchored in (e.g. an article's
 * stretch of the page, or only its start: a target whose context runs past
 * the end of `text` is not certain). Targets in view but changed, and
 * invalid ones, are left out: the full pass places them.
 */
export function anchorInView<T extends AnchorTarget>(
  text: string,
  targets: readonly T[],
  view: { start: number; end: number },
  { shift = 0, sortedByStart = false }: InViewOptions = {},
): InViewAnchor<T>[] {
  const found: InViewAnchor<T>[] = [];
  // The view in `text`'s offsets: one subtraction here, not one per target.
  const from = view.start - shift;
  const to = view.end - shift;
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i] as T;
    const selectors = target?.selectors;
    const start = selectors?.position?.start;
    // Below the view first: on a page read from its top that is most targets, settled by one compare.
    if (!(start < to)) {
      if (sortedByStart && start >= to) break; // (a number: an invalid start neither stops nor counts)
      continue;
    }
    if (!Number.isInteger(start) || start < 0) continue;
    const quote = selectors.quote;
    const exact = quote?.exact;
    if (typeof exact !== 'string' || exact.length === 0) continue;
    const end = start + exact.length;
    if (end <= from) continue;
    // The very check pass 1 makes, on the same values: what passes here passes there.
    if (!contextIntact(text, start, exact, quote.prefix, quote.suffix)) continue;
    found.push({ target, result: { id: target.id, status: 'anchored', start, end, method: 'position', score: 1 } });
  }
  return found;
}
