// What changed on a recognised page since the archived copy (or since a
// version the reader kept): compared after the overlay is up, in slices (no
// long task), again when the article's text changes but at most every
// REDIFF_INTERVAL_MS (growing while it keeps changing); inserted words marked on the page with the Custom
// Highlight API under a name made for this page load. Nothing is stored
// unless the reader keeps a version.
import { DomTextMap } from '../../../src/anchoring/dom-text.ts';
import { compareSteps } from '../../../src/changes/compare.ts';
import { runInSlices } from '../../../src/changes/in-slices.ts';
import { changeSummary } from '../../../src/changes/summary.ts';
import type { ChangeSet, VersionInfo } from '../../../src/changes/types.ts';
import type { SnapshotRecord } from '../../../src/store/schema.ts';
import type { RecognizedPage } from '../../background/handlers.ts';
import { askWorker } from '../../shared/worker-client.ts';
import { isSourcelightHost } from '../host-element.ts';

/**
 * Least time between two comparisons of a page whose article keeps changing
 * (a live blog). It doubles while the changes keep coming within it, up to
 * MAX_REDIFF_INTERVAL_MS, and falls back once the page has been quiet that
 * long: each comparison reads the whole page's text.
 */
export const REDIFF_INTERVAL_MS = 3_000;
const MAX_REDIFF_INTERVAL_MS = 24_000;
/** Quiet time after a change before comparing again (more changes are taken in by the same run). */
const REDIFF_DELAY_MS = 400;
const SLICE_MS = 8;

/** The earlier version compared against: the archived copy, or a kept snapshot. */
export interface Baseline {
  /** null for the archived copy. */
  snapshotId: string | null;
  info: VersionInfo;
  paragraphs: string[];
}

export interface PageChangesState {
  status: 'computing' | 'ready' | 'error';
  changes: ChangeSet | null;
  /** The live text the changes' offsets refer to, as DOM ranges: inserted runs, and where removed text was. */
  insertedRanges: Range[];
  removedAt: (Range | null)[];
  baseline: Baseline | null;
  /** The archived copy's address and date (whatever is compared now). */
  archived: VersionInfo | null;
  /** "edited since the archived copy: …", or null when nothing changed (or not computed yet). */
  summary: string | null;
  snapshots: SnapshotRecord[];
  error: string | null;
  /** When the page was last compared (ISO 8601). */
  comparedAt: string | null;
}

type Listener = (state: PageChangesState) => void;

function opaqueName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `h${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export class PageChanges {
  private state: PageChangesState = {
    status: 'computing',
    changes: null,
    insertedRanges: [],
    removedAt: [],
    baseline: null,
    archived: null,
    summary: null,
    snapshots: [],
    error: null,
    comparedAt: null,
  };
  private readonly listeners = new Set<Listener>();
  private readonly highlightName = opaqueName();
  private sheet: CSSStyleSheet | null = null;
  private archived: Baseline | null = null;
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastRunAt = Number.NEGATIVE_INFINITY;
  private interval = REDIFF_INTERVAL_MS;
  /** The element holding the article's paragraphs on the page: changes outside it (an aside, a ticker) are not the article's. */
  private holder: Node | null = null;
  /** Bumped by every new comparison: a slower one still running gives up. */
  private generation = 0;

  constructor(private readonly page: RecognizedPage) {}

  /** Loads the archived copy and the kept versions, compares, and keeps comparing as the page changes. */
  async start(): Promise<void> {
    try {
      const { article } = await askWorker('corpus/article', { id: this.page.article.id });
      // An article the reader added is compared with the text stored when it was added.
      const added = article.source === 'added';
      const date = added ? (article.addedAt ?? null) : (article.dates.published?.date ?? null);
      this.archived = {
        snapshotId: null,
        info: { label: added ? 'copy you added' : 'archived copy', url: article.addresses[0] ?? '', date },
        paragraphs: article.paragraphs,
      };
      this.set({ baseline: this.archived, archived: this.archived.info });
      await this.refreshSnapshots();
    } catch (error) {
      this.set({ status: 'error', error: `Sourcelight could not read the archived copy: ${(error as Error).message}` });
      return;
    }
    await this.compare();
    this.watch();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  current(): PageChangesState {
    return this.state;
  }

  /** Compare against the archived copy (null) or a kept version. */
  async compareWith(snapshotId: string | null): Promise<void> {
    if (snapshotId === null) this.set({ baseline: this.archived });
    else {
      const snapshot = this.state.snapshots.find((s) => s.id === snapshotId);
      if (!snapshot) return;
      this.set({
        baseline: { snapshotId, info: { label: `version kept ${snapshot.takenAt.slice(0, 16).replace('T', ' ')} UTC`, url: snapshot.url, date: snapshot.takenAt }, paragraphs: snapshot.paragraphs },
      });
    }
    await this.compare();
  }

  /** Stores the article as the page shows it now; the reader asked ("Keep this version"). */
  async keep(): Promise<{ stored: boolean }> {
    const changes = this.state.changes;
    if (!changes) throw new Error('The page has not been compared yet.');
    const outcome = await askWorker('snapshots/add', { corpusId: this.page.article.id, url: location.href, paragraphs: changes.liveParagraphs });
    await this.refreshSnapshots();
    return { stored: outcome.stored };
  }

  async removeSnapshot(id: string): Promise<void> {
    await askWorker('snapshots/remove', { id });
    if (this.state.baseline?.snapshotId === id) await this.compareWith(null);
    await this.refreshSnapshots();
  }

  /** The article this page shows (its corpus id). */
  corpusId(): string {
    return this.page.article.id;
  }

  /** The live page as a version, for reports. */
  liveInfo(): VersionInfo {
    return { label: 'live page', url: location.href, date: this.state.comparedAt };
  }

  private async refreshSnapshots(): Promise<void> {
    this.set({ snapshots: await askWorker('snapshots/list', { corpusId: this.page.article.id }) });
  }

  private async compare(): Promise<void> {
    const baseline = this.state.baseline;
    if (!baseline) return;
    const generation = ++this.generation;
    this.lastRunAt = performance.now();
    this.set({ status: this.state.changes ? this.state.status : 'computing' });
    try {
      const map = DomTextMap.fromRoot(document.body ?? document.documentElement, { skip: isSourcelightHost });
      const changes = await runInSlices(compareSteps(baseline.paragraphs, map.text), SLICE_MS, () => generation !== this.generation);
      if (!changes || generation !== this.generation) return;
      const insertedRanges = changes.inserted.map((i) => map.rangeFromOffsets(i.start, i.end)).filter((r): r is Range => r !== null);
      const removedAt = changes.removed.map((r) => map.rangeFromOffsets(r.liveAt, r.liveAt));
      const spans = changes.paragraphs.flatMap((c) => (c.live ? [c.live] : []));
      this.holder =
        spans.length > 0
          ? (map.rangeFromOffsets(Math.min(...spans.map((x) => x.start)), Math.max(...spans.map((x) => x.end)))?.commonAncestorContainer ?? null)
          : null;
      const since = `the ${baseline.info.label}`;
      this.set({
        status: 'ready',
        changes,
        insertedRanges,
        removedAt,
        summary: changeSummary(changes.counts, since),
        error: null,
        comparedAt: new Date().toISOString(),
      });
      this.draw();
    } catch (error) {
      this.set({ status: 'error', error: `Sourcelight could not compare this page: ${(error as Error).message}` });
    }
  }

  /** Compares again when the article's text changes, spaced as REDIFF_INTERVAL_MS says. */
  private watch(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((mutations) => {
      if (this.timer !== undefined || mutations.every((m) => isOurs(m.target))) return;
      const holder = this.holder;
      if (holder?.isConnected && !mutations.some((m) => holder.contains(m.target))) return;
      const wait = Math.max(REDIFF_DELAY_MS, this.interval - (performance.now() - this.lastRunAt));
      this.timer = setTimeout(() => {
        this.timer = undefined;
        const keptChanging = performance.now() - this.lastRunAt < this.interval * 2;
        this.interval = keptChanging ? Math.min(this.interval * 2, MAX_REDIFF_INTERVAL_MS) : REDIFF_INTERVAL_MS;
        void this.compare();
      }, wait);
    });
    this.observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
    // A page script may clear CSS.highlights: put ours back (cheap check).
    setInterval(() => {
      if (this.state.insertedRanges.length > 0 && typeof CSS !== 'undefined' && 'highlights' in CSS && !CSS.highlights.has(this.highlightName)) this.draw();
    }, 1_000);
  }

  private draw(): void {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const ranges = this.state.insertedRanges;
    if (ranges.length === 0) {
      CSS.highlights.delete(this.highlightName);
      return;
    }
    const highlight = new Highlight(...ranges);
    // Under the reader's and the statements' highlights, which say more.
    highlight.priority = -1;
    CSS.highlights.set(this.highlightName, highlight);
    try {
      if (!this.sheet) {
        this.sheet = new CSSStyleSheet();
        this.sheet.replaceSync(
          `::highlight(${this.highlightName}) { background-color: rgba(46, 160, 67, 0.22); text-decoration: underline solid rgba(26, 127, 55, 0.9); text-decoration-thickness: 2px; }`,
        );
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
      }
    } catch {
      // A page that froze adoptedStyleSheets: the marks stay registered, just unstyled.
    }
  }

  private set(patch: Partial<PageChangesState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }
}

/** Whether a and b share some text (not merely touch). */
export function rangesOverlap(a: Range, b: Range): boolean {
  try {
    return a.compareBoundaryPoints(Range.END_TO_START, b) < 0 && a.compareBoundaryPoints(Range.START_TO_END, b) > 0;
  } catch {
    return false; // ranges in different documents or detached
  }
}

function isOurs(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!element) return false;
  const host = (element.getRootNode() as ShadowRoot).host;
  return (host !== undefined && isSourcelightHost(host)) || isSourcelightHost(element);
}
