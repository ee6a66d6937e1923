// "Deputy Commissioner Umerkot Name Name Name", "Assistant Superintendent of Police Hatton Name Name", "Executive Engineer
// Irrigation Name Name": South Asian official copy prints the district, the town or the department a post covers between
// the capitalised post and the holder's name, with no comma or "of". That word is no part of the name (it had been read
// as the given name, so "Umerkot Farrukh Iqbal Dahri" was the speaker, and "the deputy commissioner said" found that
// name too). Forty-fourth session, an eighth probe of English speaker resolution (d2442, d2443).
// Guards: a post read before the name; three name words at least, so two are left; the word right after a capitalised
// word and right before the rest of the name; no given name the lists know ("Deputy Commissioner Mohammad Rashedul Islam"
// keeps its three words); and the word either a department's field (DEPARTMENT_FIELDS) or one the text prints elsewhere
// as a place: after "in", "at", "from", "near" and the like with no capital after it, in an all-capitals dateline
// ("UMERKOT:"), or in "Our <Place> Correspondent". A division the text never names elsewhere ("Divisional Secretary
// Ambagamuwa Name Name") stays as before.

import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { givenNameGender } from './given-names.ts';

/** A department's field printed capitalised after an officer's post ("Executive Engineer Irrigation", "DSP Traffic"). */
const DEPARTMENT_FIELDS = new Set(['Irrigation', 'Revenue', 'Excise', 'Highways', 'Livestock', 'Fisheries', 'Agriculture',
  'Forests', 'Forest', 'Education', 'Health', 'Traffic', 'Investigation', 'Operations', 'Headquarters', 'Buildings']);

/** Whether the text prints `word` as a place: after a preposition of place, in a dateline, or before "district". */
function printedAsPlace(text: string, word: string): boolean {
  const w = escapeRegExp(word);
  if (new RegExp(`\\b(?:in|at|from|near|outside|around|across|towards|(?:town|city|village|district|division) of)\\s+${w}(?![\\p{L}'\u2019-])(?!\\s+\\p{Lu})`, 'u').test(text)) return true;
  if (new RegExp(`\\bOur\\s+${w}\\s+(?:Correspondent|Reporter|Bureau|Staff)\\b`, 'u').test(text)) return true;
  const upper = escapeRegExp(word.toUpperCase());
  if (new RegExp(`(?:^|\\n)${upper}(?:\\s*\\([^)\\n]*\\))?\\s*[:,\u2013\u2014-]`, 'u').test(text)) return true;
  return new RegExp(`\\b${w}\\s+(?:district|division|tehsil|taluk|taluka)\\b`, 'u').test(text);
}

/**
 * The name without its first word when that word is the place or the department of the post printed before it; else
 * the name as it was. `from`..`to` is where the phrase is printed.
 */
export function withoutPlaceAfterPost(text: string, name: readonly string[], roles: readonly string[], from: number, to: number): readonly string[] {
  if (roles.length === 0 || name.length < 3) return name;
  const word = name[0]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || givenNameGender(word) !== null) return name;
  const printed = new RegExp(`\\p{Lu}[\\p{L}'\u2019-]*\\s+${escapeRegExp(word)}\\s+${escapeRegExp(name[1]!)}(?![\\p{L}])`, 'u');
  if (!printed.test(text.slice(Math.max(0, from), to))) return name;
  return DEPARTMENT_FIELDS.has(word) || printedAsPlace(text, word) ? name.slice(1) : name;
}
