// Splits an article's paragraphs into plain and marked segments, for ranges
// given as offsets into `paragraphs.join('\n\n')` (the compiled article text).
// A range that crosses a paragraph break is cut at the break; where ranges
// overlap, the earlier one keeps the overlap, so every character is drawn once.

export interface MarkRange {
  start: number;
  end: number;
  /** The caller's index for the range (statement or passage number). */
  index: number;
}

export interface Segment {
  text: string;
  /** Index of the range this segment belongs to, or null for plain text. */
  index: number | null;
  /** True for the first segment of its range (where an anchor or label goes). */
  first: boolean;
}

export const PARAGRAPH_SEPARATOR = '\n\n';

export function segmentParagraphs(paragraphs: readonly string[], ranges: readonly MarkRange[]): Segment[][] {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || b.end - a.end);
  // Clip overlaps so ranges are disjoint and ordered.
  const disjoint: MarkRange[] = [];
  let covered = 0;
  for (const r of sorted) {
    const start = Math.max(r.start, covered);
    if (start >= r.end) continue;
    disjoint.push({ start, end: r.end, index: r.index });
    covered = r.end;
  }
  const started = new Set<number>();
  const out: Segment[][] = [];
  let offset = 0;
  let k = 0;
  for (const paragraph of paragraphs) {
    const pStart = offset;
    const pEnd = offset + paragraph.length;
    const segments: Segment[] = [];
    let at = pStart;
    while (k < disjoint.length && disjoint[k]!.end <= pStart) k++;
    for (let j = k; j < disjoint.length && disjoint[j]!.start < pEnd; j++) {
      const r = disjoint[j]!;
      const s = Math.max(r.start, pStart);
      const e = Math.min(r.end, pEnd);
      if (s > at) segments.push({ text: paragraph.slice(at - pStart, s - pStart), index: null, first: false });
      const first = !started.has(r.index);
      started.add(r.index);
      segments.push({ text: paragraph.slice(s - pStart, e - pStart), index: r.index, first });
      at = e;
    }
    if (at < pEnd) segments.push({ text: paragraph.slice(at - pStart), index: null, first: false });
    out.push(segments);
    offset = pEnd + PARAGRAPH_SEPARATOR.length;
  }
  return out;
}
