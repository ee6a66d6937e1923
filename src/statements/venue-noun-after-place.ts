// "told journalists at the Boka floors lower grades had dominated …", "said at the Mutare showgrounds prices were …": a place
// named by capitalised words ("at the Boka", which the verb's adverbials take) may be followed by its kind in a lower-case
// noun ("floors", "plant", "depot"). That noun is still where the words were said, no part of the reported clause, which
// (with no "that") starts after it.
// Guards: only a noun of place from the closed list below, right after "at / in / on (the) Capitalised …"; and only when
// what follows the noun reads as a clause of its own, a subject and then a finite verb ("told reporters at the Boka plant
// had closed" keeps "plant": no clause would follow it).

/** Lower-case nouns naming the kind of a place after its name: "the Boka floors", "the Kisumu depot". */
const VENUE_NOUNS = new Set(['floors', 'floor', 'plant', 'mine', 'site', 'factory', 'mill', 'depot', 'terminal', 'port', 'harbour',
  'harbor', 'airport', 'station', 'showgrounds', 'showground', 'market', 'hospital', 'clinic', 'camp', 'office', 'offices',
  'headquarters', 'stadium', 'grounds', 'centre', 'center', 'hall', 'campus', 'yard', 'yards', 'warehouse', 'refinery',
  'smelter', 'estate', 'plantation', 'quay', 'wharf', 'pier', 'crossing', 'checkpoint', 'courthouse', 'complex', 'facility',
  'base', 'racecourse', 'track', 'arena', 'auditorium', 'library', 'museum', 'saleyards', 'saleyard']);

/** A capitalised place after a preposition of place, ending the text before the noun: "… at the Boka". */
const NAMED_PLACE_BEFORE_RE = /\b(?:at|in|on)\s+(?:the\s+)?\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*){0,3}$/u;
const NOUN_AFTER_RE = /^\s+(\p{Ll}+)(?=\s)/u;

/**
 * Where the reported clause starts when a noun of place follows the named place at `at` (past that noun), else `at`.
 * `isClause` tells whether the words after the noun read as a clause (a subject and a finite verb).
 */
export function pastVenueNoun(masked: string, at: number, sentenceEnd: number, isClause: (rest: string) => boolean): number {
  if (!NAMED_PLACE_BEFORE_RE.test(masked.slice(Math.max(0, at - 80), at))) return at;
  const noun = NOUN_AFTER_RE.exec(masked.slice(at, sentenceEnd));
  if (!noun || !VENUE_NOUNS.has(noun[1]!)) return at;
  const after = at + noun[0].length;
  return isClause(masked.slice(after, sentenceEnd)) ? after : at;
}
