// "The panel's decision, released last Friday, said …" where the text calls it only "the province's price-setting panel";
// "The Bill's explanatory memorandum states that …": a document given to an owner the text never names as a body — a
// lower-case kind's word the resolver found no name for, or a piece of legislation (a Bill, an Act), which is no body
// at all — is an unnamed source's, as "a report by council officers" with no council named is (dev d1296), and as
// "The board's analysts said" with no board named is (owned-research-kind.ts).
// Guard: only a document phrase opened by "the <owner>'s"; an owner the resolver matched to a name ("the council's
// report" after "Eastmere District Council") keeps that body (dev d1279), and "its report" is left to its-document-owner.ts.

/** Legislation's words: a document of one names no body that wrote it. */
const LEGISLATION = new Set(['bill', 'act', 'bylaw', 'by-law', 'ordinance', 'regulations', 'decree', 'statute']);

/**
 * Whether the document phrase `printed` (its words as printed) with owner `body`, resolved to `name` in `text`, has no
 * named owner.
 */
export function documentOwnerUnnamed(printed: string, body: string, name: string, text: string): boolean {
  const owner = /^the\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)['\u2019]s\s/iu.exec(printed);
  // (The owner's last word is the body's: "the fisheries pricing panel's ruling", body "fisheries pricing panel" or "panel".)
  if (!owner || owner[1]!.toLowerCase() !== body.split(/\s+/u).at(-1)!.toLowerCase()) return false;
  if (LEGISLATION.has(body.toLowerCase())) return true;
  if (!/^\p{Ll}[\p{Ll}\s-]*$/u.test(body)) return false;
  // (Resolved to no name, or to some other body though the text prints the kind's word capitalised nowhere: "The panel's
  // ruling" where the only panel is "a government pricing panel" is not the last body the text happened to name.)
  const head = body.split(/\s+/u).at(-1)!;
  const capitalised = new RegExp(`(?<![\\p{L}])${head[0]!.toUpperCase()}${head.slice(1)}(?![\\p{L}])`, 'u');
  return name === body || !capitalised.test(text);
}
