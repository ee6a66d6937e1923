// Splits an article's paragraphs into pieces for marking ranges given as
// offsets into `paragraphs.join('\n\n')` (the compiled article text). Ranges
// may nest (a partial quote inside reported speech) or cross: each piece lists
// every range covering it, outermost first, so a renderer can nest its marks.
// A range crossing a paragraph break is cut at the break.

export interface MarkRange {
  start: number;
  end: number;
  /** The caller's index for the range (statement or passage number). */
  index: number;
}

export interface PieceMark {
  index: number;
  /** The range starts in this piece (where an id or a label goes). */
  first: boolean;
  /** The range ends in this piece (where a reference number goes). */
  last: boolean;
}

export interface Piece {
  text: string;
  /** Ranges covering the piece, outermost first; empty for plain text. */
  marks: PieceMark[];
}

export const PARAGRAPH_SEPARATOR = '\n\n';
// A range starting or ending in the break between paragraphs starts or ends at the nearer paragraph.
const SEP = PARAGRAPH_SEPARATOR.length;

export function segmentParagraphs(paragraphs: readonly string[], ranges: readonly MarkRange[]): Piece[][] {
  const valid = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
  const out: Piece[][] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    const pStart = offset;
    const pEnd = offset + paragraph.length;
    const inside = valid.filter((r) => r.start < pEnd && r.end > pStart);
    const cuts = new Set<number>([pStart, pEnd]);
    for (const r of inside) {
      cuts.add(Math.max(r.start, pStart));
      cuts.add(Math.min(r.end, pEnd));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const pieces: Piece[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const s = points[i]!;
      const e = points[i + 1]!;
      const marks = inside.filter((r) => r.start <= s && r.end >= e).map((r) => ({ index: r.index, first: r.start === s || (s === pStart && r.start < pStart && r.start >= pStart - SEP), last: r.end === e || (e === pEnd && r.end > pEnd && r.end <= pEnd + SEP) }));
      pieces.push({ text: paragraph.slice(s - pStart, e - pStart), marks });
    }
    out.push(pieces);
    offset = pEnd + PARAGRAPH_SEPARATOR.length;
  }
  return out;
}
