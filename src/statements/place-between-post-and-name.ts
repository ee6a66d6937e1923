// "Deputy Commissioner Umerkot Name Name Name", "Assistant Superintendent of Police Hatton Name Name", "Executive Engineer
// Irrigation Name Name", "Deputy Commissioner Hunza Farhan Ali": South Asian official copy prints the district, the town
// or the department a post covers between the capitalised post and the holder's name, with no comma or "of". That word
// is no part of the name (it had been read as the given name, so "Umerkot Farrukh Iqbal Dahri" was the speaker, and
// "Farhan Ali said" found no one). The phrase reader cannot tell a place from a given name; the text can, in one of two
// ways (forty-fourth session: the English speaker probe, d2442, d2443, and the English misses left, test-61 w10):
// - the word is a department's field (DEPARTMENT_FIELDS) or the text prints it elsewhere as a place: after "in", "at",
//   "from", "near" and the like with no capital after it, in an all-capitals dateline ("UMERKOT:"), in "Our <Place>
//   Correspondent", or before "district". Guards: a post read before the name; three name words at least, so two are
//   left; the word right after a capitalised word and right before the rest of the name; no given name the lists know
//   ("Deputy Commissioner Mohammad Rashedul Islam" keeps its three words). A division the text never names elsewhere
//   ("Divisional Secretary Ambagamuwa Name Name") stays as before.
// - or the post is one held over a district (a commissioner, a collector, a magistrate, a superintendent, a tehsildar,
//   or such a post's letters) and the text prints the last two words on their own as the person's name elsewhere.
//   Guards: that kind of post, not any: "Transport Minister Ray Camilleri Borg … Camilleri Borg told …" is a Maltese
//   double surname (test-12 w19); exactly three name words, the first no given name the lists know; the two words
//   printed elsewhere with no capitalised word right before them.
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { givenNameGender } from './given-names.ts';

/** A department's field printed capitalised after an officer's post ("Executive Engineer Irrigation", "DSP Traffic"). */
const DEPARTMENT_FIELDS = new Set(['Irrigation', 'Revenue', 'Excise', 'Highways', 'Livestock', 'Fisheries', 'Agriculture',
  'Forests', 'Forest', 'Education', 'Health', 'Traffic', 'Investigation', 'Operations', 'Headquarters', 'Buildings']);

/** Posts held over a district, whose place South Asian copy prints right after them (lower case; letters too). */
const DISTRICT_POSTS = new Set(['commissioner', 'collector', 'magistrate', 'superintendent', 'tehsildar', 'dc', 'adc', 'ac', 'ssp',
  'sp', 'dpo', 'dsp', 'dm', 'sdm', 'cpo']);

/** Whether the text prints `word` as a place: after a preposition of place, in a dateline, or before "district". */
function printedAsPlace(text: string, word: string): boolean {
  const w = escapeRegExp(word);
  if (new RegExp(`\\b(?:in|at|from|near|outside|around|across|towards|(?:town|city|village|district|division) of)\\s+${w}(?![\\p{L}'\u2019-])(?!\\s+\\p{Lu})`, 'u').test(text)) return true;
  if (new RegExp(`\\bOur\\s+${w}\\s+(?:Correspondent|Reporter|Bureau|Staff)\\b`, 'u').test(text)) return true;
  const upper = escapeRegExp(word.toUpperCase());
  if (new RegExp(`(?:^|\\n)${upper}(?:\\s*\\([^)\\n]*\\))?\\s*[:,\u2013\u2014-]`, 'u').test(text)) return true;
  return new RegExp(`\\b${w}\\s+(?:district|division|tehsil|taluk|taluka)\\b`, 'u').test(text);
}

/** The first way above: a department's field, or a word the text prints as a place, after a post in `from`..`to`. */
function isFieldOrPlaceAfterPost(text: string, name: readonly string[], roles: readonly string[], from: number, to: number): boolean {
  if (roles.length === 0 || name.length < 3) return false;
  const word = name[0]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || givenNameGender(word) !== null) return false;
  const printed = new RegExp(`\\p{Lu}[\\p{L}'\u2019-]*\\s+${escapeRegExp(word)}\\s+${escapeRegExp(name[1]!)}(?![\\p{L}])`, 'u');
  if (!printed.test(text.slice(Math.max(0, from), to))) return false;
  return DEPARTMENT_FIELDS.has(word) || printedAsPlace(text, word);
}

/** The second way above: a district's post, and the last two of three words printed alone elsewhere. */
function isDistrictBeforeNamePrintedAlone(text: string, name: readonly string[], roles: readonly string[], qualifier: string | null): boolean {
  const district = roles.some((r) => DISTRICT_POSTS.has(r)) || (qualifier !== null && DISTRICT_POSTS.has(qualifier));
  if (!district || name.length !== 3 || !/^\p{Lu}\p{Ll}{2,}$/u.test(name[0]!) || givenNameGender(name[0]!) !== null) return false;
  if (!name.slice(1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return false;
  const alone = new RegExp(`(?<![\\p{L}\\p{N}'\u2019-])(?<!\\p{Lu}[\\p{L}'\u2019-]*[ \\t]+)${escapeRegExp(name[1]!)}\\s+${escapeRegExp(name[2]!)}(?![\\p{L}'\u2019-])`, 'u');
  return alone.test(text);
}

/**
 * The name without its first word when that word is the place or the department of the post printed before it (see
 * above); null when it is not. `from`..`to` is where the phrase is printed.
 */
export function nameWithoutPostPlace(text: string, name: readonly string[], roles: readonly string[], qualifier: string | null,
  from: number, to: number): string[] | null {
  return isFieldOrPlaceAfterPost(text, name, roles, from, to) || isDistrictBeforeNamePrintedAlone(text, name, roles, qualifier)
    ? name.slice(1) : null;
}
