// "Mill Road Traders said its members would …", "Federated Farmers says it wants …", "The Pancyprian Union of Sheep and
// Goat Farmers said …": capitalised words ending in a plural for people ("Traders", "Farmers") were read as an unnamed
// group ("Traders in the market said", "Farmers say"), though the text treats them as one body. The name is a body's when
// the text marks it as one: a word for a body inside it before "of" ("Union of … Farmers"), or, wherever the same name is
// printed as a speaker, a singular verb after it ("… Farmers says", "… Traders has") or a reported clause opened by "it" /
// "its" ("… Traders said its members …"). Guards: two capitalised words at least (a bare "Farmers say" stays unnamed), no
// word of it a given name, the last word a plural for people; a name read as a group with none of those marks (a "Market
// Traders said they …" written in capitals) is left unnamed, as it was (last session's wider rule, every capitalised plural
// ending a name, broke the long-range matrix's unnamed groups).
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { givenNameGender } from './given-names.ts';
import { SURNAME_PLURALS } from './people-plural-body-name.ts';
import { isUnnamedHead } from './vocabulary.ts';

/** Words for a body that may open a name's "of" ("Union of … Farmers", "Federation of … Growers"). */
const BODY_WORDS_BEFORE_OF = new Set(['union', 'federation', 'association', 'society', 'guild', 'league', 'council', 'confederation',
  'alliance', 'organisation', 'organization', 'network', 'cooperative', 'co-operative', 'chamber', 'board', 'institute', 'collective']);
const JOINERS = new Set(['of', 'and', 'for', 'the', '&']);
/** Singular present verbs (and "has" / "is" / "was") that a plural subject cannot take. */
const SINGULAR_VERB_RE = /^\s+(?:says|has|is|was|does|wants|warns|believes|thinks|claims|insists|argues|adds|notes|admits|hopes|expects|welcomes|accepts|rejects|supports|opposes|represents)(?![\p{L}])/u;
/** A verb of saying, then a clause opened by "it" or "its" (not "it is" / "it was", which may be nobody's "it"). */
const IT_CLAUSE_RE = /^\s+(?:said|says|told\s+[\p{L}\s]{1,30}?|has\s+said|added|warned|announced|stated|confirmed)(?:\s+\S+){0,3}?\s+(?:that\s+)?(?:it(?!\s+(?:is|was|seems|seemed|would\s+be)\s)|its)\s/u;

/**
 * The body's name as printed (without "The"), when the phrase at start…end is such a name; else null. `readAsName`: the
 * phrase was read as a person's name ("Upland Growers said it …"), for which only a clause of "it" / "its" marks a body (a
 * person takes a singular verb too).
 */
export function bodyNamedByPeoplePlural(text: string, start: number, end: number, readAsName = false): string | null {
  const printed = text.slice(start, end).replace(/\s+/gu, ' ').replace(/^(?:The|the) /u, '');
  const words = printed.split(' ');
  if (words.length < 2) return null;
  const capital = (w: string) => /^\p{Lu}[\p{L}'\u2019-]*$/u.test(w);
  if (!capital(words[0]!) || !words.every((w, k) => capital(w) || (k > 0 && k < words.length - 1 && JOINERS.has(w)))) return null;
  const last = words.at(-1)!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(last) || !isUnnamedHead({ text: last.toLowerCase(), lower: last.toLowerCase() })) return null;
  if (words.some((w) => givenNameGender(w) !== null)) return null;
  // "… Union of Sheep and Goat Farmers": a body's word before "of".
  if (!readAsName && words.some((w, k) => words[k + 1] === 'of' && BODY_WORDS_BEFORE_OF.has(w.toLowerCase()))) return printed;
  if (readAsName && SURNAME_PLURALS.has(last.toLowerCase())) return null;
  // Wherever the name speaks: a singular verb after it, or a clause of "it" / "its".
  const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(printed).replace(/ /gu, '\\s+')}(?![\\p{L}'\u2019])`, 'gu');
  for (const m of text.matchAll(re)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 90);
    if ((!readAsName && SINGULAR_VERB_RE.test(after)) || IT_CLAUSE_RE.test(after)) return printed;
  }
  return null;
}
