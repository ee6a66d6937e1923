// 'The statement read in part: "…"', 'The letter reads: "…"': a document "reads" what it says. Before a colon, after a
// document's noun with "the"/"its"/"that"/"this", "read"/"reads" (and "in part") stands for "said"/"says", so the quotation
// is the document's, and so its maker's, as 'The statement said: "…"' is.
// Guard: only the verb right before the colon after such a noun ("He read the statement:" or "The sign read: …" are
// left alone: a sign is no document of a speaker's).

/** A document's noun, then "read(s)" and perhaps "in part", right before a colon at the end of `lead`. */
const DOCUMENT_READ_RE = /(?:^|\s)(?:[Tt]he|[Ii]ts|[Tt]hat|[Tt]his|[Tt]heir)\s+(?:[\p{Ll}-]+\s+)?(?:statement|release|letter|notice|message|communiqu\p{L}|memo|circular|note|post|email|e-mail|submission)\s+(reads?)((?:\s+in\s+part)?)\s*:\s*$/u;

/** `masked` with the document's "read(s) in part" written as "said"/"says" (same length, offsets kept), or null. */
export function documentReadAsSaid(masked: string, from: number, open: number): string | null {
  const lead = masked.slice(from, open);
  const m = DOCUMENT_READ_RE.exec(lead);
  if (!m) return null;
  const verbAt = from + m.index + m[0].lastIndexOf(m[1]! + m[2]!);
  const said = (m[1] === 'read' ? 'said' : 'says ') + ' '.repeat(m[2]!.length);
  return masked.slice(0, verbAt) + said + masked.slice(verbAt + m[1]!.length + m[2]!.length);
}
