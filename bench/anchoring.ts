// Anchoring benchmark, in Debian's Chromium (the real DOM): re-anchor stored
// highlights on a generated article page (corpus sentences recombined, one
// <p> per paragraph), with four anchorers side by side in the same run and
// the same page:
//
// - Sourcelight: DomTextMap built from the article, anchorAll (its folded-text
//   cache cleared before every run), and, in a second row, a DOM Range for
//   every anchored highlight (the annotator needs Ranges only for highlights
//   it draws). The target row is the first frame, what the annotator does
//   before the page paints (anchoring-in-page.ts `firstFrame`: a map of the
//   text down to just past the viewport, the highlights in view intact at
//   their place); the whole map and anchorAll follow in idle time.
// - The Hypothesis method (bench/support/hypothesis-method.ts, written from
//   its published description): the quote in textContent, exact first,
//   approx-string-match with half the quote's length in errors, candidates
//   ranked 50/20/20/2; on unchanged pages also with its client's position
//   check first. Selectors as it makes them (32 chars of context,
//   textContent offsets).
// - @apache-annotator/dom 0.2.0: selectors as its describeTextQuote makes
//   them (least unique context plus a word, computed here on the string),
//   anchored with createTextQuoteSelectorMatcher, first match taken. Exact only.
// - The floor: one TreeWalker pass reading the article's text into a string.
//
// Cases: 500 and 2,000 highlights (15–150 chars) on ~100,000 and ~1,000,000
// characters, the page unchanged and after edits (1.5 per 1,000 chars: a word
// inserted or deleted, a typo fixed, typography changed, and one in 25 a
// stretch of 6–10 words reworded), some inside or next to quotes.
// Timing in CPU time of the page's main thread (CDP ThreadTime around each
// call, less an empty call's cost): on this shared machine the page's clock
// mostly counts waiting for a core. Sourcelight and the floor in interleaved
// rounds, runs batched to ≥ 20 ms; the peers a slice of highlights per page
// call, summed; @apache-annotator/dom within a time budget per case.
// Right: exactly the expected offsets when no edit fell inside the quote; at
// least 75% overlap (intersection over union) with the expected span when one did.
//
// Run: npx tsx bench/anchoring.ts   (also part of `npm run bench`)
// ANCHORING_BENCH_QUICK=1 runs the 100,000-character 500-highlight cases only.

import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForPage } from './support/bundle-for-page.ts';
import type { Page } from 'puppeteer-core';
import { describeTextRange } from '../src/anchoring/describe.ts';
import { launchChromium } from '../test/e2e/support/launch-chromium.ts';
import type { AnchoringInPageApi, ApacheSelector, Span, Timed } from './support/anchoring-in-page.ts';
import type { HypothesisSelectors } from './support/hypothesis-method.ts';
import { type Figure, ms, type Section, times } from './support/report.ts';
import { ThreadClock } from './support/thread-clock.ts';
import { seededRandom as rng } from '../test/unit/helpers/seeded-random.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const QUICK = process.env.ANCHORING_BENCH_QUICK === '1';
const PAGE_SIZES = QUICK ? [100_000] : [100_000, 1_000_000];
const HIGHLIGHT_COUNTS = QUICK ? [500] : [500, 2_000];
const EDITS_PER_CHAR = 1.5 / 1000;
const SEED = 20240611;
/** Targets (issue #16). */
const VS_HYPOTHESIS_UNCHANGED = 20;
const VS_HYPOTHESIS_EDITED = 10;
const VS_TEXT_PASS = 3;
/** A desktop reader's window; the page is at its top, where a visit starts. */
export const VIEWPORT = { width: 1280, height: 800 };

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

/** Paragraphs of real-ish prose: corpus sentences recombined, ~pageChars in all. */
function buildParagraphs(rand: () => number, pageChars: number): string[] {
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
  while (total < pageChars) {
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

export function pageHtml(paragraphs: string[]): string {
  return `<article>\n${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n</article>`;
}

interface Highlight {
  id: string;
  start: number;
  end: number;
}

/** Highlights starting and ending at word boundaries, 15–150 chars, a few across paragraphs. */
function makeHighlights(rand: () => number, text: string, count: number): Highlight[] {
  const starts = [...text.matchAll(/(?<=^|\s)\S/g)].map((m) => m.index);
  const out: Highlight[] = [];
  while (out.length < count) {
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
const REWORD_EVERY = 25;
const TYPOGRAPHY: [RegExp, string][] = [
  [/'/, '\u2019'],
  [/"/, '\u201C'],
  [/ - /, ' \u2013 '],
  [/ /, '\u00A0'],
];

/** Words a reworded sentence takes in (one in two words replaced, the rest kept). */
const REWORD_WORDS = ['the', 'officials', 'stated', 'that', 'talks', 'were', 'held', 'with', 'regional', 'partners', 'on', 'Monday'];

/**
 * Edits at random places (never across a paragraph break), sorted,
 * non-overlapping: small ones (a word inserted or deleted, a typo fixed,
 * typography) and, one in REWORD_EVERY, a reworded stretch of 6–10 words.
 */
function makeEdits(rand: () => number, text: string, count: number): Edit[] {
  const edits: Edit[] = [];
  const taken: [number, number][] = [];
  while (edits.length < count) {
    const at0 = Math.floor(rand() * (text.length - 40));
    let at = text.indexOf(' ', at0) + 1;
    if (at <= 0) continue;
    const kind = rand();
    let edit: Edit;
    const word = /^\S+/.exec(text.slice(at))?.[0] ?? '';
    if (word.length === 0) continue;
    if (edits.length % REWORD_EVERY === REWORD_EVERY - 1) {
      const words = /^(?:\S+ ){5,9}\S+/.exec(text.slice(at, at + 200))?.[0].split(' ');
      if (!words || words.some((w) => w.includes('\n'))) continue;
      const reworded = words.map((w, i) => (i % 2 === 1 ? pick(rand, REWORD_WORDS) : w));
      edit = { at, remove: words.join(' ').length, insert: reworded.join(' ') };
    } else if (kind < 0.3) {
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

/**
 * A TextQuoteSelector as @apache-annotator's describeTextQuote makes one: the
 * least context (in whole words) that makes prefix+exact+suffix unique on the
 * page, plus one more word each side for robustness. (Its own describe takes
 * ~0.75 s a highlight on happy-dom, so it is mimicked here on the string.)
 */
function uniqueQuoteSelector(text: string, start: number, end: number): ApacheSelector {
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


/** Selectors as the Hypothesis client makes them: 32 chars of context, offsets in the root's textContent. */
function hypothesisSelectors(textContent: string, offset: number, h: Highlight): HypothesisSelectors {
  const start = h.start + offset;
  const end = h.end + offset;
  return {
    exact: textContent.slice(start, end),
    prefix: textContent.slice(Math.max(0, start - 32), start),
    suffix: textContent.slice(end, end + 32),
    start,
    end,
  };
}

/** The anchorers and the text pass, bundled for the page. */
export function anchoringBundle(): Promise<string> {
  return bundleForPage({ file: join(ROOT, 'bench/support/anchoring-in-page.ts') });
}

type OursName = 'sourcelight' | 'sourcelightFirstFrame' | 'sourcelightInViewRanges' | 'sourcelightRanges' | 'textPass';
type PeerName = 'hypothesis' | 'hypothesisPositionFirst' | 'apache';
type AnchorerName = OursName | PeerName;

interface CaseResult {
  name: string;
  chars: number;
  highlights: number;
  edited: boolean;
  timed: Record<OursName | 'hypothesis' | 'apache', PeerTimed> & { hypothesisPositionFirst?: PeerTimed };
  right: Record<AnchorerName, number>;
  /** Highlights in the viewport (their Ranges made at once; the page is at its top). */
  inView: number;
  /** Highlights the first frame draws, and whether each is where the full anchoring puts it. */
  firstFrame: { drawn: number; agree: boolean };
}

/** A timing, and for a peer stopped by its time budget how many highlights it ran (the time is scaled up from them). */
type PeerTimed = Timed & { ran?: number };

/** Rounds of Sourcelight and the floor (interleaved). */
const ROUNDS = 15;
/** Highlights per page call when a peer is timed (see anchoring-in-page.ts). */
const PEER_SLICE = 100;
/** Runs of a peer: a median of three where a run is short, a single run where it is long. */
const PEER_RUNS_SHORT = 3;
const PEER_LONG_MS = 2_000;
/**
 * Time a peer may take on one case. Past it, the peer's run stops at the end
 * of a slice and its time is scaled up from the highlights it ran (they come
 * in random order: a fair sample), its right count given out of those. Only
 * @apache-annotator/dom on the 1M pages (minutes a run) reaches it; the
 * Hypothesis method, the target's peer, always runs every highlight.
 */
const PEER_BUDGET_MS: Partial<Record<PeerName, number>> = { apache: 30_000 };

type InPage = { sourcelightAnchoringBench: AnchoringInPageApi };

function middle(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** CPU time one batch of an anchorer should last at least: the call's own cost is then noise. */
const MIN_BATCH_MS = 20;

/**
 * Sourcelight's rows and the floor, timed in turn round after round (so
 * drift hits them alike; each round starting with the next one): per anchorer the median over ROUNDS batches, each
 * enough runs to last MIN_BATCH_MS of CPU time, after a warm-up run.
 */
async function timeOurs(page: Page, clock: ThreadClock): Promise<Record<OursName, Timed>> {
  const names: OursName[] = ['textPass', 'sourcelight', 'sourcelightFirstFrame', 'sourcelightInViewRanges', 'sourcelightRanges'];
  const batch = (name: OursName, times: number) =>
    clock.time(() => page.evaluate((n, t) => (globalThis as unknown as InPage).sourcelightAnchoringBench.runBatch(n, t), name, times));
  const perBatch = new Map<OursName, number>();
  for (const name of names) {
    await batch(name, 1);
    let k = 1;
    while (k < 4_096 && (await batch(name, k)) < MIN_BATCH_MS) k *= 2;
    perBatch.set(name, k);
  }
  const samples = new Map<OursName, number[]>(names.map((n) => [n, []]));
  for (let r = 0; r < ROUNDS; r++) {
    // Each round starts with the next anchorer: the first of a round tends to
    // pay for the garbage the round before left (bench/text-pass-check.ts saw
    // the same work cost up to twice as much there).
    for (let j = 0; j < names.length; j++) {
      const name = names[(r + j) % names.length] as OursName;
      const k = perBatch.get(name) as number;
      (samples.get(name) as number[]).push((await batch(name, k)) / k);
    }
  }
  const out = {} as Record<OursName, Timed>;
  for (const name of names) {
    const spans = await page.evaluate((n) => (globalThis as unknown as InPage).sourcelightAnchoringBench.spansOf(n), name);
    out[name] = { ms: middle(samples.get(name) as number[]), runs: ROUNDS, spans };
  }
  return out;
}

/**
 * One run of a peer over every highlight, a slice per page call, CPU times
 * summed; stopped after the slice that ends past `budgetMs` (of the clock on
 * the wall), the time then scaled up to every highlight.
 */
async function peerRun(
  page: Page,
  clock: ThreadClock,
  name: PeerName,
  count: number,
  budgetMs = Number.POSITIVE_INFINITY,
): Promise<{ ms: number; spans: Span[]; ran: number }> {
  let total = 0;
  const spans: Span[] = [];
  const started = performance.now();
  for (let from = 0; from < count; from += PEER_SLICE) {
    if (from > 0 && performance.now() - started > budgetMs) return { ms: (total * count) / from, spans, ran: from };
    total += await clock.time(() =>
      page.evaluate(
        (n, f, t) => (globalThis as unknown as InPage).sourcelightAnchoringBench.runSlice(n, f, t),
        name,
        from,
        Math.min(count, from + PEER_SLICE),
      ),
    );
    spans.push(...(await page.evaluate(() => (globalThis as unknown as InPage).sourcelightAnchoringBench.sliceSpans())));
  }
  return { ms: total, spans, ran: count };
}

/** A peer timed: a warm-up slice, then one run, and two more if it was short and whole; the median. */
async function timePeer(page: Page, clock: ThreadClock, name: PeerName, count: number): Promise<PeerTimed> {
  await page.evaluate((n) => (globalThis as unknown as InPage).sourcelightAnchoringBench.runSlice(n, 0, 10), name);
  const first = await peerRun(page, clock, name, count, PEER_BUDGET_MS[name]);
  const runs = [first];
  if (first.ms < PEER_LONG_MS && first.ran === count) {
    while (runs.length < PEER_RUNS_SHORT) runs.push(await peerRun(page, clock, name, count));
  }
  return {
    ms: middle(runs.map((r) => r.ms)),
    runs: runs.length,
    spans: first.spans,
    ...(first.ran < count ? { ran: first.ran } : {}),
  };
}

function countRight(spans: Span[], expected: Expected[]): number {
  let right = 0;
  spans.forEach((s, i) => {
    if (isRight(s === null ? null : { start: s[0], end: s[1] }, expected[i] as Expected)) right++;
  });
  return right;
}

/** A generated page of about `pageChars`, its edited version and highlight sets of the given sizes (deterministic). */
export function generateCase(pageChars: number, counts: readonly number[]) {
  const rand = rng(SEED + pageChars);
  const text = buildParagraphs(rand, pageChars).join('\n');
  const edits = makeEdits(rand, text, Math.round(text.length * EDITS_PER_CHAR));
  const editedText = applyEdits(text, edits);
  const sets = counts.map((count) => makeHighlights(rand, text, count));
  return { text, edits, editedText, sets, expected: (highlights: Highlight[], edited: boolean) => expectations(highlights, edited ? edits : []), isRight };
}

export async function runAnchoringCases(log: (line: string) => void = () => {}): Promise<{ cases: CaseResult[]; version: string }> {
  const code = await anchoringBundle();
  const session = await launchChromium({ withoutExtension: true });
  const version = await session.browser.version();
  const cases: CaseResult[] = [];
  try {
    for (const pageChars of PAGE_SIZES) {
      const { text, edits, editedText, sets } = generateCase(pageChars, HIGHLIGHT_COUNTS);
      for (const edited of [false, true]) {
        const pageText = edited ? editedText : text;
        const page = await session.browser.newPage();
        await page.setViewport(VIEWPORT);
        await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body>${pageHtml(pageText.split('\n'))}</body></html>`);
        await page.addScriptTag({ content: code });
        const api = 'sourcelightAnchoringBench';
        const mapped = await page.evaluate((k) => (globalThis as unknown as Record<string, AnchoringInPageApi>)[k]!.mapText(), api);
        if (mapped !== pageText) throw new Error('bench: the text map of the page in Chromium differs from the generated text');
        const clock = await ThreadClock.of(page, () =>
          page.evaluate(() => (globalThis as unknown as InPage).sourcelightAnchoringBench.runBatch('textPass', 0)),
        );
        for (const highlights of sets) {
          // Selectors are made on the unchanged page, as when the reader highlighted.
          const textContent = `\n${text}\n`; // the article's textContent: a newline text node around each <p>
          const ours = highlights.map((h) => ({ id: h.id, selectors: describeTextRange(text, h.start, h.end) }));
          const hyp = highlights.map((h) => hypothesisSelectors(textContent, 1, h));
          const apache: ApacheSelector[] = highlights.map((h) => uniqueQuoteSelector(text, h.start, h.end));
          await page.evaluate(
            (k, a, b, c) => (globalThis as unknown as Record<string, AnchoringInPageApi>)[k]!.setTargets(a, b, c),
            api,
            ours,
            hyp,
            apache,
          );
          const expected = expectations(highlights, edited ? edits : []);
          const name = `${(text.length / 1000).toFixed(0)}k chars, ${highlights.length} highlights, ${edited ? `after ${edits.length} edits` : 'unchanged'}`;
          log(`  ${name}…`);
          const timed = {} as CaseResult['timed'];
          const right = {} as Record<AnchorerName, number>;
          Object.assign(timed, await timeOurs(page, clock));
          const inView = await page.evaluate((k) => (globalThis as unknown as Record<string, AnchoringInPageApi>)[k]!.inViewCount(), api);
          // The position-first variant differs only where positions still hold: unchanged pages.
          const peerNames: PeerName[] = edited ? ['hypothesis', 'apache'] : ['hypothesis', 'hypothesisPositionFirst', 'apache'];
          for (const peer of peerNames) timed[peer] = await timePeer(page, clock, peer, highlights.length);
          // The first frame draws a part of the highlights: each must be where the full anchoring puts it.
          const full = timed.sourcelight.spans;
          const drawn = timed.sourcelightFirstFrame.spans.filter((s) => s !== null).length;
          const agree = timed.sourcelightFirstFrame.spans.every((s, i) => s === null || (s[0] === full[i]?.[0] && s[1] === full[i]?.[1]));
          for (const [anchorer, t] of Object.entries(timed) as [AnchorerName, Timed][]) {
            right[anchorer] = anchorer === 'textPass' || anchorer === 'sourcelightFirstFrame' ? Number.NaN : countRight(t.spans, expected);
            t.spans = [];
          }
          const firstFrame = { drawn, agree };
          cases.push({ name, chars: pageText.length, highlights: highlights.length, edited, timed, right, inView, firstFrame });
        }
        await page.close();
      }
    }
  } finally {
    await session.close();
  }
  return { cases, version };
}

/** The report section: per case, times and ratios, how many land right, and the targets of issue #16. */
export async function runAnchoringBench(log: (line: string) => void = () => {}): Promise<Section> {
  const loadBefore = loadavg()[0] as number;
  const started = performance.now();
  const { cases, version } = await runAnchoringCases(log);
  const minutes = (performance.now() - started) / 60_000;
  const loadAfter = loadavg()[0] as number;
  const figures: Figure[] = [];
  const notes: string[] = [];
  for (const c of cases) {
    const t = c.timed;
    const ours = t.sourcelightRanges.ms;
    const target = c.edited ? VS_HYPOTHESIS_EDITED : VS_HYPOTHESIS_UNCHANGED;
    figures.push({ name: `${c.name}: Sourcelight (map + anchor + all Ranges)`, value: ms(ours), baseline: '', ratio: '', target: '', pass: null });
    figures.push({
      name: '  vs the Hypothesis method',
      value: ms(ours),
      baseline: ms(t.hypothesis.ms),
      ratio: `${(t.hypothesis.ms / ours).toFixed(1)}× faster`,
      target: `≥ ${target}× faster`,
      pass: t.hypothesis.ms / ours >= target,
    });
    if (t.hypothesisPositionFirst) {
      figures.push({
        name: '  vs the Hypothesis method, position first (as its client)',
        value: ms(ours),
        baseline: ms(t.hypothesisPositionFirst.ms),
        ratio: `${(t.hypothesisPositionFirst.ms / ours).toFixed(1)}× faster`,
        target: '',
        pass: null,
      });
    }
    figures.push({
      name: `  vs @apache-annotator/dom${t.apache.ran !== undefined ? ` (time scaled up from the ${t.apache.ran} highlights run within its budget)` : ''}`,
      value: ms(ours),
      baseline: ms(t.apache.ms),
      ratio: `${(t.apache.ms / ours).toFixed(1)}× faster`,
      target: '',
      pass: null,
    });
    figures.push({
      name: '  map + anchor (no Ranges) vs the text pass',
      value: ms(t.sourcelight.ms),
      baseline: ms(t.textPass.ms),
      ratio: times(t.sourcelight.ms / t.textPass.ms),
      target: '',
      pass: null,
    });
    figures.push({
      name:
        `  first frame, before the page paints: map down to the viewport + highlights there intact at their place (${c.firstFrame.drawn} of ${c.highlights}` +
        `${c.firstFrame.agree ? ', each where the full pass puts it' : ', SOME NOT WHERE THE FULL PASS PUTS THEM'}) + their Ranges vs the text pass`,
      value: ms(t.sourcelightFirstFrame.ms),
      baseline: ms(t.textPass.ms),
      ratio: times(t.sourcelightFirstFrame.ms / t.textPass.ms),
      target: c.edited ? '' : `≤ ${VS_TEXT_PASS}×`,
      pass: c.edited ? null : t.sourcelightFirstFrame.ms / t.textPass.ms <= VS_TEXT_PASS && c.firstFrame.agree,
    });
    figures.push({
      name: `  the full work (in idle time after the first frame): map + anchor all + Ranges in the viewport (${c.inView} of ${c.highlights}) vs the text pass`,
      value: ms(t.sourcelightInViewRanges.ms),
      baseline: ms(t.textPass.ms),
      ratio: times(t.sourcelightInViewRanges.ms / t.textPass.ms),
      target: '',
      pass: null,
    });
    figures.push({
      name: '  with all Ranges at once vs the text pass',
      value: ms(ours),
      baseline: ms(t.textPass.ms),
      ratio: times(ours / t.textPass.ms),
      target: '',
      pass: null,
    });
    figures.push({
      name: '  right: Sourcelight / Hypothesis / apache',
      value: `${c.right.sourcelightRanges}`,
      baseline: `${c.right.hypothesis} / ${c.right.apache}${t.apache.ran !== undefined ? ` of ${t.apache.ran} run` : ''}`,
      ratio: `of ${c.highlights}`,
      target: '≥ Hypothesis',
      pass:
        c.right.sourcelightRanges >= c.right.hypothesis &&
        c.right.sourcelight === c.right.sourcelightRanges &&
        c.right.sourcelightInViewRanges === c.right.sourcelightRanges &&
        c.firstFrame.agree,
    });
    notes.push(
      `${c.name}: runs timed — text pass ${t.textPass.runs}, Sourcelight ${t.sourcelight.runs}/${t.sourcelightFirstFrame.runs}/${t.sourcelightInViewRanges.runs}/${t.sourcelightRanges.runs}, ` +
        `Hypothesis ${t.hypothesis.runs}, apache ${t.apache.runs}` +
        (t.hypothesisPositionFirst ? `; Hypothesis position first: ${c.right.hypothesisPositionFirst} right` : ''),
    );
  }
  // Cost growing no faster than the page: the large page's time over the small one's, against the ratio of their sizes.
  for (const count of HIGHLIGHT_COUNTS) {
    for (const edited of [false, true]) {
      const pair = cases.filter((c) => c.highlights === count && c.edited === edited);
      if (pair.length < 2) continue;
      const [small, large] = [pair[0] as CaseResult, pair[pair.length - 1] as CaseResult];
      const growth = large.timed.sourcelightRanges.ms / small.timed.sourcelightRanges.ms;
      const size = large.chars / small.chars;
      figures.push({
        name: `growth ${(small.chars / 1000).toFixed(0)}k → ${(large.chars / 1000).toFixed(0)}k chars, ${count} highlights, ${edited ? 'edited' : 'unchanged'}`,
        value: times(growth),
        baseline: `page ${times(size)}`,
        ratio: '',
        target: '≤ page growth',
        pass: growth <= size,
      });
    }
  }
  return {
    title: `Anchoring in Chromium (bench/anchoring.ts, ${version})`,
    method: [
      'Generated article pages (one <p> per paragraph), 500 and 2,000 highlights, ~100k and ~1M chars, unchanged and edited',
      '(small edits plus reworded stretches). All anchorers run in the same page, timed in CPU time of its main thread (CDP',
      'ThreadTime around each call, less an empty call). Sourcelight and the text pass: medians of',
      `${ROUNDS} interleaved rounds of batches ≥ ${MIN_BATCH_MS} ms after a warm-up; peers: a warm-up slice, then the median of 3 runs (1 run when one takes > ${PEER_LONG_MS / 1000} s);`,
      `apache stops after ${(PEER_BUDGET_MS.apache ?? 0) / 1000} s a case, its time scaled up from the highlights it ran (a random sample).`,
      'Sourcelight: DomTextMap + anchorAll (fold cache cleared every run), then a Range per anchored highlight (compared with the peers);',
      `first frame (what the annotator does before the page paints, when nothing of ours is drawn yet): the map of the text down to`,
      `just past the ${VIEWPORT.width}×${VIEWPORT.height} viewport (page at its top), the article's region in it, the highlights in the viewport`,
      'whose quote and context are intact at their stored place (the targets in the order the store lists them: by stored start), a Range each;',
      'full work: the whole map + anchorAll on all + Ranges in the viewport (the rest made in idle slices after).',
      'The Hypothesis method (as issue #16 defines it): the quote in textContent (read once per 100 highlights; the method reads it',
      'per highlight), exact first, else approx-string-match ≤ half the quote; 50/20/20/2. "Position first": its client\'s order.',
      '@apache-annotator/dom: createTextQuoteSelectorMatcher, exact only. Text pass: one TreeWalker read of the text (the floor).',
    ],
    figures,
    notes: [...notes, `whole run: ${minutes.toFixed(1)} min; load average (1 min) ${loadBefore.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end`],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { formatSection } = await import('./support/report.ts');
  runAnchoringBench((line) => process.stderr.write(`${line}\n`))
    .then((section) => process.stdout.write(formatSection(section)))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
