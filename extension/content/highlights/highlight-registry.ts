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
  /**
   * The registered highlights by name, each with the ranges Sourcelight put
   * in it. One Highlight per name for the page load: a redraw changes only the
   * ranges that differ, so the page cannot tell a redraw that changed nothing
   * it can see (a reader's highlight saved, say) from no redraw. Our own set,
   * not the Highlight's contents: a draw that read those (iterating it, `has`)
   * drew nothing in Firefox, whose content scripts see the page's Highlight
   * through an Xray wrapper.
   */
  private readonly drawn = new Map<string, { highlight: Highlight; ranges: Set<Range> }>();
  private sheet: CSSStyleSheet | null = null;
  private sheetRules = '';
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

  /**
   * Makes Sourcelight's highlights exactly these ranges. A Range drawn before
   * and given again (the same object) stays where it is in its highlight.
   */
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
    for (const name of this.drawn.keys()) {
      if (wanted.has(name)) continue;
      if (CSS.highlights.get(name) === this.drawn.get(name)!.highlight) CSS.highlights.delete(name);
      this.drawn.delete(name);
    }
    for (const [name, ranges] of wanted) this.setRanges(name, ranges);
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
      const drawn = this.drawn.get(name);
      if (!drawn) {
        this.setRanges(name, ranges);
        continue;
      }
      for (const range of ranges) {
        if (drawn.ranges.has(range)) continue;
        drawn.highlight.add(range);
        drawn.ranges.add(range);
      }
    }
  }

  /** Makes the named highlight hold exactly `ranges`, taking out and putting in only what differs. */
  private setRanges(name: string, ranges: readonly Range[]): void {
    let drawn = this.drawn.get(name);
    if (!drawn) {
      const highlight = new Highlight();
      // Reader highlights paint over statement highlights.
      highlight.priority = name === this.statementName ? 0 : 1;
      drawn = { highlight, ranges: new Set() };
      this.drawn.set(name, drawn);
    }
    const { highlight } = drawn;
    // A page script emptied it or added to it: filled again from scratch.
    if (highlight.size !== drawn.ranges.size) {
      highlight.clear();
      drawn.ranges.clear();
    }
    const keep = new Set(ranges);
    for (const range of drawn.ranges) {
      if (keep.has(range)) continue;
      highlight.delete(range);
      drawn.ranges.delete(range);
    }
    for (const range of ranges) {
      if (drawn.ranges.has(range)) continue;
      highlight.add(range);
      drawn.ranges.add(range);
    }
    if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
  }

  /** A page script may clear the registry, or empty or replace one of ours: put ours back when it does. */
  isIntact(): boolean {
    if (this.readerMarks && !this.readerMarks.isIntact()) return false;
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return true;
    for (const [name, { highlight, ranges }] of this.drawn) {
      if (CSS.highlights.get(name) !== highlight || highlight.size !== ranges.size) return false;
    }
    return true;
  }

  clear(): void {
    this.readerMarks?.clear();
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    for (const [name, { highlight }] of this.drawn) if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    this.drawn.clear();
  }

  private style(categories: readonly Category[]): void {
    const rules = [
      `::highlight(${this.statementName}) { background-color: rgba(255, 196, 0, 0.28); text-decoration: underline dotted rgba(150, 100, 0, 0.9); text-decoration-thickness: 2px; }`,
      ...(this.readerMarks ? [] : categories).map(
        (c) => `::highlight(${this.categoryName(c.id)}) { background-color: ${c.color}55; text-decoration: underline ${c.color}; text-decoration-thickness: 2px; }`,
      ),
    ].join('\n');
    try {
      if (!this.sheet) this.sheet = new CSSStyleSheet();
      // Adopted again if a page script took it away.
      if (!document.adoptedStyleSheets.includes(this.sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
      // The same rules are not written again: the page would see new rule objects.
      if (rules === this.sheetRules) return;
      this.sheet.replaceSync(rules);
      this.sheetRules = rules;
    } catch {
      // A page that froze adoptedStyleSheets: highlights stay registered, just unstyled.
    }
  }
}
