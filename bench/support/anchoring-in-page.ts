// Bundled by esbuild and injected into a page in Chromium (see
// bench/anchoring.ts): every anchorer of the anchoring bench, run and timed
// inside the page on the real DOM, so no DevTools round trip is counted.
// Each anchorer's results come back as offsets in Sourcelight's text map of
// the same page (Ranges converted outside the timed part), so one judge
// scores them all.
import { createTextQuoteSelectorMatcher } from '@apache-annotator/dom';
import { type AnchorResult, type AnchorTarget, anchorAll, clearAnchoringCache } from '../../src/anchoring/anchor-all.ts';
import { anchorInView, type InViewAnchor } from '../../src/anchoring/anchor-in-view.ts';
import { DomTextMap } from '../../src/anchoring/dom-text.ts';
import { stopBelowViewport, textInView } from '../../extension/content/highlights/text-in-view.ts';
import { type HypothesisSelectors, hypothesisAnchor } from './hypothesis-method.ts';

export interface ApacheSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export type Span = [number, number] | null;

export interface Timed {
  /** Median milliseconds per run (the page's main thread's CPU time). */
  ms: number;
  runs: number;
  /** Results of the last run, as offsets in the page's text map. */
  spans: Span[];
}

/** An anchorer: its run (timed) and the conversion of its output to spans (not timed). */
interface Anchorer<R> {
  run: () => R | Promise<R>;
  spans: (output: R) => Span[];
}

let ours: AnchorTarget[] = [];
/** `ours` ordered by stored start, as the store lists a page's records to the annotator (ordered outside the timed part: in the worker). */
let oursByStart: AnchorTarget[] = [];
/** Index of each of `ours` by id (for the first frame's spans, outside the timed part). */
let oursIndex = new Map<string, number>();
let theirs: HypothesisSelectors[] = [];
let apacheSelectors: ApacheSelector[] = [];

function root(): Element {
  const article = document.querySelector('article');
  if (!article) throw new Error('bench: the page has no <article>');
  return article;
}

function spansOf(results: AnchorResult[]): Span[] {
  return results.map((r) => (r.status === 'anchored' ? [r.start, r.end] : null));
}

function rangeSpans(ranges: (Range | null)[]): Span[] {
  const map = DomTextMap.fromRoot(root());
  return ranges.map((range) => {
    if (range === null) return null;
    const o = map.offsetsFromRange(range);
    return o === null ? null : [o.start, o.end];
  });
}

/** A Range over the article's contents: a recognised article's region (made once, as the recogniser makes it). */
let articleRegion: Range | null = null;
function regionOf(el: Element): Range {
  const range = document.createRange();
  range.selectNodeContents(el);
  return range;
}

/** The first frame's map, as the annotator makes it: the text down to just past the viewport (the whole text with no layout). */
function firstFrameMap(): DomTextMap {
  const stopAt = stopBelowViewport(document);
  return stopAt === null ? DomTextMap.fromRoot(root()) : DomTextMap.prefixFromRoot(root(), stopAt);
}

/**
 * The annotator's first frame (page-annotator.ts `reanchor` + `drawFirstFrame`
 * on a page with nothing drawn yet): the text map down to the viewport's
 * bottom, the records split into statements and the reader's (all the
 * reader's here), the stretch in view, the targets there intact at their
 * stored place (anchorInView), and a Range for each. The full anchoring (a
 * whole map) runs after the first paint.
 */
function firstFrame(): InViewAnchor<AnchorTarget & { origin?: string }>[] {
  const map = firstFrameMap();
  // The article's region in the map, as the annotator finds it for the statements' scope (here every target is the
  // reader's, anchored in the whole text: the offsets are only made, as the annotator makes them).
  articleRegion ??= regionOf(root());
  if (map.offsetsFromRange(articleRegion) === null) throw new Error('bench: the article region is outside the map');
  const statements: AnchorTarget[] = [];
  const reader: AnchorTarget[] = [];
  for (const t of oursByStart as (AnchorTarget & { origin?: string })[]) (t.origin === 'statement' ? statements : reader).push(t);
  const view = textInView(map);
  const drawn = [
    ...anchorInView(map.text, statements, view, { sortedByStart: true }),
    ...anchorInView(map.text, reader, view, { sortedByStart: true }),
  ];
  for (const { result } of drawn) map.rangeFromOffsets(result.start, result.end);
  return drawn;
}

const anchorers = {
  /** DomTextMap built, anchorAll, no Ranges (what the annotator needs before it draws). */
  sourcelight: {
    run: () => {
      clearAnchoringCache();
      const map = DomTextMap.fromRoot(root());
      return anchorAll(map.text, ours, { folded: () => map.folded });
    },
    spans: spansOf,
  } satisfies Anchorer<AnchorResult[]>,
  /** What the annotator does before a page with nothing of ours drawn paints (see `firstFrame`); spans only for what it draws. */
  sourcelightFirstFrame: {
    run: firstFrame,
    spans: (drawn: InViewAnchor<AnchorTarget>[]) => {
      const spans: Span[] = ours.map(() => null);
      for (const { target, result } of drawn) spans[oursIndex.get(target.id) as number] = [result.start, result.end];
      return spans;
    },
  } satisfies Anchorer<InViewAnchor<AnchorTarget>[]>,
  /**
   * The whole anchoring, as the annotator did it before the first paint until
   * the seventh session (and still does on a re-anchor): map, anchor all, and
   * a Range for each highlight in the viewport (the rest are made in idle
   * slices after; `sourcelightRanges` makes them all at once).
   */
  sourcelightInViewRanges: {
    run: () => {
      clearAnchoringCache();
      const map = DomTextMap.fromRoot(root());
      const results = anchorAll(map.text, ours, { folded: () => map.folded });
      const inView = textInView(map);
      for (const r of results) {
        if (r.status === 'anchored' && r.start < inView.end && r.end > inView.start) map.rangeFromOffsets(r.start, r.end);
      }
      return results;
    },
    spans: spansOf,
  } satisfies Anchorer<AnchorResult[]>,
  /** The same plus a DOM Range for every anchored highlight (all drawn at once). */
  sourcelightRanges: {
    run: () => {
      clearAnchoringCache();
      const map = DomTextMap.fromRoot(root());
      const results = anchorAll(map.text, ours, { folded: () => map.folded });
      for (const r of results) if (r.status === 'anchored') map.rangeFromOffsets(r.start, r.end);
      return results;
    },
    spans: spansOf,
  } satisfies Anchorer<AnchorResult[]>,
  /**
   * The floor: one TreeWalker pass reading every Text node's data into one
   * (flat) string. Only its length is kept: the Sourcelight rows drop their
   * map's text too, and a kept string of this size lives on into an older
   * generation, which costs the next runs (bench/text-pass-check.ts: the same
   * pass 1.6–1.9× dearer when its string was kept).
   */
  textPass: {
    run: () => {
      const walker = document.createTreeWalker(root(), NodeFilter.SHOW_TEXT);
      const parts: string[] = [];
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) parts.push((n as Text).data);
      return parts.join('').length;
    },
    spans: () => [],
  } satisfies Anchorer<number>,
};

/**
 * The peers anchor each highlight on its own, so they are timed a slice of
 * highlights at a time (one page call each: a whole run of a slow peer on a
 * large page would outlast the DevTools call's timeout) and the slices summed.
 */
const peers = {
  hypothesis: (from: number, to: number) => {
    const scope = root();
    // The method reads textContent for every highlight; read once per slice
    // here (the page does not change meanwhile): the peer only gains.
    const text = scope.textContent ?? '';
    return theirs.slice(from, to).map((s) => hypothesisAnchor(scope, s, false, text));
  },
  hypothesisPositionFirst: (from: number, to: number) => {
    const scope = root();
    return theirs.slice(from, to).map((s) => hypothesisAnchor(scope, s, true));
  },
  apache: async (from: number, to: number) => {
    const scope = root();
    const ranges: (Range | null)[] = [];
    for (const selector of apacheSelectors.slice(from, to)) {
      let found: Range | null = null;
      for await (const range of createTextQuoteSelectorMatcher(selector)(scope)) {
        found = range;
        break;
      }
      ranges.push(found);
    }
    return ranges;
  },
};

/**
 * Each phase of the annotator's path (`sourcelightInViewRanges`) on its own,
 * for bench/anchoring-phases.ts: the inputs a phase takes are made once by
 * `preparePhases`, outside the timed calls.
 */
let phaseMap: DomTextMap | null = null;
let phaseResults: AnchorResult[] = [];
let phaseInView = { start: 0, end: 0 };
/** A separate string equal to the map's text (as one loaded from storage would be). */
let phaseStoredText = '';
const phases = {
  /** The floor again, for the ratio. */
  textPass: () => anchorers.textPass.run(),
  /** The whole path, as `sourcelightInViewRanges`. */
  whole: () => anchorers.sourcelightInViewRanges.run().length,
  /** The first frame, as `sourcelightFirstFrame`. */
  firstFrame: () => firstFrame().length,
  /** anchorInView alone: the targets in view intact at their place. */
  pickInView: () => anchorInView((phaseMap as DomTextMap).text, oursByStart, phaseInView, { sortedByStart: true }).length,
  /** DomTextMap.fromRoot alone. */
  map: () => DomTextMap.fromRoot(root()).text.length,
  /** The first frame's map alone: down to just past the viewport. */
  prefixMap: () => firstFrameMap().text.length,
  /** anchorAll on the map's text (made once, kept). */
  anchor: () => {
    clearAnchoringCache();
    return anchorAll((phaseMap as DomTextMap).text, ours, { folded: () => (phaseMap as DomTextMap).folded }).length;
  },
  /** IDEA: the stored-text check: one compare of the page's text with a stored copy, then a result per target. */
  anchorIfStoredTextEqual: () => {
    const text = (phaseMap as DomTextMap).text;
    if (text !== phaseStoredText) throw new Error('bench: the stored text differs');
    const results = new Array<AnchorResult>(ours.length);
    for (let i = 0; i < ours.length; i++) {
      const t = ours[i] as AnchorTarget;
      const start = t.selectors.position.start;
      results[i] = { id: t.id, status: 'anchored', start, end: start + t.selectors.quote.exact.length, method: 'position', score: 1 };
    }
    return results.length;
  },
  /** Which stretch of text is in the viewport (a few box reads). */
  inView: () => textInView(phaseMap as DomTextMap).end,
  /** Picking the results in view and making their Ranges. */
  ranges: () => {
    const map = phaseMap as DomTextMap;
    let made = 0;
    for (const r of phaseResults) {
      if (r.status === 'anchored' && r.start < phaseInView.end && r.end > phaseInView.start) {
        map.rangeFromOffsets(r.start, r.end);
        made++;
      }
    }
    return made;
  },
};

/** Output of the last run of each anchorer and of the last peer slice (converted to spans outside the timed calls). */
const outputs = new Map<string, unknown>();
let lastSlice: (Range | null)[] = [];

const api = {
  /** The article's text as Sourcelight's map reads it (checked against the generated text). */
  mapText(): string {
    return DomTextMap.fromRoot(root()).text;
  },
  /** How many of the targets the first frame draws. */
  firstFrameCount(): number {
    return firstFrame().length;
  },
  /** How many of the targets anchor in the viewport (their Ranges are made at once). */
  inViewCount(): number {
    const map = DomTextMap.fromRoot(root());
    const inView = textInView(map);
    return anchorAll(map.text, ours).filter((r) => r.status === 'anchored' && r.start < inView.end && r.end > inView.start).length;
  },
  setTargets(sourcelight: AnchorTarget[], hypothesis: HypothesisSelectors[], apache: ApacheSelector[]): void {
    ours = sourcelight;
    oursByStart = [...sourcelight].sort((a, b) => a.selectors.position.start - b.selectors.position.start);
    oursIndex = new Map(sourcelight.map((t, i) => [t.id, i]));
    theirs = hypothesis;
    apacheSelectors = apache;
  },
  /**
   * Runs an anchorer `times` times (the caller reads the main thread's CPU
   * time around the call: on this shared machine a page's clock counts the
   * time the thread waits for a core too).
   */
  async runBatch(name: keyof typeof anchorers, times: number): Promise<void> {
    const a = anchorers[name] as Anchorer<unknown>;
    for (let i = 0; i < times; i++) outputs.set(name, await a.run());
  },
  /** The last run's results of an anchorer, as spans. */
  spansOf(name: keyof typeof anchorers): Span[] {
    return (anchorers[name] as Anchorer<unknown>).spans(outputs.get(name));
  },
  /** One run of a peer over highlights [from, to) (timed by the caller, as runBatch). */
  async runSlice(name: keyof typeof peers, from: number, to: number): Promise<void> {
    lastSlice = await peers[name](from, to);
  },
  /** Makes the inputs of the phases (a map, its results, the stretch in view). */
  preparePhases(): number {
    phaseMap = DomTextMap.fromRoot(root());
    phaseResults = anchorAll(phaseMap.text, ours);
    phaseInView = textInView(phaseMap);
    phaseStoredText = DomTextMap.fromRoot(root()).text;
    return phaseResults.length;
  },
  /** Runs a phase `times` times (timed by the caller, as runBatch). */
  runPhase(name: keyof typeof phases, times: number): number {
    let last = 0;
    for (let i = 0; i < times; i++) last = phases[name]();
    return last;
  },
  /** The last slice's results, as spans. */
  sliceSpans(): Span[] {
    return rangeSpans(lastSlice);
  },
};

export type AnchoringInPageApi = typeof api;
export type AnchoringPhase = keyof typeof phases;
(globalThis as unknown as { sourcelightAnchoringBench: AnchoringInPageApi }).sourcelightAnchoringBench = api;
