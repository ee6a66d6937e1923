// Reads the text of a page for recognition, without extension APIs and
// without hurting the page: a bounded walk over the DOM that skips scripts,
// styles, navigation, asides, footers, forms and Sourcelight's own UI, caps
// the characters it reads, and can run in time slices that yield to the event
// loop so no slice is a long task. Readability was considered: it clones and
// scores the whole document, which is neither bounded nor cheap on a 5 MB
// page; recognition only needs the text in reading order, because the
// recogniser itself tells story text from chrome.
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

export const DEFAULT_MAX_CHARS = 400_000;
/** Nodes visited at most, for pages with huge DOMs and little text. */
const MAX_NODES = 300_000;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface ExtractOptions {
  /** Characters of text read at most (default 400,000). */
  maxChars?: number;
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
  private buffer: string[] = [];
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
    const text = this.buffer.join('').replace(/\s+/g, ' ').trim();
    this.buffer = [];
    if (text) this.paragraphs.push(text);
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

  result(): PageText {
    return { paragraphs: this.paragraphs };
  }
}

/** Paragraphs of the page's readable text in reading order, bounded by `maxChars`. */
export function extractPageText(doc: Document, opts: ExtractOptions = {}): PageText {
  const walk = new TextWalk(doc, opts.maxChars ?? DEFAULT_MAX_CHARS);
  walk.run(Number.POSITIVE_INFINITY);
  return walk.result();
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** As extractPageText, in slices of at most ~`sliceMs` that yield to the event loop between them. */
export async function extractPageTextSliced(doc: Document, opts: SlicedExtractOptions = {}): Promise<PageText> {
  const sliceMs = opts.sliceMs ?? 8;
  const walk = new TextWalk(doc, opts.maxChars ?? DEFAULT_MAX_CHARS);
  for (;;) {
    walk.run(performance.now() + sliceMs);
    if (walk.done) return walk.result();
    await nextTask();
  }
}

/** Paragraph elements the gate looks at; story text comes early. */
const GATE_MAX_PARAGRAPHS = 80;
/** NodeFilter.SHOW_TEXT, spelled out: the CLI runs this over linkedom, which has no NodeFilter global. */
const SHOW_TEXT = 0x4;
/** Text nodes the fallback walk visits on pages whose text is not in <p> elements. */
const GATE_MAX_TEXT_NODES = 1000;
const GATE_LONG_TEXT = 120;
/** Long blocks in one container that make a story body (a teaser list has one per card). */
const GATE_BODY_BLOCKS = 3;

/**
 * Cheap gate: could this page be an article? Every node it touches costs a
 * wrapper in the content script's world, so it looks at little: article
 * metadata, then up to 80 <p> elements, and only on pages with almost no <p>
 * a bounded walk of text nodes. A story body is several long blocks in one
 * container; home and section pages spread their long teasers over separate
 * cards, and chrome-only pages have no long blocks at all.
 */
export function looksLikeArticlePage(doc: Document): boolean {
  const type = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (type && /article/i.test(type)) return true;
  const perContainer = new Map<Node, number>();
  const isBody = (container: Node | null): boolean => {
    if (!container) return false;
    const n = (perContainer.get(container) ?? 0) + 1;
    perContainer.set(container, n);
    return n >= GATE_BODY_BLOCKS;
  };
  const paragraphs = doc.getElementsByTagName('p');
  const count = Math.min(paragraphs.length, GATE_MAX_PARAGRAPHS);
  for (let i = 0; i < count; i++) {
    const p = paragraphs[i]!;
    if ((p.textContent ?? '').length >= GATE_LONG_TEXT && isBody(p.parentNode)) return true;
  }
  if (paragraphs.length >= GATE_BODY_BLOCKS) return false;
  // Pages that set their text in <div>s: a short walk over text nodes only (a
  // TreeWalker skips elements natively, so far fewer nodes reach this world)
  // for consecutive long runs. Only long runs are looked at more closely; one
  // whose block follows a link (a teaser's headline, then its lede) breaks the
  // run instead of extending it.
  const root = doc.body;
  if (!root) return false;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let consecutive = 0;
  for (let visited = 0; visited < GATE_MAX_TEXT_NODES && walker.nextNode(); visited++) {
    const text = walker.currentNode as Text;
    if (text.data.length < GATE_LONG_TEXT || text.data.trim().length < GATE_LONG_TEXT) continue;
    const parent = text.parentElement;
    if (!parent || SKIPPED.has(parent.localName) || parent.localName === 'a') continue;
    if (parent.previousElementSibling?.localName === 'a') consecutive = 0;
    else if (++consecutive >= GATE_BODY_BLOCKS) return true;
  }
  return false;
}
