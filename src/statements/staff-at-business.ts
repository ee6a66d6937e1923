// "About 140 factory workers at Benguela Catch will lose their jobs …, the company said": a sentence that places a
// business's staff at a capitalised name ("workers at", "employees at", "staff at", "jobs at") is about that business,
// and its own "the company said" is that business's, not one the text names further down.
// Guards: only in the sentence of "the company" itself; the name two to four capitalised words, the first no given name
// ("staff at Anna Berg's bakery" is a person's), and no public body's word in it ("workers at the Ministry of Health").
import { givenNameGender } from './given-names.ts';

/** Staff or their jobs "at" two to four capitalised words. */
const STAFF_AT_RE = /\b(?:workers|employees|staff|staffers|jobs|roles|positions|posts)\s+at\s+(\p{Lu}[\p{L}&'\u2019-]*(?:\s+\p{Lu}[\p{L}&'\u2019-]*){1,3})(?!['\u2019]s\b)/u;
/** Its suppliers "supplying" / "selling to" two to four capitalised words. */
const SUPPLIERS_OF_RE = /\b(?:farmers|growers|producers|suppliers|fishers|fishermen)\s+(?:supplying|selling\s+to)\s+(\p{Lu}[\p{L}&'\u2019-]*(?:\s+\p{Lu}[\p{L}&'\u2019-]*){1,3})(?!['\u2019]s\b)/u;
/** Words of a public body's or a place's name, never a business's. */
const NOT_BUSINESS_RE = /\b(?:Ministry|Council|Agency|Department|Commission|Office|Government|Trust|Hospital|University|School|Airport|Port|City|County)\b/u;

/** The business whose staff `sentence` (the text up to "the company") places at it; else null. */
export function businessOfStaffInSentence(sentence: string): string | null {
  const m = STAFF_AT_RE.exec(sentence) ?? SUPPLIERS_OF_RE.exec(sentence);
  if (!m) return null;
  const name = m[1]!.replace(/^(?:The)\s+/u, '');
  if (givenNameGender(name.split(/\s+/u)[0]!) !== null || NOT_BUSINESS_RE.test(name)) return null;
  return name;
}
