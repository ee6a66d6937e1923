// Keeps a recognised page's annotations anchored and drawn: loads them from
// the worker, re-anchors them on the live text (exact, then fuzzy), lists what
// cannot be anchored as orphans, and does it again when the page changes.

import { type AnchorResult, anchorAll } from '../../../src/anchoring/anchor-all.ts';
import { anchorInView } from '../../../src/anchoring/anchor-in-view.ts';
import { describeTextRange } from '../../../src/anchoring/describe.ts';
import { DomTextMap } from '../../../src/anchoring/dom-text.ts';
import type { TextTargetSelectors } from '../../../src/anchoring/selectors.ts';
import { type AnnotationRecord, byStoredStart, type Category, type Layer } from '../../../src/store/annotation.ts';
import type { PanelAnnotations } from '../../background/handlers.ts';
import { caretPositionAt } from '../../platform/caret-position.ts';
import { askWorker } from '../../shared/worker-client.ts';
import { isSourcelightHost } from '../host-element.ts';
import { randomId } from '../random-id.ts';
import { HighlightRegistry } from './highlight-registry.ts';
import { PrivateMarks } from './private-marks.ts';
import { stopBelowViewport, textInView } from './text-in-view.ts';

export interface AnchoredAnnotation {
  readonly record: AnnotationRecord;
  readonly result: AnchorResult;
  /** Its live Range on the page (null for an orphan), made when first asked for. */
  readonly range: Range | null;
}

/**
 * An annotation as anchored on one text map. Its Range is made on first use:
 * the annotator draws the highlights in the viewport at once and the rest
 * in idle slices after, so a page with thousands of them is not held up by
 * Ranges nobody sees yet.
 */
class AnchoredOnMap implements AnchoredAnnotation {
  private made: Range | null | undefined;

  constructor(
    readonly record: AnnotationRecord,
    readonly result: AnchorResult,
    private readonly map: DomTextMap,
    /** Offsets in the map's text (the result's, moved by the scope's start). */
    readonly start: number,
    readonly end: number,
  ) {}

  get range(): Range | null {
    if (this.made === undefined) this.made = this.result.status === 'anchored' ? this.rangeOnMap() : null;
    return this.made;
  }

  /** Takes a Range drawn earlier that is exactly this annotation's place on the map: drawn again, not made again. */
  reuse(range: Range): void {
    this.made = range;
  }

  /** The Range if it was made already (hover looks only at what is drawn). */
  get madeRange(): Range | null {
    return this.made ?? null;
  }

  private rangeOnMap(): Range | null {
    try {
      return this.map.rangeFromOffsets(this.start, this.end);
    } catch {
      // The page shortened a text node since the map was made: the re-anchor it set off will place this one.
      return null;
    }
  }
}

export interface AnnotatorState {
  annotations: AnchoredAnnotation[];
  categories: Category[];
  /** Set when loading or saving failed: shown in the overlay, never swallowed. */
  error: string | null;
  /** The teacher's sets this reader imported, by layer id: their highlights are shown read-only, under the set's name. */
  teacherSets: ReadonlyMap<string, Category>;
  /** Every layer in the library (hidden ones too), and how many reader highlights each has on this page. */
  layers: readonly Layer[];
  layerCounts: Readonly<Record<string, number>>;
}

type Listener = (state: AnnotatorState) => void;

/** Wait after a change to the article's text before re-anchoring (more changes in it are taken in by the same run). */
const REANCHOR_DELAY_MS = 400;
/**
 * Least time between two re-anchors after changes. It doubles each time the
 * changes keep coming within it (a ticker, a live blog) up to the maximum, and
 * falls back once the page has been quiet that long: re-anchoring reads the
 * whole page's text, so a page that never stops changing would otherwise keep
 * a core busy.
 */
const MIN_REANCHOR_INTERVAL_MS = 1_000;
/** How a teacher's set is drawn on a student's page: one colour of its own, whatever the teacher's categories. */
const TEACHER_SET_STYLE: Category = { id: 'sourcelight-teacher-set', label: 'Teacher’s set', color: '#7048e8', builtin: true };
const MAX_REANCHOR_INTERVAL_MS = 30_000;
/** Longest slice of idle time spent making the Ranges of highlights away from the viewport. */
const DRAW_SLICE_MS = 4;

export class PageAnnotator {
  /** The page's records in the store's order, by stored start (`byStoredStart`): the first frame stops below the view. */
  private records: AnnotationRecord[] = [];
  private categories: Category[] = [];
  private teacherSetStyles = new Map<string, Category>();
  private layers: Layer[] = [];
  private layerCounts: Record<string, number> = {};
  /** The annotations as last fully anchored (read through `anchored`, which finishes a pending anchoring first). */
  private anchoredList: AnchoredOnMap[] = [];
  /**
   * The full anchoring a first frame put off (see `reanchor`), run in idle
   * time right after it or at once by whatever needs the answer first; null
   * when `anchoredList` is the answer.
   */
  private pendingAnchoring: (() => void) | null = null;
  /** A live Range from the first anchored highlight's start to the last one's end (null: none anchored). */
  private anchoredSpan: Range | null = null;
  /** The text map the annotations were last anchored on. */
  private anchoredMap: DomTextMap | null = null;
  /**
   * The Range drawn for each annotation, by id: a redraw gives the registry
   * the same Range for one still exactly there, so a redraw that moved nothing
   * changes nothing the page can see (highlight-registry.ts).
   */
  private drawnRanges = new Map<string, Range>();
  /** Counts draws: an idle slice of an earlier draw (or one the page's changes made stale) stops. */
  private drawGeneration = 0;
  private map: DomTextMap | null = null;
  private error: string | null = null;
  private readonly registry: HighlightRegistry;
  private readonly listeners = new Set<Listener>();
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastReanchorAt = -Infinity;
  private reanchorInterval = MIN_REANCHOR_INTERVAL_MS;
  private redrawTimer: ReturnType<typeof setInterval> | undefined;
  /** The page's "Show statements" toggle: off, statements are neither drawn nor hovered. */
  private statementsShown = true;
  /** Further corpus articles on the page (after the first, the constructor's), each with its region. */
  private readonly others: { corpusId: string; region: Range | null }[] = [];
  private started = false;

  constructor(
    private readonly url: string,
    private readonly corpusId: string | null,
    /** The recognised article's stretch of the page: its statements are anchored there (null: the whole page). */
    private readonly region: Range | null,
    /** The closed shadow root the reader's highlights are drawn in (private-marks.ts), mounted when first asked for. */
    marksRoot: () => ShadowRoot | null,
  ) {
    // The page's scripts share CSS.highlights: only statements go there, the reader's highlights into our closed root.
    this.registry = new HighlightRegistry(new PrivateMarks(marksRoot));
  }

  /** Every annotation as anchored on the page's current text map: the full answer, never a first frame's part of it. */
  private get anchored(): AnchoredOnMap[] {
    this.finishAnchoring();
    return this.anchoredList;
  }

  /** Runs the full anchoring a first frame put off, if any (it does not draw: the draw it owes does, or a later one). */
  private finishAnchoring(): void {
    const pending = this.pendingAnchoring;
    if (pending === null) return;
    this.pendingAnchoring = null;
    pending();
  }

  /**
   * Offsets in the map's text of the region, or of the whole text when there
   * is none (or the page has taken the region's text away). On a first
   * frame's prefix map, null when the region is not found in the prefix: its
   * text may lie past the prefix's end (unknown there, not absent).
   */
  private scope(map: DomTextMap, region: Range | null = this.region): { start: number; end: number } | null {
    if (region && !region.collapsed && region.startContainer.isConnected && region.endContainer.isConnected) {
      const offsets = map.offsetsFromRange(region);
      if (offsets && offsets.end > offsets.start) return offsets;
      if (!map.complete) return null;
    }
    return { start: 0, end: map.text.length };
  }

  /** Stops watching the page and clears what it drew (the page turned out to hold a corpus article). */
  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.redrawTimer !== undefined) clearInterval(this.redrawTimer);
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.drawGeneration++;
    this.registry.clear();
    this.drawnRanges = new Map();
  }

  async start(): Promise<void> {
    this.started = true;
    await this.load();
  }

  /**
   * Another corpus article on the page (a page may hold several): its
   * statements are loaded and anchored in its own region, and a highlight
   * the reader makes there is keyed to it.
   */
  async addArticle(corpusId: string, region: Range | null): Promise<void> {
    if (corpusId === this.corpusId || this.others.some((o) => o.corpusId === corpusId)) return;
    this.others.push({ corpusId, region });
    if (this.started) await this.load();
  }

  /** The article whose region holds a place of the page text (the first article when none does). */
  private articleAt(map: DomTextMap, offset: number): string | null {
    for (const other of this.others) {
      const scope = this.scope(map, other.region);
      if (other.region && scope && offset >= scope.start && offset < scope.end) return other.corpusId;
    }
    return this.corpusId;
  }

  /** Re-anchors when the article's text changes, once there is something to keep anchored. */
  private watch(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((mutations) => {
      if (mutations.every((m) => isOurs(m.target))) return;
      // The page's text changed somewhere: the next selection is described from a fresh map.
      this.map = null;
      if (!this.touchesAnchoredText(mutations)) return;
      // Ranges still to be made would come from the old map: the re-anchor draws them.
      this.drawGeneration++;
      if (this.timer === undefined) this.scheduleReanchor();
    });
    this.observer.observe(document.body ?? document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    // A page script may clear CSS.highlights; redraw when it does (cheap check).
    this.redrawTimer = setInterval(() => {
      if (!this.registry.isIntact()) this.draw();
    }, 1_000);
  }

  /**
   * Whether a change can move or break what is anchored. The drawn ranges are
   * live: a change outside the element that holds them all (an aside, an ad, a
   * ticker) leaves them where they are. Everything counts while some
   * annotation is not anchored (the text it needs may be arriving).
   */
  private touchesAnchoredText(mutations: MutationRecord[]): boolean {
    const anchored = this.anchored; // first: it finishes an anchoring a first frame put off, which sets the span
    const span = this.anchoredSpan;
    if (anchored.length === 0 || anchored.some((a) => a.result.status !== 'anchored') || span === null) return true;
    if (!span.startContainer.isConnected || !span.endContainer.isConnected || span.collapsed) return true;
    const holder = span.commonAncestorContainer;
    return mutations.some((m) => holder.contains(m.target));
  }

  /** One re-anchor at a time, spaced by an interval that grows while the page keeps changing. */
  private scheduleReanchor(): void {
    const sinceLast = performance.now() - this.lastReanchorAt;
    const wait = Math.max(REANCHOR_DELAY_MS, this.reanchorInterval - sinceLast);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const now = performance.now();
      const keptChanging = now - this.lastReanchorAt < this.reanchorInterval * 2;
      this.reanchorInterval = keptChanging
        ? Math.min(this.reanchorInterval * 2, MAX_REANCHOR_INTERVAL_MS)
        : MIN_REANCHOR_INTERVAL_MS;
      this.lastReanchorAt = now;
      this.reanchor();
    }, wait);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.state());
    return () => this.listeners.delete(listener);
  }

  state(): AnnotatorState {
    return {
      annotations: this.anchored,
      categories: this.categories,
      error: this.error,
      teacherSets: this.teacherSetStyles,
      layers: this.layers,
      layerCounts: this.layerCounts,
    };
  }

  /** Offsets of a selection in the page text, or null when it is outside the article text. */
  describeSelection(selection: Selection | null) {
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    if (isOurs(range.commonAncestorContainer)) return null;
    const map = this.textMap();
    const offsets = map.offsetsFromRange(range);
    if (!offsets || offsets.end - offsets.start < 1) return null;
    const exact = map.text.slice(offsets.start, offsets.end);
    if (!exact.trim()) return null;
    // The reader's highlights are described in the whole page's text (where they are anchored), inside the article or not.
    return { offsets, selectors: describeTextRange(map.text, offsets.start, offsets.end), rect: range.getBoundingClientRect() };
  }

  /**
   * Saves a highlight of text described earlier (the selection may be gone by
   * the time the reader clicks). `saveId` names this one save: sending it
   * again (a retry) returns the stored record, never a second highlight.
   */
  async createHighlight(
    selectors: TextTargetSelectors,
    categoryId: string,
    note: string,
    saveId: string = randomId(),
  ): Promise<AnnotationRecord> {
    let record: AnnotationRecord;
    try {
      record = await askWorker('annotations/create', {
        saveId,
        url: this.url,
        corpusId: this.others.length === 0 ? this.corpusId : this.articleAt(this.textMap(), selectors.position.start),
        selectors,
        categoryId,
        note,
        tags: [],
      });
    } catch (error) {
      this.error = `The highlight was not saved: ${(error as Error).message}`;
      this.emit();
      throw error;
    }
    // Stored: draw it even if reading the page's highlights back fails this time.
    if (!(await this.load()) && !this.records.some((r) => r.id === record.id)) {
      this.records = [...this.records, record].sort(byStoredStart);
      this.reanchor();
    }
    return record;
  }

  async update(id: string, patch: Parameters<typeof askWorker<'annotations/update'>>[1]['patch']): Promise<void> {
    await this.guard(() => askWorker('annotations/update', { id, patch }));
  }

  async remove(id: string): Promise<void> {
    await this.guard(() => askWorker('annotations/delete', { id }));
  }

  /** Makes a delete final: the worker wipes a deleted highlight (and leaves one whose delete was undone). */
  async purge(id: string): Promise<void> {
    await askWorker('annotations/purge', { id });
  }

  async restore(id: string): Promise<void> {
    await this.guard(() => askWorker('annotations/restore', { id }));
  }

  /** Reads the page's highlights again (another tab, the library, may have changed them). */
  async refresh(): Promise<void> {
    await this.load();
  }

  /** A layer shown or hidden on the page: its highlights are drawn or taken away at once. */
  async setLayerHidden(id: string, hidden: boolean): Promise<void> {
    await this.guard(() => askWorker('layers/set-hidden', { id, hidden }));
  }

  async renameLayer(id: string, name: string): Promise<void> {
    await this.guard(() => askWorker('layers/rename', { id, name }));
  }

  /** Deletes a layer so that `restoreLayer` (Undo) can bring it back; `purgeLayer` makes it final. */
  async deleteLayer(id: string): Promise<void> {
    await this.guard(() => askWorker('layers/delete', { id }));
  }

  async restoreLayer(id: string): Promise<void> {
    await this.guard(() => askWorker('layers/restore', { id }));
  }

  /** Wipes a deleted layer and its highlights (a layer whose delete was undone is left alone). */
  async purgeLayer(id: string): Promise<void> {
    await askWorker('layers/purge', { id });
  }

  /** The annotation drawn at a point of the page (for hover), statements last. */
  get showsStatements(): boolean {
    return this.statementsShown;
  }

  setStatementsShown(shown: boolean): void {
    if (shown === this.statementsShown) return;
    this.statementsShown = shown;
    this.draw();
  }

  annotationAt(x: number, y: number): AnchoredAnnotation | null {
    const caret = caretPositionAt(x, y);
    if (!caret || isOurs(caret.node)) return null;
    const hits = this.anchored.filter(
      (a) => a.madeRange?.isPointInRange(caret.node, caret.offset) && this.shows(a.record),
    );
    return hits.find((a) => a.record.origin === 'reader') ?? hits[0] ?? null;
  }

  private async guard(work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
      await this.load();
    } catch (error) {
      this.error = (error as Error).message;
      this.emit();
      throw error;
    }
  }

  /** Reads the page's highlights again; false (with the error shown) when the worker could not answer. */
  private async load(): Promise<boolean> {
    let page: PanelAnnotations;
    try {
      page = await askWorker('annotations/for-page', { url: this.url, corpusId: this.corpusId });
      // Each further article's own statements and highlights; those of the page's address come once.
      for (const other of this.others) {
        const more = await askWorker('annotations/for-page', { url: this.url, corpusId: other.corpusId });
        const known = new Set(page.annotations.map((r) => r.id));
        page = { ...page, annotations: [...page.annotations, ...more.annotations.filter((r) => !known.has(r.id))] };
      }
      // In the store's order across the articles too (the first frame relies on it; each list comes in it).
      if (this.others.length > 0) page.annotations.sort(byStoredStart);
    } catch (error) {
      this.error = `Sourcelight could not load the highlights: ${(error as Error).message}`;
      this.emit();
      return false;
    }
    this.error = null;
    this.records = page.annotations;
    // A teacher's set (as a student imported it) is drawn in a colour of its own (a style, not a category the reader could pick).
    this.teacherSetStyles = new Map(
      page.layers.filter((l) => l.classSet?.role === 'student').map((l) => [l.id, { ...TEACHER_SET_STYLE, id: `${TEACHER_SET_STYLE.id}:${l.id}`, label: l.name }]),
    );
    this.categories = page.categories;
    this.layers = page.layers;
    this.layerCounts = page.layerCounts;
    this.reanchor();
    return true;
  }

  private textMap(): DomTextMap {
    this.map ??= DomTextMap.fromRoot(document.body ?? document.documentElement, {
      skip: isSourcelightHost,
    });
    return this.map;
  }

  /**
   * Anchors the records on a fresh text map and draws them. When nothing of
   * ours is drawn yet (a visit's first anchoring, before the page paints with
   * its highlights) it draws a first frame: only the highlights in the
   * viewport that are certainly where they were (anchor-in-view.ts, always a
   * part of the full answer), found on a map of the text down to the
   * viewport's bottom only, so the page paints sooner; the full anchoring
   * runs in idle time right after (within 100 ms) and draws the rest. What
   * reads the annotations before then (the panel, hover, a page change) runs
   * it at once. Later re-anchors (the page changed, a highlight was made) do
   * it all at once: a first frame would take away highlights drawn till then.
   */
  private reanchor(): void {
    if (this.records.length > 0) this.watch();
    this.map = null;
    // The records are the targets (each has its id and selectors): no copy of them per visit.
    const records = this.records;
    const nothingDrawn = !this.anchoredList.some((a) => a.result.status === 'anchored');
    if (records.length > 0 && nothingDrawn) {
      const firstFrame = this.drawFirstFrame(records);
      this.pendingAnchoring = () => {
        const map = this.textMap();
        this.anchorFully(map, records, this.scopes(map, records), firstFrame);
      };
      return;
    }
    const map = this.textMap();
    const scoped = this.scopes(map, records);
    this.pendingAnchoring = () => this.anchorFully(map, records, scoped, null);
    this.draw();
  }

  /**
   * The records split by where they are anchored: the article's statements in
   * its region (a story on the same page may quote them), the reader's own
   * highlights in the whole page, as they were made (the headline, a caption,
   * another story). On a prefix map a region not found in it is left out.
   */
  private scopes(map: DomTextMap, records: readonly AnnotationRecord[]): AnchoringScope[] {
    const statements: AnnotationRecord[] = [];
    const reader: AnnotationRecord[] = [];
    for (const r of records) (r.origin === 'statement' ? statements : reader).push(r);
    // Each article's statements in its own region (the first article's also takes any statement of no other article).
    const regions = [{ corpusId: this.corpusId, region: this.region }, ...this.others];
    const regionOf = (r: AnnotationRecord) => regions.find((a) => a.corpusId === r.corpusId) ?? regions[0]!;
    const scoped: AnchoringScope[] = [];
    for (const article of regions) {
      const scope = this.scope(map, article.region);
      if (scope === null) continue;
      scoped.push({
        text: scope.start === 0 && scope.end === map.text.length ? map.text : map.text.slice(scope.start, scope.end),
        shift: scope.start,
        targets: regions.length === 1 ? statements : statements.filter((t) => regionOf(t) === article),
      });
    }
    scoped.push({ text: map.text, shift: 0, targets: reader });
    return scoped;
  }

  /**
   * The text map a first frame reads: down to just past the viewport's
   * bottom (text-in-view.ts), not the whole of a long page, so what the
   * reader sees first does not wait on text below it. A page the prefix
   * covers whole keeps it as its map; a page with no layout maps it all.
   */
  private firstFrameMap(): DomTextMap {
    const stopAt = stopBelowViewport(document);
    if (stopAt === null) return this.textMap();
    const prefix = DomTextMap.prefixFromRoot(document.body ?? document.documentElement, stopAt, { skip: isSourcelightHost });
    if (prefix.complete) this.map = prefix;
    return prefix;
  }

  /**
   * Draws the shown highlights in the viewport whose quote and context are
   * intact at their stored place, and the rest in idle time after (the full
   * anchoring, then `draw`, unless something drew or the page changed
   * meanwhile). Returns what it drew, by id, for the full anchoring to keep.
   */
  private drawFirstFrame(records: readonly AnnotationRecord[]): Map<string, AnchoredOnMap> {
    const generation = ++this.drawGeneration;
    const map = this.firstFrameMap();
    const scoped = this.scopes(map, records);
    const view = textInView(map);
    const drawn = new Map<string, AnchoredOnMap>();
    this.drawnRanges = new Map();
    for (const { text, shift, targets } of scoped) {
      // The store lists a page's records by their stored start (listForPage): the scan stops below the view.
      for (const { target, result } of anchorInView(text, targets, view, { shift, sortedByStart: true })) {
        if (this.shows(target)) drawn.set(target.id, new AnchoredOnMap(target, result, map, shift + result.start, shift + result.end));
      }
    }
    this.registry.draw(...this.rangesToDraw([...drawn.values()]), [...this.categories, ...this.teacherSetStyles.values()]);
    whenIdle(() => {
      if (generation === this.drawGeneration) this.draw();
    });
    return drawn;
  }

  /** Anchors every record (anchorAll per scope) and keeps the result; a first frame's annotations are kept, with their Ranges. */
  private anchorFully(
    map: DomTextMap,
    records: readonly AnnotationRecord[],
    scoped: readonly AnchoringScope[],
    firstFrame: ReadonlyMap<string, AnchoredOnMap> | null,
  ): void {
    const placed = new Map<string, { result: AnchorResult; shift: number }>();
    for (const { text, shift, targets } of scoped) {
      for (const result of anchorAll(text, targets)) placed.set(result.id, { result, shift });
    }
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    this.anchoredList = records.map((record) => {
      const { result, shift } = placed.get(record.id)!;
      if (result.status !== 'anchored') return new AnchoredOnMap(record, result, map, -1, -1);
      const start = shift + result.start;
      const end = shift + result.end;
      first = Math.min(first, start);
      last = Math.max(last, end);
      // A first frame's annotation is kept with its Range only while that Range is still exactly this place on the
      // page: the page may have changed since (a re-render swapping in new Text nodes, say) and this map is fresh.
      const drawn = firstFrame?.get(record.id);
      const kept =
        drawn !== undefined && drawn.start === start && drawn.end === end && drawn.madeRange !== null && map.rangeIsAt(drawn.madeRange, start, end);
      return kept ? drawn : new AnchoredOnMap(record, result, map, start, end);
    });
    this.anchoredMap = map;
    this.anchoredSpan = null;
    try {
      if (first <= last) this.anchoredSpan = map.rangeFromOffsets(first, last);
    } catch {
      // Run after a first frame, the page may have shortened a text node since: with no span every change counts.
    }
  }

  /** Whether a record is drawn (not hidden; a statement only while statements are shown). */
  private shows(record: AnnotationRecord): boolean {
    return !record.hidden && (this.statementsShown || record.origin !== 'statement');
  }

  /**
   * Draws the highlights shown (hidden ones and, when switched off,
   * statements are not): those in the viewport at once, the rest in idle
   * slices after, nearest first.
   */
  private draw(): void {
    const generation = ++this.drawGeneration;
    const shown = this.anchored.filter((a) => a.result.status === 'anchored' && this.shows(a.record));
    const map = this.anchoredMap;
    const inView = map && shown.length > 0 ? textInView(map) : { start: 0, end: 0 };
    const drawnBefore = this.drawnRanges;
    const now: AnchoredOnMap[] = [];
    const later: AnchoredOnMap[] = [];
    for (const a of shown) {
      const before = drawnBefore.get(a.record.id);
      // Drawn and still exactly there: drawn now, with the same Range (left for later, the page would see it go and come back).
      const stays = before !== undefined && map !== null && (a.madeRange ?? before) === before && map.rangeIsAt(before, a.start, a.end);
      if (stays) a.reuse(before);
      (stays || (a.start < inView.end && a.end > inView.start) ? now : later).push(a);
    }
    this.drawnRanges = new Map();
    this.registry.draw(...this.rangesToDraw(now), [...this.categories, ...this.teacherSetStyles.values()]);
    this.emit();
    if (later.length > 0) this.drawLater(later, inView, generation);
  }

  /** Makes the Ranges of `rest` in idle slices, nearest the viewport first, and adds them to the drawn highlights. */
  private drawLater(rest: AnchoredOnMap[], inView: { start: number; end: number }, generation: number): void {
    const distance = (a: AnchoredOnMap) => (a.end <= inView.start ? inView.start - a.end : a.start - inView.end);
    rest.sort((a, b) => distance(b) - distance(a)); // popped from the end: nearest first
    const slice = (): void => {
      if (generation !== this.drawGeneration) return;
      const until = performance.now() + DRAW_SLICE_MS;
      const batch: AnchoredOnMap[] = [];
      while (rest.length > 0 && (batch.length % 16 !== 0 || performance.now() < until)) {
        const a = rest.pop()!;
        if (a.range) batch.push(a);
      }
      this.registry.add(...this.rangesToDraw(batch));
      if (rest.length > 0) whenIdle(slice);
    };
    whenIdle(slice);
  }

  /**
   * The ranges of `items` (made if need be), as the registry takes them:
   * statements, and the reader's by category (or teacher's set). Each is
   * noted in `drawnRanges` as drawn.
   */
  private rangesToDraw(items: readonly AnchoredOnMap[]): [Range[], Map<string, Range[]>] {
    const statements: Range[] = [];
    const reader = new Map<string, Range[]>();
    for (const a of items) {
      const range = a.range;
      if (!range) continue;
      this.drawnRanges.set(a.record.id, range);
      if (a.record.origin === 'statement') {
        statements.push(range);
      } else {
        const key = this.teacherSetStyles.get(a.record.layerId)?.id ?? a.record.categoryId;
        const list = reader.get(key);
        if (list) list.push(range);
        else reader.set(key, [range]);
      }
    }
    return [statements, reader];
  }

  private emit(): void {
    const state = this.state();
    for (const listener of this.listeners) listener(state);
  }
}

/** Targets anchored in one stretch of the page's text (an article's region, or the whole text), `shift` chars into it. */
interface AnchoringScope {
  text: string;
  shift: number;
  targets: AnnotationRecord[];
}

/** Runs `work` when the page is idle, and within 100 ms at the latest. */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 100 });
  else setTimeout(work, 0);
}

function isOurs(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!element) return false;
  const host = (element.getRootNode() as ShadowRoot).host;
  return (host !== undefined && isSourcelightHost(host)) || isSourcelightHost(element);
}
