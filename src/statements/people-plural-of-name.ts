// "Friends of the Carron Water said …", "Farmers of the Upper Platte, a landowners' group, said …": a plural for people,
// then "of" and a proper name, is read as an unnamed group ("Residents of Sudbury Falls say"); it is a body's name when the
// text marks it as one: "Friends of the" before a capitalised name (the campaign bodies' naming pattern, "Friends of the
// Earth"), or the same words set before a description of a body between commas (", a landowners' group,").
// Guards: "Residents of the Upper Platte said", "Friends of Kemal Yilmaz said" (no "the", a person's friends) stay unnamed
// people; the description must end in a word for a body, not for people (", a group of neighbours," is no body's word).
// (Forty-fourth session: the name may be printed after "The", "The Friends of the Wensleydale Moor Railway called …"; the
// body is named without it, as dev names "The Friends of …" bodies. test-62 w17 was an unnamed group.)
import { escapeRegExp } from '../text/escape-reg-exp.ts';

// (Forty-fourth session: the name may be followed by the rest of the subject's words, when a phrase is read up to a second
// verb, "Friends of the X called the decision "…" and said": the capitalised run ends at a lower-case word.)
const PLURAL_OF_NAME_RE = /^(\p{Lu}\p{Ll}+)\s+of\s+(the\s+)?\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:(?:of|and|the)\s+)?\p{Lu}[\p{L}'\u2019-]*){0,5}(?=$|\s+(?!(?:of|and|the)\s+\p{Lu})\p{Ll})/u;
const BODY_DESCRIPTION = "(?:group|body|charity|organisation|organization|campaign|coalition|alliance|network|association|society|trust|lobby|non-profit|nonprofit)";

/** The body's name as printed, when a people's plural "of" a proper name is one ("Friends of the Earth"); else null. */
export function bodyNamedAsPeopleOf(text: string, start: number, end: number): string | null {
  const printed = text.slice(start, end).replace(/\s+/gu, ' ').replace(/^The /u, '');
  const m = PLURAL_OF_NAME_RE.exec(printed);
  if (!m) return null;
  if (m[1] === 'Friends' && m[2]) return m[0];
  const described = new RegExp(`(?<![\\p{L}])${escapeRegExp(m[0]).replace(/ /gu, '\\s+')},\\s+(?:a|an|the)\\s+[^,.;\\n]{0,40}?\\b${BODY_DESCRIPTION},`, 'u');
  return described.test(text) ? m[0] : null;
}
