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

/** A phrase ending in a preposition of place, capitalised words and perhaps a lower-case word for the unit: "… under
 * Shingkhar gewog", "… in Kandy district", "… of Tolga". */
const ENDS_IN_UNIT_RE = /\s(?:in|of|from|near|around|at|under)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'\u2019-]*\.?\s+){0,3}\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Ll}{3,})?\s*$/u;
/** A verb of saying in the plural present: its subject is a group, never the one place before it. */
const PLURAL_CUE_RE = /^(?:say|tell|warn|complain|claim|fear|report|insist|argue)\b/u;
/** A group in the plural opening the phrase: "Farmers in …", "Residents of …". */
const PLURAL_GROUP_OPENING_RE = /^\s*\p{Lu}\p{Ll}{2,}s\s+(?:in|of|from|near|around|at)\s/u;

/**
 * "Farmers in Shingkhar chiwog under Shingkhar gewog, Zhemgang say": the same address without its closing comma, the
 * place right before a verb in the plural ("say"), which a single place does not take; so only after a group in the
 * plural whose phrase ends in a place. (Guards: the plural verb, the group's plural opening, the place one to three
 * capitalised words and nothing else: "After the ruling in Paris, Macron said" keeps Macron.)
 */
export function isAddressBeforePluralVerb(masked: string, segments: readonly Segment[], cueStart: number): boolean {
  if (segments.length < 2 || !PLURAL_CUE_RE.test(masked.slice(cueStart, cueStart + 12))) return false;
  const place = segments.at(-1)!;
  const before = segments.at(-2)!;
  if (masked[before.end] !== ',') return false;
  const group = masked.slice(before.start, before.end);
  return PLACE_ONLY_RE.test(masked.slice(place.start, cueStart)) && PLURAL_GROUP_OPENING_RE.test(group) && ENDS_IN_UNIT_RE.test(group);
}

/** A group in the plural opening the phrase, in either case (after a clause it is in lower case), "-men" and "people" too: "fishermen in …". */
const PLURAL_GROUP_ANY_CASE_RE = /^\s*(?:\p{L}\p{Ll}{2,}(?:s|men)|[Pp]eople)\s+(?:in|of|from|near|around|at)\s/u;

/**
 * "…, fishermen in Bahodopi, Central Sulawesi, say.": the same address when the attribution closes the sentence. The
 * last comma's segment (before the verb) is the wider place, the one before it the group that speaks; returns where
 * the group's segment starts (its comma) so the clause ends there. Guards: the verb in the plural present, the place
 * one to three capitalised words alone, the group opening with a plural noun and a preposition of place and ending in a
 * capitalised place ("…, Maria Lopes, Lisbon, said" and "…, officials in Dili said" are not it).
 */
export function groupBeforeAddressAtEnd(masked: string, clauseStart: number, lastComma: number, cueStart: number): number | null {
  if (!PLURAL_CUE_RE.test(masked.slice(cueStart, cueStart + 12))) return null;
  if (!PLACE_ONLY_RE.test(masked.slice(lastComma + 1, cueStart).replace(/,\s*$/u, ''))) return null;
  const groupComma = masked.lastIndexOf(',', lastComma - 1);
  if (groupComma <= clauseStart) return null;
  const group = masked.slice(groupComma + 1, lastComma);
  return PLURAL_GROUP_ANY_CASE_RE.test(group) && ENDS_IN_PLACE_RE.test(group) ? groupComma : null;
}
