// "In a ruling published Thursday, the court accepted a claim by …, which argued that …" then "The ruling says …": a
// court's ruling or judgment, whose author the text never gave, is the court's, though the court never spoke (so the
// resolver, which knows only bodies that spoke or opened a sentence, would give it to the party that spoke last).

/** Documents only a court makes. */
const COURT_DOCUMENTS = new Set(['ruling', 'judgment']);

/** A court by its name ("the High Court", "Hesse Administrative Court"), or described after an owner ("Chile's first environmental court"), or "the court". */
const COURT_RE = /(?<![\p{L}'\u2019-])((?:\p{Lu}[\p{L}'\u2019-]*\s+){1,5}Court|\p{Lu}[\p{L}-]*['\u2019]s(?:\s+\p{Ll}[\p{L}-]*){0,3}\s+court|[Tt]he\s+court)(?![\p{L}])/gu;

/** The courts of the text last read, with where each ends (read once per text). */
let read: { text: string; courts: { name: string; end: number }[] } | null = null;

/** The court the text names last before `at`, for a `document` that only a court makes; else null. */
export function courtOf(text: string, document: string, at: number): string | null {
  if (!COURT_DOCUMENTS.has(document)) return null;
  if (read?.text !== text) {
    const courts = [...text.matchAll(COURT_RE)].map((m) => ({ name: m[1]!.replace(/^(?:The|A|An|In|On|At|By|But|And)\s+/u, ''), end: m.index + m[0].length }));
    read = { text, courts };
  }
  const before = read.courts.filter((c) => c.end <= at);
  if (before.length === 0) return null;
  // (A court the text calls only "the court" after naming it is the one named.)
  return before.findLast((c) => !/^[Tt]he\s+court$/u.test(c.name))?.name ?? 'court';
}

/** A court's file in the plural ("court documents", "court records"): what the parties filed, not the court's words. */
const COURT_FILE = new Set(['documents', 'records', 'papers', 'filings']);

/** Whether "<body word> <noun>" is a court's file, which speaks for no body ("according to court documents": unnamed). */
export function isCourtFile(bodyWord: string, noun: string): boolean {
  return bodyWord === 'court' && COURT_FILE.has(noun);
}
