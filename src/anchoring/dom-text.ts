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
// Build once per page state, then keep it: `update(mutationRecords)` gives
// the map of the changed page, splicing changed text nodes into the text (and
// its fold) without walking the DOM again; a change it cannot splice (nodes
// added or removed, text that appears or vanishes) rebuilds.
// `prefixFromRoot` maps only the start of the text, up to a block the caller
// stops at (the annotator's first frame: the text down to the viewport's
// bottom, not the whole of a long page); its text is a prefix of the whole
// map's text, with the same offsets.

import { foldForMatching } from './fold.ts';

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
const COMMENT_NODE = 8;
const DOCUMENT_NODE = 9;
// NodeFilter's whatToShow bits (the constants are not on NodeFilter in every DOM this runs in).
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const SHOW_CDATA_SECTION = 0x8;

export interface DomTextMapOptions {
  /** Return true for elements whose whole subtree is not part of the text. */
  skip?: (el: Element) => boolean;
}

/**
 * Asked on entering each block element of the walk, with the length of the
 * text mapped so far: true stops the walk there (the block and everything
 * after it are left out).
 */
export type StopAtBlock = (block: Element, mappedLength: number) => boolean;

/** One Text node's place in the map's text (as `update` handles them). */
interface Segment {
  index: number;
  node: Text;
  /** Offset in the map's text of the node's first char. */
  start: number;
  /** The node's length when the map was made (the node may have changed since). */
  length: number;
}

function isWhitespaceOnly(s: string): boolean {
  // Layout whitespace (newlines, indentation) and most text are told apart
  // char by char without a regex (a regex call costs more than a short loop,
  // and there is one such node between every two blocks of a page).
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
    if (c > 0x20 && c < 0x1680 && c !== 0xa0) return false; // not whitespace in any script
    return !/[^\s]/.test(s.slice(i));
  }
  return true;
}

/** What an element's tag makes of its subtree. */
const INLINE = 0;
const BLOCK = 1;
const SKIPPED = 2;

/** Tag names (as HTML documents give them, and in lower case as other documents may) to what they are; inline when absent. */
const TAG_KIND = new Map<string, number>();
for (const tag of BLOCK_TAGS) TAG_KIND.set(tag, BLOCK).set(tag.toLowerCase(), BLOCK);
for (const tag of SKIPPED_TAGS) TAG_KIND.set(tag, SKIPPED).set(tag.toLowerCase(), SKIPPED);

/** Whether an element is a block (by its tag name, in any case). */
function isBlock(el: Element): boolean {
  const name = el.tagName;
  return (TAG_KIND.get(name) ?? TAG_KIND.get(name.toUpperCase())) === BLOCK;
}

/**
 * Whether an element carries the `hidden` attribute. An HTML element's
 * `hidden` property says so without passing the attribute's name into the DOM
 * (true, or "until-found", when present); other elements are asked.
 */
function hasHiddenAttribute(el: Element): boolean {
  const hidden = (el as HTMLElement).hidden as boolean | string | undefined;
  return hidden === undefined ? el.hasAttribute('hidden') : hidden !== false;
}

/** The next node after `el` (the walker's current node) and its subtree (null past the root's last). */
function nextOutside(walker: TreeWalker, el: Element): Node | null {
  if (typeof walker.nextSibling !== 'function') {
    // A DOM whose TreeWalker only steps forward (linkedom, in Node): through the subtree.
    let next = walker.nextNode();
    while (next !== null && el.contains(next)) next = walker.nextNode();
    return next;
  }
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling !== null) return sibling;
    if (walker.parentNode() === null) return null;
  }
}

export class DomTextMap {
  readonly text: string;
  readonly root: Node;
  private readonly options: DomTextMapOptions;
  /** The mapped Text nodes in document order, with where each starts in the text and its length then (parallel arrays). */
  private readonly nodes: Text[];
  private readonly starts: number[];
  private readonly lengths: number[];
  /** Index of each node, made on first use (anchoring alone never needs it). */
  private indexByNode: Map<Text, number> | undefined;
  private foldedText: string | undefined;
  /** The root's document (Ranges are made there). */
  private doc: Document | undefined;
  /**
   * False for a map `prefixFromRoot` stopped before the root's end: its text
   * is then a prefix of the whole map's text (same offsets, same nodes), and
   * text past it is unknown, not absent.
   */
  readonly complete: boolean;

  private constructor(
    root: Node,
    text: string,
    nodes: Text[],
    starts: number[],
    lengths: number[],
    options: DomTextMapOptions,
    folded?: string,
    complete = true,
  ) {
    this.complete = complete;
    this.root = root;
    this.text = text;
    this.nodes = nodes;
    this.starts = starts;
    this.lengths = lengths;
    this.options = options;
    this.foldedText = folded;
  }

  /** The segment of a mapped node (undefined for others). */
  private segmentOf(node: Node): Segment | undefined {
    if (this.indexByNode === undefined) {
      this.indexByNode = new Map();
      for (let i = 0; i < this.nodes.length; i++) this.indexByNode.set(this.nodes[i] as Text, i);
    }
    const index = this.indexByNode.get(node as Text);
    return index === undefined ? undefined : this.segment(index);
  }

  private segment(index: number): Segment {
    return { index, node: this.nodes[index] as Text, start: this.starts[index] as number, length: this.lengths[index] as number };
  }

  /** `foldForMatching(text)`, computed once per map (and spliced, not recomputed, by `update`); pass it to anchorAll. */
  get folded(): string {
    this.foldedText ??= foldForMatching(this.text);
    return this.foldedText;
  }

  static fromRoot(root: Node, options: DomTextMapOptions = {}): DomTextMap {
    return DomTextMap.walk(root, options, undefined);
  }

  /**
   * The map of the root's text up to the first block element `stopAt`
   * accepts (the whole text when it accepts none; `complete` says which).
   * Every offset, node and Range it gives is what `fromRoot` gives for the
   * same place; what lies past its end it does not know.
   */
  static prefixFromRoot(root: Node, stopAt: StopAtBlock, options: DomTextMapOptions = {}): DomTextMap {
    return DomTextMap.walk(root, options, stopAt);
  }

  private static walk(root: Node, options: DomTextMapOptions, stopAt: StopAtBlock | undefined): DomTextMap {
    if (!root || typeof root !== 'object' || typeof (root as Node).nodeType !== 'number') {
      throw new TypeError('DomTextMap.fromRoot: root must be a DOM node');
    }
    const skip = options.skip;
    const parts: string[] = [];
    const nodes: Text[] = [];
    const starts: number[] = [];
    const lengths: number[] = [];
    let length = 0;
    // A block boundary since the last text kept: becomes one "\n" before the next.
    let pendingBoundary = false;
    // Whitespace-only Text is layout unless it sits between two texts with no
    // boundary in between: such nodes wait here for what follows them.
    const held: Text[] = [];
    let heldCount = 0;
    let heldAfterText = false;
    let lastWasText = false;

    // One walk in document order by a TreeWalker over elements and text (the
    // browser steps from node to node; comments never reach us). The elements
    // on the path from the root are kept on a stack with whether each is a
    // block: a node whose parent is not on top has left those above it. The
    // bookkeeping is inline and in locals: this runs for every node of the
    // page on every visit.
    const single = root.nodeType === TEXT_NODE || root.nodeType === CDATA_SECTION_NODE;
    const doc = root.nodeType === DOCUMENT_NODE ? (root as Document) : (root.ownerDocument as Document);
    const walker = single ? null : doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT | SHOW_CDATA_SECTION);
    const path: Node[] = [root];
    const blockPath: boolean[] = [root.nodeType === ELEMENT_NODE && isBlock(root as Element)];
    let depth = 0;
    let node: Node | null = single ? root : (walker as TreeWalker).nextNode();
    while (node !== null) {
      const parent = node.parentNode;
      while (depth > 0 && path[depth] !== parent) {
        if (blockPath[depth] === true) {
          // Leaving a block.
          heldCount = 0;
          pendingBoundary = true;
          lastWasText = false;
        }
        depth--;
      }
      // Text and CDATA nodes have no tagName (the walker shows nothing else
      // that lacks one): reading it tells them from elements without the call
      // into the DOM that nodeType costs, and an element needs its name anyway.
      const name = (node as Element).tagName;
      if (name === undefined) {
        const data = (node as Text).data; // each read of `data` is a call into the DOM: once per node
        if (data.length > 0) {
          if (isWhitespaceOnly(data)) {
            if (heldCount === 0) heldAfterText = lastWasText;
            held[heldCount++] = node as Text;
          } else {
            if (heldCount > 0) {
              if (heldAfterText) {
                for (let k = 0; k < heldCount; k++) {
                  const h = held[k] as Text;
                  nodes.push(h);
                  starts.push(length);
                  lengths.push(h.data.length);
                  parts.push(h.data);
                  length += h.data.length;
                }
              }
              heldCount = 0;
            }
            if (pendingBoundary && length > 0) {
              parts.push('\n');
              length += 1;
            }
            pendingBoundary = false;
            nodes.push(node as Text);
            starts.push(length);
            lengths.push(data.length);
            parts.push(data);
            length += data.length;
            lastWasText = true;
          }
        }
        node = single ? null : (walker as TreeWalker).nextNode();
        continue;
      }
      const el = node as Element;
      const kind = TAG_KIND.get(name) ?? (/[a-z]/.test(name) ? (TAG_KIND.get(name.toUpperCase()) ?? INLINE) : INLINE);
      if (kind === SKIPPED || hasHiddenAttribute(el) || skip?.(el) === true) {
        node = nextOutside(walker as TreeWalker, el);
        continue;
      }
      if (kind === BLOCK) {
        // Stopping here leaves the text a prefix of the whole: a block's start
        // only drops held whitespace and adds a boundary, both before text to come.
        if (stopAt?.(el, length) === true) {
          return new DomTextMap(root, parts.join(''), nodes, starts, lengths, options, undefined, false);
        }
        heldCount = 0;
        pendingBoundary = true;
        lastWasText = false;
      }
      depth++;
      path[depth] = node;
      blockPath[depth] = kind === BLOCK;
      node = (walker as TreeWalker).nextNode();
    }
    return new DomTextMap(root, parts.join(''), nodes, starts, lengths, options);
  }

  /**
   * The map after the DOM changes `records` describe (from a MutationObserver
   * on the root with characterData and childList, subtree). Text changes
   * inside mapped text nodes are spliced in; changes that do not touch the
   * text (outside the root, in skipped elements, comments, attributes other
   * than `hidden`) are ignored; anything else rebuilds from the DOM. This map
   * is left as it was (it still describes the old text).
   */
  update(records: readonly MutationRecord[]): DomTextMap {
    if (!this.complete) return this.rebuilt(); // a prefix is not kept up to date: the changed page's whole map
    const changed = new Map<number, Segment>();
    for (const record of records) {
      const target = record.target;
      if (!this.contains(target)) continue;
      if (record.type === 'characterData') {
        const seg = this.segmentOf(target);
        if (seg === undefined) {
          if (this.inSkippedSubtree(target)) continue;
          return this.rebuilt();
        }
        changed.set(seg.index, seg);
      } else if (record.type === 'childList') {
        if (this.inSkippedSubtree(target)) continue;
        const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
        if (!nodes.every((n) => this.outsideText(n))) return this.rebuilt();
      } else if (record.attributeName === 'hidden' && !this.inSkippedSubtree(target.parentNode ?? target)) {
        return this.rebuilt();
      }
    }
    if (changed.size === 0) return this;

    // Splice: a changed node must still be text of the same kind (non-empty,
    // whitespace-only or not as before), else the layout rules may change.
    const order = [...changed.values()].sort((a, b) => a.start - b.start);
    for (const seg of order) {
      const before = this.text.slice(seg.start, seg.start + seg.length);
      const now = seg.node.data;
      if (now.length === 0 || isWhitespaceOnly(now) !== isWhitespaceOnly(before)) return this.rebuilt();
    }
    const parts: string[] = [];
    const foldedParts: string[] | null = this.foldedText === undefined ? null : [];
    let from = 0;
    for (const seg of order) {
      parts.push(this.text.slice(from, seg.start), seg.node.data);
      foldedParts?.push((this.foldedText as string).slice(from, seg.start), foldForMatching(seg.node.data));
      from = seg.start + seg.length;
    }
    parts.push(this.text.slice(from));
    foldedParts?.push((this.foldedText as string).slice(from));

    let shift = 0;
    const starts = new Array<number>(this.nodes.length);
    const lengths = new Array<number>(this.nodes.length);
    for (let i = 0; i < this.nodes.length; i++) {
      starts[i] = (this.starts[i] as number) + shift;
      lengths[i] = this.lengths[i] as number;
      if (changed.has(i)) {
        lengths[i] = (this.nodes[i] as Text).data.length;
        shift += (lengths[i] as number) - (this.lengths[i] as number);
      }
    }
    return new DomTextMap(this.root, parts.join(''), this.nodes, starts, lengths, this.options, foldedParts?.join(''));
  }

  private rebuilt(): DomTextMap {
    return DomTextMap.fromRoot(this.root, this.options);
  }

  /** Whether `node` lies inside an element whose subtree the map leaves out. */
  private inSkippedSubtree(node: Node): boolean {
    for (let n: Node | null = node; n !== null && n !== this.root; n = n.parentNode) {
      if (n.nodeType === ELEMENT_NODE && this.skips(n as Element)) return true;
    }
    return false;
  }

  private skips(el: Element): boolean {
    return SKIPPED_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || this.options.skip?.(el) === true;
  }

  /** Whether adding or removing `node` leaves the text as it is (a comment, an empty text, a skipped element). */
  private outsideText(node: Node): boolean {
    if (node.nodeType === COMMENT_NODE) return true;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      return (node as Text).data.length === 0 && this.segmentOf(node) === undefined;
    }
    return node.nodeType === ELEMENT_NODE && this.skips(node as Element);
  }

  /** Index of the last node starting at or before `offset` (-1 if none). */
  private segmentIndexAt(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /**
   * Text offset at which the first Text node passing `test` begins (the
   * text's length when none does), found by binary search: `test` must fail
   * and then pass along document order, as "laid out below some line" does on
   * a page read top to bottom. Where it does not (a fixed header, a sidebar),
   * the answer is some place where it changes. The first node is tested
   * first: a page read from its top passes there (one test, not a search).
   */
  offsetWhere(test: (node: Text) => boolean): number {
    const nodes = this.nodes;
    if (nodes.length > 0 && test(nodes[0] as Text)) return this.starts[0] as number;
    let lo = 1;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (test(nodes[mid] as Text)) hi = mid;
      else lo = mid + 1;
    }
    return lo < nodes.length ? (this.starts[lo] as number) : this.text.length;
  }

  /**
   * A Range over text offsets [start, end). An end that falls on a block
   * separator snaps back to the end of the text before it; a start on one
   * snaps forward to the text after it.
   */
  rangeFromOffsets(start: number, end: number): Range {
    const [startNode, startOffset, endNode, endOffset] = this.boundaries(start, end);
    this.doc ??= this.root.ownerDocument ?? (this.root as Document);
    const range = this.doc.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    return range;
  }

  /**
   * Whether a Range (made earlier, maybe on another map of the page) has
   * exactly the boundary points `rangeFromOffsets(start, end)` would give
   * now: the same nodes, the same offsets in them. A live Range the page's
   * changes moved or orphaned does not.
   */
  rangeIsAt(range: AbstractRange, start: number, end: number): boolean {
    let points: [Text, number, Text, number];
    try {
      points = this.boundaries(start, end);
    } catch {
      return false;
    }
    return (
      range.startContainer === points[0] &&
      range.startOffset === points[1] &&
      range.endContainer === points[2] &&
      range.endOffset === points[3]
    );
  }

  /** The boundary points of the Range over [start, end) (see rangeFromOffsets). */
  private boundaries(start: number, end: number): [Text, number, Text, number] {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > this.text.length || start > end) {
      throw new RangeError(`DomTextMap: offsets ${start}–${end} are outside the text (length ${this.text.length})`);
    }
    const { nodes, starts, lengths } = this;
    if (nodes.length === 0) throw new RangeError('DomTextMap: the root has no text');

    let si = Math.max(0, this.segmentIndexAt(start));
    if (start >= (starts[si] as number) + (lengths[si] as number) && si + 1 < nodes.length && start < end) {
      si++; // start on a separator or at a node's end: begin in the next node
    }
    let ei = Math.max(0, this.segmentIndexAt(end));
    if (end === starts[ei] && ei > 0 && end > start) ei--; // end at a node's start: end in the previous node
    return [
      nodes[si] as Text,
      Math.min(Math.max(0, start - (starts[si] as number)), lengths[si] as number),
      nodes[ei] as Text,
      Math.min(Math.max(0, end - (starts[ei] as number)), lengths[ei] as number),
    ];
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
    const seg = this.segmentOf(container);
    if (seg) return seg.start + Math.min(offset, seg.length);
    // Past a prefix's end: its end, known without walking the rest of the page node by node (an article's region
    // usually ends far below the viewport a first frame maps to).
    if (!this.complete && this.pastEnd(container, offset)) return this.text.length;
    const isParent = container.nodeType === ELEMENT_NODE || container.nodeType === 9 || container.nodeType === 11;
    if (side === 'start') {
      const first = isParent ? (container.childNodes[offset] ?? this.following(container, true)) : this.following(container, true);
      for (let n: Node | null = first; n !== null; n = this.following(n, false)) {
        const s = this.segmentOf(n);
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
      const s = this.segmentOf(n);
      if (s) return s.start + s.length;
    }
    return 0;
  }

  /** Whether a DOM boundary point lies after the end of the last mapped node (one comparison by the DOM). */
  private pastEnd(container: Node, offset: number): boolean {
    const last = this.nodes.length - 1;
    if (last < 0) return true;
    this.doc ??= this.root.ownerDocument ?? (this.root as Document);
    const end = this.doc.createRange();
    try {
      end.setStart(this.nodes[last] as Text, Math.min(this.lengths[last] as number, (this.nodes[last] as Text).length));
      return end.comparePoint(container, offset) > 0;
    } catch {
      return false; // a DOM without comparePoint, or a point it rejects: the walk below decides
    }
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
