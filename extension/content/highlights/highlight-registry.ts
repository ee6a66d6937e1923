// Draws annotations with the CSS Custom Highlight API: the page's DOM is not
// changed. One named highlight per category for the reader's highlights and
// one for statements. The page can see these ranges and colours (the registry
// is shared with it); it never sees notes, which stay in the overlay.
import type { Category } from '../../../src/store/annotation.ts';

export const STATEMENT_HIGHLIGHT = 'sourcelight-statement';
export const CATEGORY_PREFIX = 'sourcelight-category-';

/** Highlight names allow letters, digits, "-" and "_": category ids are made safe. */
export function categoryHighlightName(categoryId: string): string {
  return `${CATEGORY_PREFIX}${categoryId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

export class HighlightRegistry {
  private readonly names = new Set<string>();
  private sheet: CSSStyleSheet | null = null;

  /** Replaces every Sourcelight highlight with these ranges. */
  draw(statementRanges: Range[], readerRanges: Map<string, Range[]>, categories: readonly Category[]): void {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const wanted = new Map<string, Range[]>();
    if (statementRanges.length) wanted.set(STATEMENT_HIGHLIGHT, statementRanges);
    for (const [categoryId, ranges] of readerRanges) {
      if (ranges.length) wanted.set(categoryHighlightName(categoryId), ranges);
    }
    for (const name of this.names) if (!wanted.has(name)) CSS.highlights.delete(name);
    this.names.clear();
    for (const [name, ranges] of wanted) {
      const highlight = new Highlight(...ranges);
      // Reader highlights paint over statement highlights.
      highlight.priority = name === STATEMENT_HIGHLIGHT ? 0 : 1;
      CSS.highlights.set(name, highlight);
      this.names.add(name);
    }
    this.style(categories);
  }

  /** A page script may clear the registry: put ours back when it does. */
  isIntact(): boolean {
    return [...this.names].every((name) => CSS.highlights.has(name));
  }

  clear(): void {
    for (const name of this.names) CSS.highlights.delete(name);
    this.names.clear();
  }

  private style(categories: readonly Category[]): void {
    const rules = [
      `::highlight(${STATEMENT_HIGHLIGHT}) { background-color: rgba(255, 196, 0, 0.28); text-decoration: underline dotted rgba(150, 100, 0, 0.9); text-decoration-thickness: 2px; }`,
      ...categories.map(
        (c) => `::highlight(${categoryHighlightName(c.id)}) { background-color: ${c.color}55; text-decoration: underline ${c.color}; text-decoration-thickness: 2px; }`,
      ),
    ].join('\n');
    try {
      if (!this.sheet) {
        this.sheet = new CSSStyleSheet();
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
      }
      this.sheet.replaceSync(rules);
    } catch {
      // A page that froze adoptedStyleSheets: highlights stay registered, just unstyled.
    }
  }
}
