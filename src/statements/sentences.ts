// Sentence boundaries inside one paragraph. Runs on text whose quotations are
// masked, so a full stop inside a quotation does not end the sentence around it.

export interface SentenceRange {
  start: number;
  end: number;
}

/** Words whose full stop is not a sentence end ("Nov. 29", "Mr. Lavrov", "U.S. officials"). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'st', 'sen', 'rep', 'gov', 'jr', 'sr', 'no', 'vs',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'ltd', 'co', 'corp',
]);

const END_RE = /[.!?]+["'\u201D\u2019)\]]*\s+(?=["'\u201C\u2018([]?[\p{Lu}\p{N}])/gu;

export function splitSentences(masked: string, from: number, to: number): SentenceRange[] {
  const out: SentenceRange[] = [];
  const paragraph = masked.slice(from, to);
  let start = 0;
  for (const m of paragraph.matchAll(END_RE)) {
    const before = paragraph.slice(Math.max(0, m.index - 12), m.index);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(word.toLowerCase()) || /^(?:\p{L}\.)*\p{L}$/u.test(word))) continue;
    const end = m.index + m[0].trimEnd().length;
    out.push({ start: from + start, end: from + end });
    start = m.index + m[0].length;
  }
  if (start < paragraph.length) out.push({ start: from + start, end: from + paragraph.trimEnd().length });
  return out.filter((s) => s.end > s.start);
}
