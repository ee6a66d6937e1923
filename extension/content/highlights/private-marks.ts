// The reader's own highlights on an outlet page (and any layer that came from
// a person: a teacher's set, a student's work), drawn as boxes inside
// Sourcelight's closed shadow root, never in the page's CSS.highlights
// registry: that registry and the document's style sheets are shared with the
// page's scripts, which could read every range and colour from them. What the
// page can reach of these marks is the closed root's host, empty to it.
//
// One box per client rect of each range's text, in a layer at the document's
// origin: the page's own scrolling moves the boxes with the text, with no
// script and no lag. Boxes are placed again, a frame later, when layout can
// have moved the text: the window or the document changes width, fonts load,
// an inner scrolling box scrolls (only its marks), or a sampled mark (the
// first and the last) is found moved: when the document changes height, and
// each second while marks are drawn. Each box is clipped to the nearest
// ancestor that clips or scrolls the text. A full placement costs about a
// Range.getClientRects() per mark (bench/private-marks.ts).
import marksCss from './private-marks.css?inline';

/** A colour for a category (or a teacher's set), by the key the reader's ranges are grouped under. */
export interface MarkStyle {
  readonly id: string;
  readonly color: string;
}

/** One drawn range: its element in the layer holds a box per client rect of its text. */
interface Mark {
  readonly range: Range;
  readonly key: string;
  readonly element: HTMLDivElement;
  /** Whether the text under it is light (a dark page): the box then screens instead of multiplying. */
  tone: 'dark' | 'light' | null;
  /** The first box as last placed, relative to the layer (a cheap check that layout has not moved it). */
  placedAt: { x: number; y: number } | null;
}

/** A mark element knows its range: the painter's own index, and what a test reads from the closed root. */
export type MarkElement = HTMLDivElement & { markedRange?: Range };

/** The fill is the category colour at a third, as the Custom Highlight styles were; the underline is the colour itself. */
const FILL_ALPHA = 0.33;
/** How often a sampled mark is checked for a layout change nothing announced. */
const LAYOUT_CHECK_MS = 1_000;

export class PrivateMarks {
  private layer: HTMLDivElement | null = null;
  private marks: Mark[] = [];
  private colors = new Map<string, string>();
  private frame: number | undefined;
  /** Marks waiting for the next frame's placement; `all` places every one. */
  private pending: { all: boolean; marks: Set<Mark>; scrolled: Set<Element> } = { all: false, marks: new Set(), scrolled: new Set() };
  private unwatch: (() => void) | null = null;

  /** `rootOf` gives the closed shadow root to draw in (mounting it if need be); null: nothing can be drawn. */
  constructor(private readonly rootOf: () => ShadowRoot | null) {}

  /** Replaces every mark with these ranges, grouped by style key. */
  draw(rangesByKey: ReadonlyMap<string, readonly Range[]>, styles: readonly MarkStyle[]): void {
    this.colors = new Map(styles.map((s) => [s.id, s.color]));
    for (const mark of this.marks) mark.element.remove();
    this.marks = [];
    this.pending.marks.clear();
    this.add(rangesByKey);
    if (this.marks.length === 0) this.stopWatching();
  }

  /** Adds ranges to what `draw` drew (the highlights the annotator makes in idle time after it). */
  add(rangesByKey: ReadonlyMap<string, readonly Range[]>): void {
    let layer: HTMLDivElement | null = null;
    for (const [key, ranges] of rangesByKey) {
      if (ranges.length === 0) continue;
      layer ??= this.ensureLayer();
      if (!layer) return;
      const color = this.colors.get(key) ?? '#868e96';
      for (const range of ranges) {
        const element = document.createElement('div') as MarkElement;
        element.className = 'sl-mark';
        element.style.setProperty('--sl-mark-fill', withAlpha(color, FILL_ALPHA));
        element.style.setProperty('--sl-mark-line', color);
        element.markedRange = range;
        layer.append(element);
        const mark: Mark = { range, key, element, tone: null, placedAt: null };
        this.marks.push(mark);
        this.pending.marks.add(mark);
      }
    }
    if (layer) {
      this.watchLayout();
      this.schedule();
    }
  }

  /** Whether the layer is still in the root it was drawn in (it is where the page cannot reach). */
  isIntact(): boolean {
    if (this.marks.length === 0) return true;
    const root = this.rootOf();
    return this.layer !== null && root !== null && this.layer.parentNode === root;
  }

  clear(): void {
    this.stopWatching();
    this.layer?.remove();
    this.layer = null;
    this.marks = [];
    this.pending = { all: false, marks: new Set(), scrolled: new Set() };
  }

  private ensureLayer(): HTMLDivElement | null {
    const root = this.rootOf();
    if (!root) return null;
    if (this.layer?.parentNode === root) return this.layer;
    // A fresh layer (the first draw, or a root the layer was taken out of): the marks drawn so far go into it.
    const layer = document.createElement('div');
    layer.className = 'sl-marks';
    const style = document.createElement('style');
    style.textContent = marksCss;
    layer.append(style, ...this.marks.map((m) => m.element));
    root.append(layer);
    this.layer = layer;
    return layer;
  }

  /** Places the pending marks in the next animation frame (one placement per frame, whatever asked for it). */
  private schedule(): void {
    if (this.frame !== undefined) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.place();
    });
  }

  private placeAll(): void {
    this.pending.all = true;
    this.schedule();
  }

  /** Reads every rect first, then writes every box: one layout for the whole placement. */
  private place(): void {
    const layer = this.layer;
    const { all, marks, scrolled } = this.pending;
    this.pending = { all: false, marks: new Set(), scrolled: new Set() };
    if (!layer?.isConnected) return;
    let todo = all ? this.marks : [...marks];
    if (!all && scrolled.size > 0) {
      const inScrolled = this.marks.filter((m) => [...scrolled].some((box) => box.contains(m.range.startContainer)));
      todo = [...new Set([...todo, ...inScrolled])];
    }
    if (todo.length === 0) return;
    const origin = layer.getBoundingClientRect();
    const clips = new Map<Element, DOMRect | null>();
    const placed = todo.map((mark) => {
      if (!mark.range.startContainer.isConnected) return { mark, rects: [] as DOMRect[] };
      mark.tone ??= textTone(mark.range);
      const clip = clipBoxOf(mark.range, clips);
      return { mark, rects: textRects(mark.range).flatMap((r) => clipped(r, clip)) };
    });
    for (const { mark, rects } of placed) {
      if (mark.tone) mark.element.dataset.textTone = mark.tone;
      const boxes = mark.element.children;
      while (boxes.length > rects.length) boxes[boxes.length - 1]!.remove();
      rects.forEach((rect, i) => {
        let box = boxes[i] as HTMLDivElement | undefined;
        if (!box) {
          box = document.createElement('div');
          box.className = 'sl-mark-box';
          mark.element.append(box);
        }
        box.style.left = `${rect.left - origin.left}px`;
        box.style.top = `${rect.top - origin.top}px`;
        box.style.width = `${rect.width}px`;
        box.style.height = `${rect.height}px`;
      });
      mark.placedAt = rects[0] ? { x: rects[0].left - origin.left, y: rects[0].top - origin.top } : null;
    }
  }

  /** Re-places the marks when something can have moved the text under them; only while there are marks. */
  private watchLayout(): void {
    if (this.unwatch) return;
    const placeAll = () => this.placeAll();
    const onScroll = (event: Event) => {
      // The document's own scroll moves the layer with the text; an inner box's scroll moves only its text.
      const target = event.target;
      if (!(target instanceof Element) || target === document.documentElement || target === document.body) return;
      this.pending.scrolled.add(target);
      this.schedule();
    };
    // A new width reflows the text: every mark moves. A new height alone (a feed adding stories below, an image
    // loading) mostly moves none, or all those below it: the sampled check decides, saving a full placement.
    const widths = new Map<Element, number>();
    const resized = new ResizeObserver((entries) => {
      let reflowed = false;
      for (const entry of entries) {
        if (widths.get(entry.target) !== entry.contentRect.width) reflowed = true;
        widths.set(entry.target, entry.contentRect.width);
      }
      if (reflowed || this.moved()) placeAll();
    });
    resized.observe(document.documentElement);
    if (document.body) resized.observe(document.body);
    addEventListener('resize', placeAll);
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    document.fonts?.addEventListener('loadingdone', placeAll);
    const check = setInterval(() => {
      if (this.moved()) this.placeAll();
    }, LAYOUT_CHECK_MS);
    this.unwatch = () => {
      resized.disconnect();
      removeEventListener('resize', placeAll);
      document.removeEventListener('scroll', onScroll, { capture: true });
      document.fonts?.removeEventListener('loadingdone', placeAll);
      clearInterval(check);
    };
  }

  private stopWatching(): void {
    this.unwatch?.();
    this.unwatch = null;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  /** Whether the first and last marks' text is no longer where their first boxes were placed (two rect reads). */
  private moved(): boolean {
    const layer = this.layer;
    if (!layer?.isConnected || this.marks.length === 0) return false;
    const origin = layer.getBoundingClientRect();
    const samples = new Set([this.marks[0]!, this.marks[this.marks.length - 1]!]);
    for (const mark of samples) {
      if (!mark.range.startContainer.isConnected) continue;
      const first = textRects(mark.range)[0];
      const at = first ? { x: first.left - origin.left, y: first.top - origin.top } : null;
      if (at?.x !== mark.placedAt?.x || at?.y !== mark.placedAt?.y) return true;
    }
    return false;
  }
}

/**
 * The client rects of the text in a range. Range.getClientRects() also gives
 * the whole border box of every element the range holds entirely (a
 * paragraph in a highlight over two): only the text's own rects are wanted.
 */
function textRects(range: Range): DOMRect[] {
  const start = range.startContainer;
  if (start === range.endContainer && start.nodeType === Node.TEXT_NODE) return nonEmpty(range.getClientRects());
  const rects: DOMRect[] = [];
  const part = document.createRange();
  const common = range.commonAncestorContainer;
  const walker = document.createTreeWalker(common, NodeFilter.SHOW_TEXT);
  // Start at the range's own first text node, not at the top of the common ancestor: a highlight over two
  // paragraphs has the article (or the body) as that ancestor, and walking from its top for every mark made a
  // placement cost marks × page.
  let node: Node | null;
  if (common.nodeType === Node.TEXT_NODE) node = common;
  else if (start.nodeType === Node.TEXT_NODE) {
    walker.currentNode = start;
    node = start;
  } else node = walker.nextNode();
  for (; node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) {
      if (rects.length > 0) break; // past the range's end
      continue;
    }
    const text = node as Text;
    part.setStart(text, text === start ? range.startOffset : 0);
    part.setEnd(text, text === range.endContainer ? range.endOffset : text.length);
    if (!part.collapsed) rects.push(...nonEmpty(part.getClientRects()));
  }
  return rects;
}

function nonEmpty(list: DOMRectList): DOMRect[] {
  return [...list].filter((r) => r.width > 0 && r.height > 0);
}

/** Whether the text a range starts in is light (a dark page) or dark, from its computed colour. */
function textTone(range: Range): 'dark' | 'light' | null {
  const node = range.startContainer;
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!element) return null;
  const rgb = getComputedStyle(element).color.match(/[\d.]+/g)?.map(Number);
  if (!rgb || rgb.length < 3) return null;
  const luminance = (0.2126 * rgb[0]! + 0.7152 * rgb[1]! + 0.0722 * rgb[2]!) / 255;
  return luminance > 0.5 ? 'light' : 'dark';
}

/**
 * The box of the nearest ancestor that clips the range's text (overflow not
 * visible: a scrolling box, a truncated teaser), in client coordinates; null
 * when only the document scrolls it. Looked up once per element per placement.
 */
function clipBoxOf(range: Range, cache: Map<Element, DOMRect | null>): DOMRect | null {
  const node = range.commonAncestorContainer;
  let element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const seen: Element[] = [];
  let box: DOMRect | null = null;
  for (; element && element !== document.body && element !== document.documentElement; element = element.parentElement) {
    const known = cache.get(element);
    if (known !== undefined) {
      box = known;
      break;
    }
    seen.push(element);
    const style = getComputedStyle(element);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
      const r = element.getBoundingClientRect();
      // Its padding box: inside the borders and the scroll bars.
      box = new DOMRect(r.left + element.clientLeft, r.top + element.clientTop, element.clientWidth, element.clientHeight);
      break;
    }
  }
  for (const e of seen) cache.set(e, box);
  return box;
}

function clipped(rect: DOMRect, clip: DOMRect | null): DOMRect[] {
  if (!clip) return [rect];
  const left = Math.max(rect.left, clip.left);
  const right = Math.min(rect.right, clip.right);
  const top = Math.max(rect.top, clip.top);
  const bottom = Math.min(rect.bottom, clip.bottom);
  return right > left && bottom > top ? [new DOMRect(left, top, right - left, bottom - top)] : [];
}

/** `#rrggbb` (or `#rgb`) with an alpha, as rgba(); any other colour is used as it is. */
function withAlpha(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) return color;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
