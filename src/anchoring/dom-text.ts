// The visible text of a DOM subtree as one string, with a two-way map between
// offsets in that string and DOM Ranges. Selectors are described in, and
// anchored against, this string.
//
// What the text is:
// - the data of every Text node, verbatim (one char per char, so offsets map
//   back exactly), in document order;
// - except Text inside script, style, noscript, template, elements with the
//   `hidden` attribute, and elements the `skip` option rejects (the content
//   script skips its own <sourcelight-root> host);
// - block boundaries (p, div, li, h1…, td, br, …, judged by tag name: computed
//   styles would force layout) become a single "\n" that belongs to no node,
//   so a quote never glues the last word of one paragraph to the first of the
//   next. Boundaries collapse, never lead or trail, and whitespace-only Text
//   between blocks (source indentation) is left out.
// Build once per page state: the map is a snapshot; after DOM changes build a
// new one (a walk over the text nodes, cheap next to anchoring).

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

export interface DomTextMapOptions {
  /** Return true for elements whose whole subtree is not part of the text. */
  skip?: (el: Element) => boolean;
}

/** One Text node's place in the map's text. */
interface Segment {
  node: Text;
  /** Offset in the map's text of the node's first char. */
  start: number;
}

type Token = Text | 'boundary';

function isWhitespaceOnly(s: string): boolean {
  return !/[^\s]/.test(s);
}

export class DomTextMap {
  readonly text: string;
  readonly root: Node;
  private readonly segments: Segment[];
  private readonly segmentOf: Map<Text, Segment>;

  private constructor(root: Node, text: string, segments: Segment[]) {
    this.root = root;
    this.text = text;
    this.segments = segments;
    this.segmentOf = new Map(segments.map((s) => [s.node, s]));
  }

  static fromRoot(root: Node, options: DomTextMapOptions = {}): DomTextMap {
    if (!root || typeof root !== 'object' || typeof (root as Node).nodeType !== 'number') {
      throw new TypeError('DomTextMap.fromRoot: root must be a DOM node');
    }
    const skip = options.skip;
    const tokens: Token[] = [];

    // Iterative walk (pages nest deeply enough to worry a recursive one).
    const visit = (node: Node): void => {
      const stack: { node: Node; leaving: boolean }[] = [{ node, leaving: false }];
      while (stack.length > 0) {
        const { node: n, leaving } = stack.pop() as { node: Node; leaving: boolean };
        if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_SECTION_NODE) {
          if ((n as Text).data.length > 0) tokens.push(n as Text);
          continue;
        }
        const isElement = n.nodeType === ELEMENT_NODE;
        const block = isElement && BLOCK_TAGS.has((n as Element).tagName.toUpperCase());
        if (leaving) {
          if (block) tokens.push('boundary');
          continue;
        }
        if (isElement && n !== root) {
          const el = n as Element;
          if (SKIPPED_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || skip?.(el)) continue;
        }
        if (block) tokens.push('boundary');
        stack.push({ node: n, leaving: true });
        const children = n.childNodes;
        for (let c = children.length - 1; c >= 0; c--) stack.push({ node: children[c] as Node, leaving: false });
      }
    };
    visit(root);

    // Whitespace-only Text next to a boundary (or an end) is layout, not content.
    const keep = tokens.map((t) => t !== 'boundary');
    const neighbourIsEdge = (from: number, step: number): boolean => {
      for (let j = from; j >= 0 && j < tokens.length; j += step) {
        const t = tokens[j] as Token;
        if (t === 'boundary') return true;
        if (!isWhitespaceOnly(t.data)) return false;
      }
      return true;
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t !== 'boundary' && isWhitespaceOnly(t.data) && (neighbourIsEdge(i - 1, -1) || neighbourIsEdge(i + 1, 1))) {
        keep[i] = false;
      }
    }

    const parts: string[] = [];
    const segments: Segment[] = [];
    let length = 0;
    let pendingBoundary = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t === 'boundary') {
        pendingBoundary = true;
        continue;
      }
      if (!keep[i]) continue;
      if (pendingBoundary && length > 0) {
        parts.push('\n');
        length += 1;
      }
      pendingBoundary = false;
      segments.push({ node: t, start: length });
      parts.push(t.data);
      length += t.data.length;
    }
    return new DomTextMap(root, parts.join(''), segments);
  }

  /** Index of the last segment starting at or before `offset` (-1 if none). */
  private segmentIndexAt(offset: number): number {
    let lo = 0;
    let hi = this.segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.segments[mid] as Segment).start <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /**
   * A Range over text offsets [start, end). An end that falls on a block
   * separator snaps back to the end of the text before it; a start on one
   * snaps forward to the text after it.
   */
  rangeFromOffsets(start: number, end: number): Range {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > this.text.length || start > end) {
      throw new RangeError(`DomTextMap: offsets ${start}–${end} are outside the text (length ${this.text.length})`);
    }
    if (this.segments.length === 0) throw new RangeError('DomTextMap: the root has no text');
    const doc = this.root.ownerDocument ?? (this.root as Document);
    const range = doc.createRange();

    let si = Math.max(0, this.segmentIndexAt(start));
    let seg = this.segments[si] as Segment;
    if (start >= seg.start + seg.node.data.length && si + 1 < this.segments.length && start < end) {
      seg = this.segments[++si] as Segment; // start on a separator or at a node's end: begin in the next node
    }
    range.setStart(seg.node, Math.min(Math.max(0, start - seg.start), seg.node.data.length));

    let ei = Math.max(0, this.segmentIndexAt(end));
    let eseg = this.segments[ei] as Segment;
    if (end === eseg.start && ei > 0 && end > start) eseg = this.segments[--ei] as Segment; // end at a node's start: end in the previous node
    range.setEnd(eseg.node, Math.min(Math.max(0, end - eseg.start), eseg.node.data.length));
    return range;
  }

  /** Text offsets of a Range, or null if the Range lies outside the root. */
  offsetsFromRange(range: Range): { start: number; end: number } | null {
    const start = this.offsetOfPoint(range.startContainer, range.startOffset, 'start');
    const end = this.offsetOfPoint(range.endContainer, range.endOffset, 'end');
    if (start === null || end === null) return null;
    return { start, end: Math.max(start, end) };
  }

  private contains(node: Node): boolean {
    return node === this.root || this.root.contains(node);
  }

  /**
   * Text offset of a DOM boundary point, or null outside the root. A point
   * between nodes, or in text the map leaves out, takes the start of the next
   * mapped text (for a range's start) or the end of the previous one (for its
   * end), so a range never gains a block separator at its edges.
   */
  private offsetOfPoint(container: Node, offset: number, side: 'start' | 'end'): number | null {
    if (!this.contains(container)) return null;
    const seg = this.segmentOf.get(container as Text);
    if (seg) return seg.start + Math.min(offset, seg.node.data.length);
    const isParent = container.nodeType === ELEMENT_NODE || container.nodeType === 9 || container.nodeType === 11;
    if (side === 'start') {
      const first = isParent ? (container.childNodes[offset] ?? this.following(container, true)) : this.following(container, true);
      for (let n: Node | null = first; n !== null; n = this.following(n, false)) {
        const s = this.segmentOf.get(n as Text);
        if (s) return s.start;
      }
      return this.text.length;
    }
    // End side: walk back from the last node before the point.
    let n: Node | null;
    if (isParent && offset > 0) {
      n = container.childNodes[offset - 1] ?? null;
      while (n?.lastChild) n = n.lastChild;
    } else {
      n = this.preceding(container);
    }
    for (; n !== null; n = this.preceding(n)) {
      const s = this.segmentOf.get(n as Text);
      if (s) return s.start + s.node.data.length;
    }
    return 0;
  }

  /** Previous node in document order within the root (null at the root). */
  private preceding(node: Node): Node | null {
    if (node === this.root) return null;
    let n = node.previousSibling;
    if (!n) return node.parentNode === this.root ? null : node.parentNode;
    while (n.lastChild) n = n.lastChild;
    return n;
  }

  /** Next node in document order within the root; `skipChildren` jumps past `node`'s subtree. */
  private following(node: Node, skipChildren: boolean): Node | null {
    if (!skipChildren && node.firstChild) return node.firstChild;
    for (let n: Node | null = node; n !== null && n !== this.root; n = n.parentNode) {
      if (n.nextSibling) return n.nextSibling;
    }
    return null;
  }
}
