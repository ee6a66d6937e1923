// Finds quotations in one paragraph, whatever the typography: straight or
// curly, double or single. Single marks double as apostrophes (Russia's,
// NATO’s), so a single mark opens only before a word and closes only after
// one, and never between two letters. A double quotation left open runs to the
// paragraph's end: the caller decides where it really stops.

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the paragraph ends first. */
  close: number | null;
  /** The quoted words: after the opening mark, before the closing one (or the paragraph end). */
  contentStart: number;
  contentEnd: number;
  marks: 'double' | 'single';
}

const DOUBLE_OPEN = new Set(['\u201C', '\u201E', '\u00AB']);
const DOUBLE_CLOSE = new Set(['\u201D', '\u00BB']);
const DOUBLE_ANY = new Set(['"', '\u201F', '\u2033']);
const WORDISH = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/"\u201C]/u;

function isWordish(ch: string | undefined): boolean {
  return ch !== undefined && WORDISH.test(ch);
}

function opensHere(text: string, i: number, from: number): boolean {
  const before = i > from ? text[i - 1] : undefined;
  const after = text[i + 1];
  // 'delegations."We expect': copy that leaves out the space after a full stop still opens a quotation.
  const glued = before !== undefined && /[.!?]/.test(before) && after !== undefined && /\p{Lu}/u.test(after);
  return (before === undefined || OPENING_CONTEXT.test(before) || glued) && after !== undefined && !/\s/.test(after);
}

function findDoubleSpans(text: string, from: number, to: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: number | null = null;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    const explicitOpen = DOUBLE_OPEN.has(ch);
    const explicitClose = DOUBLE_CLOSE.has(ch);
    if (!explicitOpen && !explicitClose && !DOUBLE_ANY.has(ch)) continue;
    if (open === null) {
      if (explicitOpen || (!explicitClose && opensHere(text, i, from))) open = i;
      continue; // a stray closing mark opens nothing
    }
    // «… „Амур“ …»: Russian typography nests „…“ inside «…»; the inner pair is part of the quotation.
    if (ch === '\u201E' && text[open] === '\u00AB') {
      const inner = text.indexOf('\u201C', i + 1);
      const outer = text.indexOf('\u00BB', i + 1);
      if (inner > 0 && inner < to && (outer < 0 || inner < outer)) {
        i = inner;
        continue;
      }
    }
    // «Мы играли против «Урала» …», «…, — сказал тренер «Невы» Name. — …»: a short «name» inside guillemets, closed
    // before the outer quotation goes on, is nested, not the start of another quotation.
    // (Not «Упрдор «Кола»: a name's own nested name, with words of a sentence before it only.)
    if (ch === '\u00AB' && text[open] === '\u00AB' && text.slice(open + 1, i).trim().split(/\s+/u).length >= 3) {
      const inner = /^\u00AB[^\u00AB\u00BB.!?]{1,40}\u00BB(?=[\s,.:;)\u2014-]+[\p{L}\u2014\u00AB])/u.exec(text.slice(i, to));
      if (inner) {
        i += inner[0].length - 1;
        continue;
      }
    }
    if (explicitOpen) {
      // A second opening curly mark: the first quotation lost its closing mark.
      spans.push({ open, close: null, contentStart: open + 1, contentEnd: trimEnd(text, open + 1, i), marks: 'double' });
      open = i;
      continue;
    }
    spans.push({ open, close: i, contentStart: open + 1, contentEnd: i, marks: 'double' });
    open = null;
  }
  if (open !== null) {
    spans.push({ open, close: null, contentStart: open + 1, contentEnd: trimEnd(text, open + 1, to), marks: 'double' });
  }
  return spans;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

const SINGLE_OPEN = new Set(['\u2018', "'", '\u201B']);
const SINGLE_CLOSE = new Set(['\u2019', "'"]);
/** Scare quotes and quoted phrases are short; a longer stretch means a mark was an apostrophe. */
const MAX_SINGLE_LENGTH = 300;

function findSingleSpans(text: string, from: number, to: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: number | null = null;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    const before = i > from ? text[i - 1] : undefined;
    const after = i + 1 < to ? text[i + 1] : undefined;
    if (isWordish(before) && isWordish(after)) continue; // an apostrophe inside a word
    if (open !== null && SINGLE_CLOSE.has(ch) && before !== undefined && !/\s/.test(before) && !isWordish(after)) {
      if (i - open <= MAX_SINGLE_LENGTH) {
        spans.push({ open, close: i, contentStart: open + 1, contentEnd: i, marks: 'single' });
      }
      open = null;
      continue;
    }
    if (SINGLE_OPEN.has(ch) && (before === undefined || OPENING_CONTEXT.test(before)) && isWordish(after)) open = i;
  }
  return spans;
}

/**
 * «Первая часть, — рассказал X. — Вторая часть»: Russian copy puts the attribution inside the guillemets, between dashes;
 * each piece is its own quotation (the first as if closed at its comma, the second opening after the dash).
 */
function splitAtRussianAttribution(text: string, span: QuoteSpan): QuoteSpan[] {
  if (text[span.open] !== '\u00AB' || span.close === null) return [span];
  const inner = /([,.!?\u2026])\s+\u2014\s+(?=\p{Ll})(?:[^\u2014\u00AB\u00BB]|\u00AB[^\u00AB\u00BB]{1,40}\u00BB){3,160}?[.,:]\s+\u2014\s+(?=\p{Lu})/u.exec(text.slice(span.contentStart, span.contentEnd));
  if (!inner) return [span];
  const cut = span.contentStart + inner.index + (inner[1] === ',' ? 0 : 1);
  const resume = span.contentStart + inner.index + inner[0].length;
  return [
    { ...span, close: cut, contentEnd: cut },
    ...splitAtRussianAttribution(text, { ...span, open: resume - 1, contentStart: resume }),
  ];
}

/** Quotations of the paragraph text[from, to), by opening offset; single-quoted spans nested in double ones are left out. */
export function findQuoteSpans(text: string, from: number, to: number): QuoteSpan[] {
  const doubles = findDoubleSpans(text, from, to).flatMap((d) => splitAtRussianAttribution(text, d));
  const singles = findSingleSpans(text, from, to).filter(
    (s) => !doubles.some((d) => s.open > d.open && s.open < (d.close ?? d.contentEnd)),
  );
  return [...doubles, ...singles].sort((a, b) => a.open - b.open);
}
