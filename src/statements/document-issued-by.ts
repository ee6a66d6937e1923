// "According to an agreed statement of facts tendered by the Department of Lands, …. Much of the land was …, the
// statement said.": a document the text says a named body tendered, prepared or issued is that body's when it speaks
// later, though the sentence that named its maker was not read as a statement (and so recorded no author).

/**
 * "a statement of facts tendered by the X", "the report prepared by X", "a notice issued by the X": the noun (a lower-case
 * word before it at most, and "of" with up to three lower-case words after it), a maker's verb, "by", a capitalised name.
 */
const ISSUED_BY_RE = /\b(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)(?:\s+of\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+)?,?\s+(?:tendered|prepared|issued|compiled|submitted|filed|lodged|released|published|drawn\s+up|commissioned)\s+by\s+(?:the\s+)?(\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}'\u2019-]*){0,6})/gu;

/** The documents of the text last read whose maker it names, with where each is named (read once per text). */
let read: { text: string; issued: { noun: string; maker: string; end: number }[] } | null = null;

/** The body the text last names as the maker of a `document` before `at`; else null. */
export function documentIssuedBy(text: string, document: string, at: number): string | null {
  if (read?.text !== text) read = { text, issued: [...text.matchAll(ISSUED_BY_RE)].map((m) => ({ noun: m[1]!, maker: m[2]!, end: m.index + m[0].length })) };
  return read.issued.findLast((d) => d.noun === document && d.end <= at)?.maker ?? null;
}
