// "…, said the state Agriculture Department." then "…, the Pahang Agriculture Department said in a statement": a body's
// capitalised name after a lower-case word for the level of government it belongs to ("state", "federal", "provincial",
// "county") is the body the text names in full with its place's name in that word's stead; the speaker is the full name
// (the canonical name, README lines 1–68). Thirty-second session, test-45 w11.
// Guards: the level word lower case, right before a capitalised name of two words or more that ends in a body's word
// (Department, Ministry, Agency, …); the full name printed in the text as one capitalised word (not "The", "A", "This",
// nor the level word capitalised, "State Agriculture Department") right before exactly those words.

const LEVEL_BODY_RE = /^(?:state|federal|provincial|regional|county|district|municipal|territorial)\s+(\p{Lu}[\p{L}-]*(?:\s+(?:of|and|for|the|\p{Lu}[\p{L}-]*)){1,6})$/u;
const BODY_END_RE = /\s(?:Department|Ministry|Agency|Office|Authority|Board|Commission|Council|Directorate|Service|Bureau|Administration|Police|Institute)$/u;
const NOT_A_PLACE_RE = /^(?:The|A|An|This|That|Its|Their|State|Federal|Provincial|Regional|County|District|Municipal|Territorial|National|New|In|On|At|By|For|From)$/u;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The full name the text prints for "<level word> <Name>" (`name`, as resolved), else null. */
export function bodyNamedWithItsPlace(text: string, name: string): string | null {
  const m = LEVEL_BODY_RE.exec(name);
  if (!m || !BODY_END_RE.test(` ${m[1]!}`)) return null;
  const re = new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)\\s+${escapeRegExp(m[1]!)}(?![\\p{L}])`, 'gu');
  for (const found of text.matchAll(re)) {
    if (!NOT_A_PLACE_RE.test(found[1]!)) return `${found[1]!} ${m[1]!}`;
  }
  return null;
}
