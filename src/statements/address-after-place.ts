// "Fishermen at Skeete's Bay, St Philip, say", "Residents of Tolga, Queensland, say", "Name, parish priest at St Anne's
// Church, Kovalam, told": a place set between commas right after a phrase that ends in a preposition of place and a
// capitalised name is the wider place that one is in (an address), no speaker of its own. Who speaks is before it: a
// group in the plural, or a full name whose post in lower case ends in that place.

/** Segments of a subject, split at commas (attribution.ts subjectBefore). */
type Segment = { readonly start: number; readonly end: number };

/** One to three capitalised words and nothing else: "St Philip", "Central Sulawesi", "Kovalam". */
const PLACE_ONLY_RE = /^\s*(?:\p{Lu}[\p{L}'\u2019-]*\.?\s+){0,2}\p{Lu}[\p{L}'\u2019-]*\s*$/u;
/** A phrase ending in a preposition of place and capitalised words: "… at Skeete's Bay", "… at St. Anne's Church". */
const ENDS_IN_PLACE_RE = /\s(?:in|of|from|near|around|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'\u2019-]*\.?\s+){0,3}\p{Lu}[\p{L}'\u2019-]*\s*$/u;
/** A post in lower case opening a segment: "parish priest at …", "a teacher at …", "the imam of …". */
const POST_IN_LOWER_CASE_RE = /^\s*(?:(?:a|an|the)\s+)?\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+){0,3}\s+(?:at|of|in)\s/u;

/**
 * Whether the segment before the verb (the last one, empty, is the verb's) is a wider place after the segment before it,
 * which ends in a place: then the subject ends with that segment.
 */
export function isAddressAfterPlace(masked: string, segments: readonly Segment[], cueStart: number): boolean {
  if (segments.length < 3 || masked.slice(segments.at(-1)!.start, cueStart).trim() !== '') return false;
  const place = segments.at(-2)!;
  const before = segments.at(-3)!;
  // (Set off by commas both sides: not a body's letters in brackets, "Meteorologists at the X Agency (AEMET) said".)
  if (masked[before.end] !== ',' || masked[place.end] !== ',') return false;
  return PLACE_ONLY_RE.test(masked.slice(place.start, place.end)) && ENDS_IN_PLACE_RE.test(masked.slice(before.start, before.end));
}

/** Whether the segment is a post in lower case ("parish priest at St Anne's Church"), set after a name. */
export function isPostInLowerCase(masked: string, segment: Segment): boolean {
  return POST_IN_LOWER_CASE_RE.test(masked.slice(segment.start, segment.end));
}
