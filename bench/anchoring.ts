// Anchoring benchmark: re-anchor 500 highlights on a ~100,000-character page,
// A) on the unchanged page and B) after small edits (word insertions and
// deletions, typo fixes, typographic changes, some inside or next to quotes),
// with three anchorers in the same run:
//
// - Sourcelight: anchorAll over the page text ("string"), and the DOM variant
//   ("dom") that also builds the DomTextMap from the document and turns every
//   anchored result into a DOM Range — the work the content script does.
// - @apache-annotator/dom 0.2.0: selectors as its describeTextQuote makes
//   them (least unique context plus a word; built on the string, see
//   uniqueQuoteSelector), anchored with createTextQuoteSelectorMatcher over the
//   document body, first match taken. Exact only. happy-dom lacks two things
//   it needs or makes them very slow; both are supplied (SpecNodeIterator,
//   speedUpIntersectsNode), which only makes the peer faster.
// - Baseline: approx-string-match once per quote over the whole page text,
//   with the same error budget as Sourcelight; of its lowest-error matches the
//   one nearest the stored position is taken. No context.
//
// Timing: the median of several runs of the whole batch (warm-up run first,
// not counted). Sourcelight's cache of the folded page is evicted before each
// timed run, so every run pays the fold; "repeat call" shows a second call on
// the same page (what the content script does on late renders).
// Accuracy: share of highlights anchored to the right place: exactly the
// expected offsets when no edit touched the quote; at least 75% overlap
// (intersection over union) with the expected span when an edit fell inside it.
//
// Run: npx tsx bench/anchoring.ts

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import search from 'approx-string-match';
import { Window } from 'happy-dom';
import { type AnchorResult, anchorAll } from '../src/anchoring/anchor-all.ts';
import { describeTextRange } from '../src/anchoring/describe.ts';
import { DomTextMap } from '../src/anchoring/dom-text.ts';
import { errorBudget } from '../src/anchoring/match-quote.ts';
import type { TextTargetSelectors } from '../src/anchoring/selectors.ts';

const PAGE_CHARS = 100_000;
// Overridable for a quick look (the figures that count use the default).
const HIGHLIGHTS = Number(process.env.ANCHORING_BENCH_HIGHLIGHTS ?? 500);
const EDITS = 150;
const SEED = 20240611;

interface PeerQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

interface ApacheDom {
  createTextQuoteSelectorMatcher(selector: PeerQuoteSelector): (scope: Node | Range) => AsyncIterable<Range>;
}

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

/** Paragraphs of real-ish prose: corpus sentences recombined, ~PAGE_CHARS in all. */
function buildParagraphs(rand: () => number): string[] {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'corpus');
  const sentences: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const line of text.split('\n')) {
      for (const s of line.split(/(?<=[.!?]["'\u201D\u2019]?)\s+/)) {
        const t = s.trim();
        if (t.length >= 20) sentences.push(t);
      }
    }
  }
  const paragraphs: string[] = [];
  let total = 0;
  while (total < PAGE_CHARS) {
    const n = 2 + Math.floor(rand() * 4);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(pick(rand, sentences));
    const p = parts.join(' ');
    paragraphs.push(p);
    total += p.length + 1;
  }
  return paragraphs;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function pageHtml(paragraphs: string[]): string {
  return `<article>\n${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n</article>`;
}

interface Highlight {
  id: string;
  start: number;
  end: number;
}

/** Highlights starting and ending at word boundaries, 15–150 chars, a few across paragraphs. */
function makeHighlights(rand: () => number, text: string): Highlight[] {
  const starts = [...text.matchAll(/(?<=^|\s)\S/g)].map((m) => m.index);
  const out: Highlight[] = [];
  while (out.length < HIGHLIGHTS) {
    const start = pick(rand, starts);
    const want = 15 + Math.floor(rand() * 136);
    let end = Math.min(text.length, start + want);
    const nl = text.indexOf('\n', start);
    if (nl !== -1 && nl < end && rand() < 0.9) end = nl; // most stay within their paragraph
    while (end < text.length && /\S/.test(text[end] as string)) end++;
    if (end - start < 8) continue;
    out.push({ id: `h${out.length}`, start, end });
  }
  return out;
}

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

const INSERT_WORDS = ['reportedly', 'also', 'however,', 'in fact', 'still', 'officially', 'now'];
const TYPOGRAPHY: [RegExp, string][] = [
  [/'/, '\u2019'],
  [/"/, '\u201C'],
  [/ - /, ' \u2013 '],
  [/ /, '\u00A0'],
];

/** Small edits at random places (never across a paragraph break), sorted, non-overlapping. */
function makeEdits(rand: () => number, text: string): Edit[] {
  const edits: Edit[] = [];
  const taken: [number, number][] = [];
  while (edits.length < EDITS) {
    const at0 = Math.floor(rand() * (text.length - 40));
    let at = text.indexOf(' ', at0) + 1;
    if (at <= 0) continue;
    const kind = rand();
    let edit: Edit;
    const word = /^\S+/.exec(text.slice(at))?.[0] ?? '';
    if (word.length === 0) continue;
    if (kind < 0.3) {
      edit = { at, remove: 0, insert: `${pick(rand, INSERT_WORDS)} ` };
    } else if (kind < 0.55) {
      edit = { at, remove: word.length + 1, insert: '' };
    } else if (kind < 0.8) {
      const i = Math.floor(rand() * word.length);
      const ch = word[i] as string;
      const repl = /[a-z]/.test(ch) ? String.fromCharCode(97 + ((ch.charCodeAt(0) - 97 + 1) % 26)) : 'e';
      edit = { at: at + i, remove: 1, insert: repl };
    } else {
      const [re, repl] = pick(rand, TYPOGRAPHY);
      const m = re.exec(text.slice(at, at + 200));
      if (!m) continue;
      at += m.index;
      edit = { at, remove: m[0].length, insert: repl };
    }
    const span: [number, number] = [edit.at, edit.at + edit.remove];
    if (text.slice(span[0], span[1]).includes('\n')) continue;
    if (taken.some(([a, b]) => span[0] <= b + 1 && a <= span[1] + 1)) continue;
    taken.push(span);
    edits.push(edit);
  }
  return edits.sort((x, y) => x.at - y.at);
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = '';
  let from = 0;
  for (const e of edits) {
    out += text.slice(from, e.at) + e.insert;
    from = e.at + e.remove;
  }
  return out + text.slice(from);
}

/** Where an offset of the old text lands in the edited text. */
function mapOffset(edits: Edit[], offset: number, side: 'start' | 'end'): number {
  let shift = 0;
  for (const e of edits) {
    if (e.at + e.remove <= offset && !(side === 'start' && e.remove === 0 && e.at === offset)) {
      shift += e.insert.length - e.remove;
    } else if (e.at < offset) {
      return side === 'start' ? e.at + shift : e.at + shift + e.insert.length; // offset inside a removed span
    } else {
      break;
    }
  }
  return offset + shift;
}

interface Expected {
  start: number;
  end: number;
  touched: boolean;
}

function expectations(highlights: Highlight[], edits: Edit[]): Expected[] {
  return highlights.map((h) => ({
    start: mapOffset(edits, h.start, 'start'),
    end: mapOffset(edits, h.end, 'end'),
    touched: edits.some((e) => e.at < h.end && e.at + Math.max(1, e.remove) > h.start),
  }));
}

function isRight(got: { start: number; end: number } | null, exp: Expected): boolean {
  if (got === null) return false;
  if (!exp.touched) return got.start === exp.start && got.end === exp.end;
  const inter = Math.max(0, Math.min(got.end, exp.end) - Math.max(got.start, exp.start));
  const union = Math.max(got.end, exp.end) - Math.min(got.start, exp.start);
  return union > 0 && inter / union >= 0.75;
}

function accuracy(found: ({ start: number; end: number } | null)[], expected: Expected[]): number {
  let right = 0;
  found.forEach((f, i) => {
    if (isRight(f, expected[i] as Expected)) right++;
  });
  return right / expected.length;
}

async function timeMedian<T>(runs: number, fn: () => Promise<T> | T, beforeEach?: () => void): Promise<{ ms: number; last: T }> {
  if (beforeEach) beforeEach();
  let last = await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (beforeEach) beforeEach();
    const t0 = performance.now();
    last = await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] as number, last };
}

/**
 * A TextQuoteSelector as @apache-annotator's describeTextQuote makes one: the
 * least context (in whole words) that makes prefix+exact+suffix unique on the
 * page, plus one more word each side for robustness. (Its own describe takes
 * ~0.75 s a highlight on happy-dom, so it is mimicked here on the string.)
 */
function uniqueQuoteSelector(text: string, start: number, end: number): PeerQuoteSelector {
  const exact = text.slice(start, end);
  const wordBack = (at: number): number => {
    let i = at;
    while (i > 0 && /\s/.test(text[i - 1] as string)) i--;
    while (i > 0 && !/\s/.test(text[i - 1] as string)) i--;
    return i;
  };
  const wordOn = (at: number): number => {
    let i = at;
    while (i < text.length && /\s/.test(text[i] as string)) i++;
    while (i < text.length && !/\s/.test(text[i] as string)) i++;
    return i;
  };
  let p = start;
  let s = end;
  const unique = (): boolean => {
    const pattern = text.slice(p, s);
    const first = text.indexOf(pattern);
    return text.indexOf(pattern, first + 1) === -1;
  };
  while (!unique() && (p > 0 || s < text.length)) {
    p = wordBack(p);
    s = wordOn(s);
  }
  p = wordBack(p);
  s = wordOn(s);
  return { type: 'TextQuoteSelector', exact, prefix: text.slice(p, start), suffix: text.slice(end, s) };
}

function baselineAnchor(text: string, targets: { selectors: TextTargetSelectors }[]): ({ start: number; end: number } | null)[] {
  return targets.map(({ selectors }) => {
    const quote = selectors.quote.exact;
    const matches = search(text, quote, errorBudget(quote.length));
    let best: { start: number; end: number } | null = null;
    let bestDist = Number.POSITIVE_INFINITY;
    for (const m of matches) {
      const d = Math.abs(m.start - selectors.position.start);
      if (d < bestDist) {
        bestDist = d;
        best = { start: m.start, end: m.end };
      }
    }
    return best;
  });
}

async function apacheAnchor(
  apache: ApacheDom,
  scope: Node,
  selectors: PeerQuoteSelector[],
): Promise<(Range | null)[]> {
  const out: (Range | null)[] = [];
  for (const selector of selectors) {
    let found: Range | null = null;
    for await (const range of apache.createTextQuoteSelectorMatcher(selector)(scope)) {
      found = range;
      break;
    }
    out.push(found);
  }
  return out;
}

function offsetsOf(results: AnchorResult[]): ({ start: number; end: number } | null)[] {
  return results.map((r) => (r.status === 'anchored' ? { start: r.start, end: r.end } : null));
}

/**
 * happy-dom's NodeIterator lacks `referenceNode` and `pointerBeforeReferenceNode`,
 * which @apache-annotator/dom relies on: a NodeIterator per the DOM standard's
 * traversal algorithm, so the peer runs as it would in a browser.
 */
class SpecNodeIterator {
  referenceNode: Node;
  pointerBeforeReferenceNode = true;
  constructor(
    readonly root: Node,
    readonly whatToShow: number,
    readonly filter: NodeFilter | null,
  ) {
    this.referenceNode = root;
  }
  private accept(node: Node): boolean {
    if (!((1 << (node.nodeType - 1)) & this.whatToShow)) return false;
    const f = this.filter;
    if (!f) return true;
    const verdict = typeof f === 'function' ? f(node) : f.acceptNode(node);
    return verdict === 1;
  }
  private following(node: Node): Node | null {
    if (node.firstChild) return node.firstChild;
    for (let n: Node | null = node; n && n !== this.root; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
    return null;
  }
  private preceding(node: Node): Node | null {
    if (node === this.root) return null;
    let n = node.previousSibling;
    if (!n) return node.parentNode;
    while (n.lastChild) n = n.lastChild;
    return n;
  }
  private traverse(next: boolean): Node | null {
    let node: Node | null = this.referenceNode;
    let before = this.pointerBeforeReferenceNode;
    for (;;) {
      if (next) {
        if (!before) node = this.following(node as Node);
        else before = false;
      } else if (before) {
        node = this.preceding(node as Node);
      } else {
        before = true;
      }
      if (node === null) return null;
      if (this.accept(node)) break;
    }
    this.referenceNode = node;
    this.pointerBeforeReferenceNode = before;
    return node;
  }
  nextNode(): Node | null {
    return this.traverse(true);
  }
  previousNode(): Node | null {
    return this.traverse(false);
  }
}

/**
 * happy-dom's Range.intersectsNode costs ~0.4 ms a call (a browser's is native
 * and cheap), and the peer calls it for every text node on every search. A
 * scope that is the whole contents of a node R intersects exactly R's
 * ancestors and descendants: answered directly, otherwise happy-dom's own.
 */
function speedUpIntersectsNode(window: Window): void {
  const proto = (window as unknown as { Range: { prototype: Range } }).Range.prototype;
  const original = proto.intersectsNode;
  proto.intersectsNode = function (this: Range, node: Node): boolean {
    const r = this.startContainer;
    if (this.endContainer === r && this.startOffset === 0 && this.endOffset === r.childNodes.length) {
      return r.contains(node) || node.contains(r);
    }
    return original.call(this, node);
  };
}

function makeDocument(html: string): Document {
  const window = new Window();
  speedUpIntersectsNode(window);
  const document = window.document as unknown as Document;
  document.body.innerHTML = html;
  (document as unknown as { createNodeIterator: unknown }).createNodeIterator = (
    root: Node,
    whatToShow = 0xffffffff,
    filter: NodeFilter | null = null,
  ) => new SpecNodeIterator(root, whatToShow, filter);
  return document;
}

const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0)).padStart(8);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

export async function runAnchoringBench(): Promise<void> {
  const rand = rng(SEED);
  const paragraphs = buildParagraphs(rand);
  const doc = makeDocument(pageHtml(paragraphs));
  const map = DomTextMap.fromRoot(doc.body);
  const text = map.text;
  if (text !== paragraphs.join('\n')) throw new Error('bench: DomTextMap text differs from the generated page text');

  const highlights = makeHighlights(rand, text);
  const targets = highlights.map((h) => ({ id: h.id, selectors: describeTextRange(text, h.start, h.end) }));

  // The peer runs against the DOM: globals its code expects.
  const g = globalThis as unknown as Record<string, unknown>;
  const view = doc.defaultView as unknown as Record<string, unknown>;
  g.NodeFilter ??= view.NodeFilter;
  g.Node ??= view.Node;
  g.Range ??= view.Range;
  let apache: ApacheDom | null = null;
  let apacheError = '';
  try {
    apache = (await import('@apache-annotator/dom')) as unknown as ApacheDom;
  } catch (err) {
    apacheError = (err as Error).message.split('\n')[0] ?? String(err);
  }
  const apacheSelectors = highlights.map((h) => uniqueQuoteSelector(text, h.start, h.end));

  const edits = makeEdits(rand, text);
  const editedText = applyEdits(text, edits);
  const editedParagraphs = editedText.split('\n');
  const editedDoc = makeDocument(pageHtml(editedParagraphs));
  if (DomTextMap.fromRoot(editedDoc.body).text !== editedText) throw new Error('bench: edited page text mismatch');

  console.log('Anchoring benchmark (bench/anchoring.ts)');
  console.log(
    `page ${text.length} chars in ${paragraphs.length} paragraphs, ${HIGHLIGHTS} highlights ` +
      `(${Math.round(highlights.reduce((s, h) => s + h.end - h.start, 0) / HIGHLIGHTS)} chars avg), seed ${SEED}`,
  );
  const expectedB = expectations(highlights, edits);
  console.log(
    `scenario B: ${edits.length} edits, page now ${editedText.length} chars; ` +
      `${expectedB.filter((e) => e.touched).length} quotes contain an edit`,
  );
  if (!apache) console.log(`@apache-annotator/dom unavailable (${apacheError}); its rows are skipped`);

  const evict = (): void => {
    anchorAll('-', []);
    anchorAll('-', [{ id: 'evict', selectors: describeTextRange('-', 0, 1) }]);
  };

  const scenarios = [
    { name: 'A exact (unchanged page)', text, doc, expected: expectations(highlights, []) },
    { name: 'B after small edits', text: editedText, doc: editedDoc, expected: expectedB },
  ];
  for (const sc of scenarios) {
    const oursString = await timeMedian(21, () => anchorAll(sc.text, targets), evict);
    const oursRepeat = await timeMedian(21, () => anchorAll(sc.text, targets));
    const oursDom = await timeMedian(
      11,
      () => {
        const m = DomTextMap.fromRoot(sc.doc.body);
        const results = anchorAll(m.text, targets);
        for (const r of results) if (r.status === 'anchored') m.rangeFromOffsets(r.start, r.end);
        return results;
      },
      evict,
    );
    const base = await timeMedian(3, () => baselineAnchor(sc.text, targets));
    const scMap = DomTextMap.fromRoot(sc.doc.body);
    const peer = apache ? await timeMedian(3, () => apacheAnchor(apache as ApacheDom, sc.doc.body, apacheSelectors)) : null;

    const accOurs = accuracy(offsetsOf(oursString.last), sc.expected);
    const accDom = accuracy(offsetsOf(oursDom.last), sc.expected);
    const accBase = accuracy(base.last, sc.expected);
    const accPeer = peer ? accuracy(peer.last.map((r) => (r ? scMap.offsetsFromRange(r) : null)), sc.expected) : Number.NaN;
    if (process.env.ANCHORING_BENCH_DEBUG) {
      oursString.last.forEach((r, i) => {
        const exp = sc.expected[i] as Expected;
        const got = r.status === 'anchored' ? { start: r.start, end: r.end } : null;
        if (!isRight(got, exp)) {
          const h = highlights[i] as Highlight;
          console.log(JSON.stringify({ r, exp, orig: [h.start, h.end], quote: text.slice(h.start, h.end), now: sc.text.slice(exp.start, exp.end), got: got ? sc.text.slice(got.start, got.end) : null }));
        }
      });
    }
    const orphans = oursString.last.filter((r) => r.status === 'orphan').length;
    const methods = oursString.last.reduce<Record<string, number>>((acc, r) => {
      const k = r.status === 'anchored' ? r.method : 'orphan';
      acc[k] = (acc[k] ?? 0) + 1;
      return acc;
    }, {});

    console.log(`\nScenario ${sc.name}`);
    console.log('  anchorer                                   ms   accuracy   ratio (peer ms / ours ms)');
    console.log(`  Sourcelight anchorAll (string)       ${fmt(oursString.ms)}   ${pct(accOurs)}`);
    console.log(`  Sourcelight repeat call, same page   ${fmt(oursRepeat.ms)}`);
    console.log(`  Sourcelight DOM (map+anchor+Ranges)  ${fmt(oursDom.ms)}   ${pct(accDom)}`);
    console.log(
      `  baseline approx-string-match/quote   ${fmt(base.ms)}   ${pct(accBase)}   ${(base.ms / oursString.ms).toFixed(0)}x vs string, ${(base.ms / oursDom.ms).toFixed(0)}x vs DOM`,
    );
    if (peer) {
      console.log(
        `  @apache-annotator/dom (DOM, exact)   ${fmt(peer.ms)}   ${pct(accPeer)}   ${(peer.ms / oursDom.ms).toFixed(0)}x vs DOM, ${(peer.ms / oursString.ms).toFixed(0)}x vs string`,
      );
    }
    console.log(`  Sourcelight methods: ${JSON.stringify(methods)}, orphans ${orphans}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runAnchoringBench().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
