// "…, according to an Ofsted-style report" (a named body's), then "…, inspectors said in the report, and …": people the
// text leaves unnamed who speak in a document already given to a named body speak in its words, so the statement is the
// body's (a named body's report is the body's, README conventions), and the document stays the body's for a later "the
// report states". Guards: the document is definite, "in the report" or "in its report" (not "in a report", a new one
// whose author is not known); the speaker is unnamed (a named person, "Name said in the report", keeps the words); and
// the text has given the document to a body before (with no owner recorded, the unnamed speaker's words stay theirs).

/** "said in the report", "wrote in its letter": a definite document after the verb (SPOKE_IN_RE's match in extract.ts). */
const DEFINITE_DOCUMENT_RE = /^\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?in\s+(?:the|its)\s/u;

/** Whether the words after a verb of saying put it in a document the text has named before ("in the report"). */
export function spokeInDefiniteDocument(after: string): boolean {
  return DEFINITE_DOCUMENT_RE.test(after);
}
