// "The Bill's explanatory memorandum states that …": a document of a piece of legislation (a Bill, an Act) names no body
// that wrote it — legislation is no body — so its words are an unnamed source's, as "a report by council officers" with
// no council named is (dev d1296); the parser had read "Bill" as a body's name.
// Guard: only a document phrase opened by "the <legislation word>'s". A lower-case kind's word keeps its body even when
// the text names none ("According to the council's announcement" is "council", dev d1126; "the labour department's
// records", d1182): a body's document is the body's.

/** Legislation's words: a document of one names no body that wrote it. */
const LEGISLATION = new Set(['bill', 'act', 'bylaw', 'by-law', 'ordinance', 'regulations', 'decree', 'statute']);

/** Whether the document phrase `printed` (its words as printed) with owner `body` is a piece of legislation's. */
export function legislationDocument(printed: string, body: string): boolean {
  const owner = /^the\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)['\u2019]s\s/iu.exec(printed);
  // (The owner's last word is the body's: "the Fisheries Bill's memorandum", body "Fisheries Bill" or "Bill".)
  if (!owner || owner[1]!.toLowerCase() !== body.split(/\s+/u).at(-1)!.toLowerCase()) return false;
  return LEGISLATION.has(body.toLowerCase());
}
