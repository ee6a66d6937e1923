// "According to an agreed statement of facts tendered by the Department of Lands, …. Much of the land was …, the
// statement said.": a document the text says a named body tendered, prepared or issued is that body's when it speaks
// later, though the sentence that named its maker was not read as a statement (and so recorded no author).

/**
 * "a statement of facts tendered by the X", "the report prepared by X", "new research led by the X": the noun (an article
 * and a lower-case word before it at most, and "of" with up to three lower-case words after it), a maker's verb, "by", a capitalised name.
 */
const ISSUED_BY_RE = /\b(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+)?(\p{Ll}+)(?:\s+of\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+)?,?\s+(?:tendered|prepared|issued|compiled|submitted|filed|lodged|released|published|drawn\s+up|commissioned|led|carried\s+out|conducted)\s+by\s+(?:the\s+)?(\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}'\u2019-]*){0,6})/gu;

/** The documents of the text last read whose maker it names, with where each is named (read once per text). */
let read: { text: string; issued: { noun: string; maker: string; end: number }[] } | null = null;

/** Words for one piece of research, any of which a text may use for it: "new research led by X …. The study found". */
const RESEARCH_WORDS = new Set(['study', 'research', 'paper']);

/** The body the text last names as the maker of a `document` before `at` (past its headline); else null. */
export function documentIssuedBy(text: string, document: string, at: number): string | null {
  if (read?.text !== text) read = { text, issued: [...text.matchAll(ISSUED_BY_RE)].map((m) => ({ noun: m[1]!, maker: m[2]!, end: m.index + m[0].length })) };
  const same = (noun: string) => noun === document || (RESEARCH_WORDS.has(noun) && RESEARCH_WORDS.has(document));
  return read.issued.findLast((d) => same(d.noun) && d.end <= at && !inHeadline(text, d.end - 1))?.maker ?? null;
}

/** Whether `at` is in the text's first line and that line is a headline (no full stop closes it). */
export function inHeadline(text: string, at: number): boolean {
  const end = text.indexOf('\n');
  const line = end < 0 ? text : text.slice(0, end);
  return at < line.length && !/[.!?]["\u201D']?\s*$/u.test(line);
}
