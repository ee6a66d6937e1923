// The reader's own highlights on an extension page's copy of an article (the
// reader page, a column of the compare view). They are the same records the
// overlay keeps, keyed to the article's corpus id and its address, so one made
// here shows on the outlet's page and the reverse. The copy's text is read
// with the anchoring code's DomTextMap (the marks' hidden labels and reference
// numbers are not part of it), selections are described and records
// re-anchored with src/anchoring, and ranges are drawn with the overlay's
// Custom Highlight registry.
import { anchorAll } from '../../../src/anchoring/anchor-all.ts';
import { describeTextRange } from '../../../src/anchoring/describe.ts';
import { DomTextMap } from '../../../src/anchoring/dom-text.ts';
import type { TextTargetSelectors } from '../../../src/anchoring/selectors.ts';
import type { CorpusArticle } from '../../../src/corpus/types.ts';
import type { AnnotationRecord, Category } from '../../../src/store/annotation.ts';
import { HighlightRegistry } from '../../content/highlights/highlight-registry.ts';
import { askWorker } from '../../shared/worker-client.ts';

/** A highlight as this copy shows it: where it is found, or why it is not. */
export interface ShownHighlight {
  record: AnnotationRecord;
  range: Range | null;
  /** Why it was not found in this copy (the text differs from the page it was made on). */
  orphanReason?: string;
}

export interface HighlightsState {
  highlights: ShownHighlight[];
  categories: Category[];
  error: string | null;
  loaded: boolean;
}

/** Labels, numbers and other text the page adds to the article's own words. */
export function isAddedText(el: Element): boolean {
  return el.classList.contains('sl-visually-hidden') || el.classList.contains('sl-mark-ref');
}

/** The address highlights made here are kept under: the article's canonical address (http or https only). */
export function pageAddressOf(article: Pick<CorpusArticle, 'addresses'>): string | null {
  return article.addresses.find((a) => /^https?:\/\//i.test(a)) ?? null;
}

export class ArticleHighlights {
  private state: HighlightsState = { highlights: [], categories: [], error: null, loaded: false };
  private readonly listeners = new Set<(s: HighlightsState) => void>();
  private readonly registry = new HighlightRegistry();
  private records: AnnotationRecord[] = [];
  private observer: MutationObserver | null = null;
  private redrawQueued = false;
  readonly url: string | null;

  constructor(
    readonly article: Pick<CorpusArticle, 'id' | 'addresses'>,
    private readonly root: () => Element | null,
  ) {
    this.url = pageAddressOf(article);
  }

  subscribe(listener: (s: HighlightsState) => void): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  /** Reads the article's highlights from the worker and draws them; false (error shown) when it could not. */
  async load(): Promise<boolean> {
    if (!this.url) {
      this.set({ loaded: true, error: null });
      return true;
    }
    try {
      const page = await askWorker('annotations/for-page', { url: this.url, corpusId: this.article.id });
      // Statements are shown as statements on these pages; this layer is the reader's own work.
      this.records = page.annotations.filter((r) => r.origin === 'reader');
      this.set({ categories: page.categories, error: null, loaded: true });
      this.redraw();
      this.watch();
      return true;
    } catch (error) {
      this.set({ error: `Sourcelight could not load your highlights: ${(error as Error).message}`, loaded: true });
      return false;
    }
  }

  /** Selectors for a selection inside this copy's text, or null when it is elsewhere or empty. */
  describeSelection(selection: Selection | null): { selectors: TextTargetSelectors; rect: DOMRect } | null {
    const root = this.root();
    if (!root || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    if (!root.contains(range.commonAncestorContainer)) return null;
    const map = DomTextMap.fromRoot(root, { skip: isAddedText });
    const offsets = map.offsetsFromRange(range);
    if (!offsets || offsets.end <= offsets.start) return null;
    if (!map.text.slice(offsets.start, offsets.end).trim()) return null;
    return { selectors: describeTextRange(map.text, offsets.start, offsets.end), rect: range.getBoundingClientRect() };
  }

  /**
   * Saves a highlight exactly as the overlay does (`annotations/create`).
   * `saveId` names this one save: sending it again (a retry) returns the
   * stored record, never a second highlight.
   */
  async create(selectors: TextTargetSelectors, categoryId: string, note: string, saveId: string): Promise<AnnotationRecord> {
    if (!this.url) throw new Error('This article has no web address, so a highlight of it could not be found again on its page.');
    const record = await askWorker('annotations/create', { saveId, url: this.url, corpusId: this.article.id, selectors, categoryId, note, tags: [] });
    // Stored: show it even if reading the highlights back fails this time.
    if (!(await this.load()) && !this.records.some((r) => r.id === record.id)) {
      this.records = [...this.records, record];
      this.redraw();
    }
    return record;
  }

  dispose(): void {
    this.observer?.disconnect();
    this.registry.clear();
    this.listeners.clear();
  }

  private set(patch: Partial<HighlightsState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }

  /** The page re-renders its marks (a passage chosen): anchor again once it has. */
  private watch(): void {
    const root = this.root();
    if (this.observer || !root) return;
    this.observer = new MutationObserver(() => {
      if (this.redrawQueued) return;
      this.redrawQueued = true;
      requestAnimationFrame(() => {
        this.redrawQueued = false;
        this.redraw();
      });
    });
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private redraw(): void {
    const root = this.root();
    if (!root) return;
    const map = DomTextMap.fromRoot(root, { skip: isAddedText });
    const results = anchorAll(map.text, this.records.map((r) => ({ id: r.id, selectors: r.selectors })), { folded: () => map.folded });
    const byCategory = new Map<string, Range[]>();
    const highlights: ShownHighlight[] = this.records.map((record, i) => {
      const result = results[i]!;
      if (result.status !== 'anchored') return { record, range: null, orphanReason: result.reason };
      const range = map.rangeFromOffsets(result.start, result.end);
      if (!record.hidden) byCategory.set(record.categoryId, [...(byCategory.get(record.categoryId) ?? []), range]);
      return { record, range };
    });
    this.registry.draw([], byCategory, this.state.categories);
    this.set({ highlights });
  }
}
