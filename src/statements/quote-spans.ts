// Finds quotations in one paragraph, whatever the typography: straight or
// curly, double or single. Single marks double as apostrophes (Russia's,
// NATO’s), so a single mark opens only before a word and closes only after
// one, and never between two letters. A double quotation left open runs to the
// paragraph's end: the caller decides where it really stops.

import { RU_SPEECH_VERBS } from './vocabulary-ru.ts';

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
    // «… программе “Земский доктор” …»: copy that nests English curly marks inside «…» the same way.
    if (ch === '\u201C' && text[open] === '\u00AB') {
      const inner = text.indexOf('\u201D', i + 1);
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
    // „Мы играли против «Урала» …“: guillemets inside „…“ are a nested name (that quotation closes with “, not »).
    if (ch === '\u00AB' && text[open] === '\u201E') {
      const inner = text.indexOf('\u00BB', i + 1);
      const outer = text.indexOf('\u201C', i + 1);
      if (inner > 0 && inner < to && (outer < 0 || inner < outer)) {
        i = inner;
        continue;
      }
    }
    // „…“: Russian (and German) copy closes a low opening mark with the high one that opens English quotations.
    if (ch === '\u201C' && text[open] === '\u201E') {
      spans.push({ open, close: i, contentStart: open + 1, contentEnd: i, marks: 'double' });
      open = null;
      continue;
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

/** Words that open with an apostrophe ("the '90s", "rock 'n' roll", "'tis"): no quotation opens there. */
const ELISION = /^['\u2019](?:\d\d(?:s)?|n['\u2019]|tis|twas|em|cause|til|bout)(?![\p{L}\p{N}])/iu;
/** The rest of a quotation up to a closing mark after its punctuation (",' she said", ".'"), apostrophes inside words skipped. */
// (Another plural's possessive may come first: "the workers' union and the residents' groups deserve …'".)
const PUNCTUATED_CLOSE = /^(?:[^'\u2019\n]|(?<=[\p{L}\p{N}])['\u2019](?=[\p{L}\p{N}])|(?<=[sS])['\u2019](?=\s+\p{Ll}))*?[,.!?\u2026]['\u2019](?![\p{L}\p{N}])/u;

/**
 * "…, and the workers' union backed us,' he said": a mark after a plural's s and before a word, inside a quotation
 * that opened a sentence and closes later after its punctuation, is the plural's possessive.
 */
function isPluralPossessive(text: string, open: number, i: number, to: number): boolean {
  if (!/[sS]/u.test(text[i - 1] ?? '') || !/^\s+\p{Ll}/u.test(text.slice(i + 1, i + 3))) return false;
  if (!/^\p{Lu}/u.test(text[open + 1] ?? '')) return false;
  return PUNCTUATED_CLOSE.test(text.slice(i + 1, Math.min(to, open + MAX_SINGLE_LENGTH)));
}

function findSingleSpans(text: string, from: number, to: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: number | null = null;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    const before = i > from ? text[i - 1] : undefined;
    const after = i + 1 < to ? text[i + 1] : undefined;
    if (isWordish(before) && isWordish(after)) continue; // an apostrophe inside a word
    const elision = (ch === "'" || ch === '\u2019') && !isWordish(before) ? ELISION.exec(text.slice(i, Math.min(to, i + 8))) : null;
    if (elision) {
      i += elision[0].length - 1;
      continue;
    }
    if (open !== null && SINGLE_CLOSE.has(ch) && isPluralPossessive(text, open, i, to)) continue;
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
  if ((text[span.open] !== '\u00AB' && text[span.open] !== '\u201E') || span.close === null) return [span];
  const content = text.slice(span.contentStart, span.contentEnd);
  const inner = /([,.!?\u2026])\s+\u2014\s+(?=\p{Ll})(?:[^\u2014\u00AB\u00BB]|\u00AB[^\u00AB\u00BB]{1,40}\u00BB){3,160}?[.,:]\s+\u2014\s+(?=\p{Lu})/u.exec(content) ?? midSentenceAttribution(content);
  if (!inner) return [span];
  const cut = span.contentStart + inner.index + (inner[1] === ',' ? 0 : 1);
  const resume = span.contentStart + inner.index + inner[0].length;
  return [
    { ...span, close: cut, contentEnd: cut },
    ...splitAtRussianAttribution(text, { ...span, open: resume - 1, contentStart: resume }),
  ];
}

/**
 * «Никита вырос у нас, и мы, — подчеркнул Name, — хотим …»: the attribution set inside one sentence between two commas
 * and dashes, the speech going on in lower case. Guard: the words between the dashes open with a verb of saying
 * (RU_SPEECH_VERBS), so that a speaker's own aside between dashes («мы, — и это главное, — не уйдем») stays whole.
 */
function midSentenceAttribution(content: string): RegExpExecArray | null {
  const m = /(,)\s+\u2014\s+(\p{Ll}+)(?:[^\u2014\u00AB\u00BB]|\u00AB[^\u00AB\u00BB]{1,40}\u00BB){3,160}?,\s+\u2014\s+(?=\p{Ll})/u.exec(content);
  return m && RU_SPEECH_VERBS.has(m[2]!) ? m : null;
}

/** A paragraph of direct speech opening with a dash, Russian style: "— Мы не будем …, — сказал Name. — …" (or a hyphen, in hasty copy). */
const DASH_SPEECH_OPEN = /^[\u2014\u2013-]\s+(?=[\p{Lu}\p{N}\u00AB\u201E"\u2026])/u;
/**
 * The author's words after a part of it: ", — сказал Name", "? — возмущается пенсионерка Name"; or after a sentence's end
 * the one who spoke, named by «Это» and a full name: "… по видео? — Это Светлана Воронина, мама девятиклассника."
 */
const AUTHOR_WORDS = /([,.!?\u2026])\s+[\u2014\u2013-]\s+(?=\p{Ll}|Это\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+[,.])/u;
/** The speech going on after the author's words: "— сказал Name. — Подрядчик …". */
const SPEECH_RESUMES = /[.,:]\s+[\u2014\u2013-]\s+(?=[\p{Lu}\p{N}\u00AB\u201E"])/u;
const CYRILLIC = /[\u0400-\u04FF]/u;

/** The paragraph before the one starting at `from` (blank lines skipped), or null. */
function paragraphBefore(text: string, from: number): { start: number; end: number } | null {
  let end = from;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  if (end === 0) return null;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  return { start, end };
}

/**
 * Dash speech is a quotation without marks: each part up to the author's words is one (as «…, — сказал X. — …» is
 * cut), and the author's words name its speaker. A dash paragraph with no author's words is speech only after an
 * introduction ending in a colon or after another paragraph of dash speech (an interview going on); otherwise it may be
 * a list's item. (Cyrillic only: English copy uses a leading dash for lists and datelines.)
 */
function dashSpeechSpans(text: string, from: number, to: number, depth = 0, inline = false): QuoteSpan[] | null {
  const paragraph = text.slice(from, to);
  const head = DASH_SPEECH_OPEN.exec(paragraph);
  if (!head || !CYRILLIC.test(paragraph) || !/[.!?\u2026\u00BB\u201C"]\s*$/u.test(paragraph)) return null;
  const spans: QuoteSpan[] = [];
  let open = from;
  let start = from + head[0].length;
  for (;;) {
    const author = AUTHOR_WORDS.exec(text.slice(start, to));
    if (!author) {
      if (spans.length === 0 && (inline || !speechGoesOn(text, from, depth) || questionTheNextAnswers(text, start, to))) return null;
      const end = trimEnd(text, start, to);
      const stop = text[end - 1] === '.' ? end - 1 : end;
      spans.push({ open, close: stop, contentStart: start, contentEnd: stop, marks: 'double' });
      return spans;
    }
    const cut = start + author.index + (author[1] === ',' ? 0 : 1);
    spans.push({ open, close: cut, contentStart: start, contentEnd: cut, marks: 'double' });
    const words = start + author.index + author[0].length;
    const resumes = SPEECH_RESUMES.exec(text.slice(words, to));
    if (!resumes) return spans;
    start = words + resumes.index + resumes[0].length;
    open = start - 1;
  }
}

/**
 * An interview's question under a dash: the paragraph [start, to) is one sentence ending in «?», and the next paragraph
 * is dash speech with its own author's words ("— А что дальше?" / "— Дальше сборы, — ответил капитан."). The answer
 * names its speaker; the question, with no author's words, is the interviewer's and no quotation (thirty-eighth session:
 * it had been read as speech going on after the answer before it). Guard: a question followed by anything else (a
 * paragraph of dash speech with no author's words, narration) reads as before.
 */
function questionTheNextAnswers(text: string, start: number, to: number): boolean {
  const words = text.slice(start, to).trim();
  if (!/\?$/u.test(words) || /[.!?\u2026]\s/u.test(words)) return false;
  let next = to;
  while (next < text.length && /\s/u.test(text[next]!)) next++;
  if (next >= text.length || next === to) return false;
  const lineEnd = text.indexOf('\n', next);
  const paragraph = text.slice(next, lineEnd < 0 ? text.length : lineEnd);
  const head = DASH_SPEECH_OPEN.exec(paragraph);
  return head !== null && AUTHOR_WORDS.test(paragraph.slice(head[0].length));
}

/** A dash after a sentence's end inside a paragraph, before a capital: where run-on dash speech may open. */
const DASH_AFTER_SENTENCE = /[.!?\u2026\u00BB]\s+(?=[\u2014\u2013]\s+[\p{Lu}\p{N}\u00AB\u201E"])/gu;

/**
 * Dash speech run on inside a narrative paragraph, after the sentence that retells its speaker ("Name заявил, что команда
 * сама отдала победу. — При 2:0 нужно убивать игру, — сказал серб."), as Russian sports copy writes it. Only with the
 * author's words after its first part, so that a dash after a full stop in narration is not taken for speech.
 */
function runOnDashSpeechSpans(text: string, from: number, to: number): QuoteSpan[] {
  const paragraph = text.slice(from, to);
  if (!CYRILLIC.test(paragraph) || DASH_SPEECH_OPEN.test(paragraph)) return [];
  for (const m of paragraph.matchAll(DASH_AFTER_SENTENCE)) {
    const spans = dashSpeechSpans(text, from + m.index + m[0].length, to, 0, true);
    if (spans) return spans;
  }
  return [];
}

/** A speech verb and its reported clause: "вспоминает, что", "признал, что" (the verb's word, then ", что"). */
const RETOLD_SPEECH = /(\p{L}+),?\s+что\s/gu;

/**
 * Whether a narrative paragraph retells someone's words ("Ее сосед Name вспоминает, что …"): Russian copy then gives
 * the words themselves in the next paragraph, under a dash with no author's words.
 */
function retellsSpeech(paragraph: string): boolean {
  // (An interview's answer retelling someone is followed by the next question, not by their words.)
  if (DASH_SPEECH_OPEN.test(paragraph)) return false;
  for (const m of paragraph.matchAll(RETOLD_SPEECH)) if (RU_SPEECH_VERBS.has(m[1]!.toLowerCase())) return true;
  return false;
}

/** Whether the paragraph before `from` introduces speech (ends in a colon, or retells its speaker's words) or is dash speech itself. */
function speechGoesOn(text: string, from: number, depth: number): boolean {
  const before = paragraphBefore(text, from);
  if (!before) return false;
  const paragraph = text.slice(before.start, before.end);
  if (/:\s*$/u.test(paragraph) || (depth === 0 && retellsSpeech(paragraph))) return true;
  return depth < 20 && dashSpeechSpans(text, before.start, before.end, depth + 1) !== null;
}

/** Quotations of the paragraph text[from, to), by opening offset; single-quoted spans nested in double ones are left out. */
export function findQuoteSpans(text: string, from: number, to: number): QuoteSpan[] {
  const dashed = dashSpeechSpans(text, from, to) ?? runOnDashSpeechSpans(text, from, to);
  const inSpeech = (q: QuoteSpan) => dashed.some((d) => q.open >= d.contentStart && q.open < d.contentEnd);
  const doubles = [...dashed, ...findDoubleSpans(text, from, to).flatMap((d) => splitAtRussianAttribution(text, d)).filter((q) => !inSpeech(q))];
  const singles = findSingleSpans(text, from, to).filter(
    (s) => !doubles.some((d) => s.open > d.open && s.open < (d.close ?? d.contentEnd)) && !inSpeech(s),
  );
  return [...doubles, ...singles].sort((a, b) => a.open - b.open);
}
