// Draws annotations with the CSS Custom Highlight API: the page's DOM is not
// changed. One named highlight per category for the reader's highlights and
// one for statements. The page can see these ranges and colours (the registry
// and the document's adopted style sheets are shared with it), so on an
// outlet's page the reader's highlights are handed to a private painter
// instead (private-marks.ts: boxes in the closed shadow root) and only the
// statements, the same for every reader, stay here. Extension pages (reader,
// compare), where no page script runs, draw both here. Names say nothing:
// every highlight is registered under a random name made for this page load
// (a category's id or label would say what the reader thinks of the text, and
// a fixed name that Sourcelight runs).
import type { Category } from '../../../src/store/annotation.ts';
import type { PrivateMarks } from './private-marks.ts';

/** A name that says nothing: a letter (highlight names are CSS identifiers), then random hex. */
function opaqueName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `h${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export class HighlightRegistry {
  private readonly names = new Set<string>();
  /** The registered highlights by name, to add ranges to. */
  private readonly highlights = new Map<string, Highlight>();
  private sheet: CSSStyleSheet | null = null;
  private readonly statementName = opaqueName();
  /** Category id → its name in the registry, fixed for this page load. */
  private readonly categoryNames = new Map<string, string>();

  /** `readerMarks`: where the reader's highlights go instead of the shared registry (outlet pages). */
  constructor(private readonly readerMarks: PrivateMarks | null = null) {}

  private categoryName(categoryId: string): string {
    let name = this.categoryNames.get(categoryId);
    if (!name) {
      name = opaqueName();
      this.categoryNames.set(categoryId, name);
    }
    return name;
  }

  /** Replaces every Sourcelight highlight with these ranges. */
  draw(statementRanges: Range[], readerRanges: Map<string, Range[]>, categories: readonly Category[]): void {
    if (this.readerMarks) this.readerMarks.draw(readerRanges, categories);
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const wanted = new Map<string, Range[]>();
    if (statementRanges.length) wanted.set(this.statementName, statementRanges);
    if (!this.readerMarks) {
      for (const [categoryId, ranges] of readerRanges) {
        if (ranges.length) wanted.set(this.categoryName(categoryId), ranges);
      }
    }
    for (const name of this.names) if (!wanted.has(name)) CSS.highlights.delete(name);
    this.names.clear();
    this.highlights.clear();
    for (const [name, ranges] of wanted) this.register(name, ranges);
    this.style(categories);
  }

  /** Adds ranges to what `draw` drew (the highlights made in idle time after it); categories are styled by `draw`. */
  add(statementRanges: Range[], readerRanges: Map<string, Range[]>): void {
    if (this.readerMarks) this.readerMarks.add(readerRanges);
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const more: [string, Range[]][] = [[this.statementName, statementRanges]];
    if (!this.readerMarks) for (const [categoryId, ranges] of readerRanges) more.push([this.categoryName(categoryId), ranges]);
    for (const [name, ranges] of more) {
      if (ranges.length === 0) continue;
      const highlight = this.highlights.get(name);
      if (highlight) for (const range of ranges) highlight.add(range);
      else this.register(name, ranges);
    }
  }

  private register(name: string, ranges: Range[]): void {
    const highlight = new Highlight(...ranges);
    // Reader highlights paint over statement highlights.
    highlight.priority = name === this.statementName ? 0 : 1;
    CSS.highlights.set(name, highlight);
    this.names.add(name);
    this.highlights.set(name, highlight);
  }

  /** A page script may clear the registry: put ours back when it does. */
  isIntact(): boolean {
    if (this.readerMarks && !this.readerMarks.isIntact()) return false;
    return typeof CSS === 'undefined' || !('highlights' in CSS) || [...this.names].every((name) => CSS.highlights.has(name));
  }

  clear(): void {
    this.readerMarks?.clear();
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    for (const name of this.names) CSS.highlights.delete(name);
    this.names.clear();
    this.highlights.clear();
  }

  private style(categories: readonly Category[]): void {
    const rules = [
      `::highlight(${this.statementName}) { background-color: rgba(255, 196, 0, 0.28); text-decoration: underline dotted rgba(150, 100, 0, 0.9); text-decoration-thickness: 2px; }`,
      ...(this.readerMarks ? [] : categories).map(
        (c) => `::highlight(${this.categoryName(c.id)}) { background-color: ${c.color}55; text-decoration: underline ${c.color}; text-decoration-thickness: 2px; }`,
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
