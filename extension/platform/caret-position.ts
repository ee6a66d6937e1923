// The text position under a point of the viewport. Firefox (and Chromium from
// 128) has the standard caretPositionFromPoint; older Chromium only has the
// WebKit caretRangeFromPoint.
export interface CaretPosition {
  node: Node;
  offset: number;
}

export function caretPositionAt(x: number, y: number, doc: Document = document): CaretPosition | null {
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
