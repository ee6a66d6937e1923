// Reads the text of a page for recognition, without extension APIs and
// without hurting the page: a bounded walk over the DOM that skips scripts,
// styles, navigation, asides, footers, forms and Sourcelight's own UI, caps
// the characters it reads, and can run in time slices that yield to the event
// loop so no slice is a long task. Readability was considered: it clones and
// scores the whole document, which is neither bounded nor cheap on a 5 MB
// page; recognition only needs the text in reading order, because the
// recogniser itself tells story text from chrome.
import { paragraphText } from './paragraph-text.ts';
import type { PageText } from './types.ts';

/** Elements whose content is never story text (lower-case local names). */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'aside', 'footer', 'header', 'form', 'button',
  'select', 'textarea', 'input', 'svg', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'menu', 'dialog', 'head', 'sourcelight-root',
]);
const SKIPPED_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'search', 'dialog', 'menu', 'menubar']);
/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'td', 'th', 'dd', 'dt',
  'figcaption', 'section', 'article', 'main', 'table', 'tr', 'ul', 'ol', 'dl', 'figure', 'address', 'br', 'hr', 'body',
]);

/**
 * Enough for a long page holding the article among other stories (infinite
 * scroll, comment threads): about the words recognition examines at most
 * (recognize.ts MAX_PAGE_WORDS), so the text read and the text examined end
 * near the same place.
 */
export const DEFAULT_MAX_CHARS = 1_200_000;
/** Nodes visited at most, for pages with huge DOMs and little text. */
const MAX_NODES = 300_000;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface ExtractOptions {
  /** Characters of text read at most (default 400,000). */
  maxChars?: number;
}

/** The first and last text node of one paragraph of a PageText. */
export interface ParagraphNodes {
  first: Text;
  last: Text;
}

/** A page's text with, for each paragraph, the text nodes it starts and ends in (to find a region in the DOM). */
export interface PageTextWithNodes extends PageText {
  nodes: ParagraphNodes[];
}

export interface SlicedExtractOptions extends ExtractOptions {
  /** Longest stretch of work between yields, in milliseconds (default 8). */
  sliceMs?: number;
}

function skipped(el: Element): boolean {
  if (SKIPPED.has(el.localName)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  return role !== null && SKIPPED_ROLES.has(role);
}

function isBlock(node: Node): boolean {
  return node.nodeType === ELEMENT_NODE && BLOCKS.has((node as Element).localName);
}

/**
 * A resumable depth-first walk by sibling pointers (no child lists copied, so
 * an element with 100,000 children costs nothing extra): `run(deadline)` works
 * until the walk is done or the deadline passes.
 */
class TextWalk {
  private readonly root: Node | null;
  private node: Node | null;
  private readonly paragraphs: string[] = [];
  private readonly paragraphNodes: ParagraphNodes[] = [];
  private buffer: string[] = [];
  private bufferFirst: Text | null = null;
  private bufferLast: Text | null = null;
  private chars = 0;
  private nodes = 0;
  done = false;

  constructor(doc: Document, private readonly maxChars: number) {
    this.root = doc.body ?? doc.documentElement;
    this.node = this.root;
    if (!this.root) this.done = true;
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    const text = paragraphText(this.buffer);
    this.buffer = [];
    if (text) {
      this.paragraphs.push(text);
      this.paragraphNodes.push({ first: this.bufferFirst!, last: this.bufferLast! });
    }
    this.bufferFirst = null;
    this.bufferLast = null;
  }

  private finish(): void {
    this.flush();
    this.done = true;
  }

  /** Moves past `from` and its subtree, closing the blocks it leaves. */
  private leave(from: Node): void {
    let n: Node | null = from;
    while (n) {
      if (isBlock(n)) this.flush();
      if (n === this.root) break;
      if (n.nextSibling) {
        this.node = n.nextSibling;
        return;
      }
      n = n.parentNode;
    }
    this.finish();
  }

  /** `deadline` is a performance.now() value, or Infinity. */
  run(deadline: number): void {
    while (!this.done) {
      // Check the clock only every 128 nodes: reading it costs too.
      if ((++this.nodes & 127) === 0 && performance.now() > deadline) return;
      const node = this.node;
      if (!node || this.nodes > MAX_NODES || this.chars >= this.maxChars) {
        this.finish();
        return;
      }
      if (node.nodeType === TEXT_NODE) {
        const value = node.nodeValue ?? '';
        this.buffer.push(value);
        if (/\S/.test(value)) {
          this.bufferFirst ??= node as Text;
          this.bufferLast = node as Text;
        }
        this.chars += value.length;
      } else if (node.nodeType === ELEMENT_NODE && !skipped(node as Element)) {
        if (isBlock(node)) this.flush();
        if (node.firstChild) {
          this.node = node.firstChild;
          continue;
        }
      }
      this.leave(node);
    }
  }

  result(): PageTextWithNodes {
    return { paragraphs: this.paragraphs, nodes: this.paragraphNodes };
  }
}

/** Paragraphs of the page's readable text in reading order, bounded by `maxChars`. */
export function extractPageText(doc: Document, opts: ExtractOptions = {}): PageText {
  const walk = new TextWalk(doc, opts.maxChars ?? DEFAULT_MAX_CHARS);
  walk.run(Number.POSITIVE_INFINITY);
  return { paragraphs: walk.result().paragraphs };
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** As extractPageText, in slices of at most ~`sliceMs` that yield to the event loop between them. */
export async function extractPageTextSliced(doc: Document, opts: SlicedExtractOptions = {}): Promise<PageTextWithNodes> {
  const sliceMs = opts.sliceMs ?? 8;
  const walk = new TextWalk(doc, opts.maxChars ?? DEFAULT_MAX_CHARS);
  for (;;) {
    walk.run(performance.now() + sliceMs);
    if (walk.done) return walk.result();
    await nextTask();
  }
}
