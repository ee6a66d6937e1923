// A name the text describes as a body, or lets speak as "they", read as a body's (speaker-resolver.ts referredToAsBody
// owns the shape; these readings came from a probe of fresh English genres, a racing report, an agricultural show, an
// esports site, where owners, sponsors and teams are named like people: "Harlan Mills", "Morgan Ellis", "Vantage Gaming").
// - "Harlan Mills, the Malton feed merchants, …": a description set after the name whose head is a trade's plural
//   ("merchants", "auctioneers", "hauliers") or a word for a collective ("syndicate", "consortium", "partnership"): a
//   person is described in the singular ("the Malton feed merchant") and no person is a syndicate. The first word may be
//   a given name ("Harlan", "Morgan"): the description decides.
// - "Vantage Gaming said they would …", "X said that they had …": a name of two words or more, the first no given name,
//   speaking as "they" (a club or a firm; a person named so is "he" / "she").
// - (thirty-fourth session) "Wiener Bäder, the city's baths department, said", "Norvik Ferjer, the county's ferry
//   operator, said": the head is a word for a public or a trading body in the singular ("department", "agency",
//   "operator", "utility", "authority", "regulator", "watchdog", "exchange", "society", "club", "network"), and one
//   place's possessive ("the city's", "the province's") may open the description; no person is a department.
// Guards: the head word is the description's last before a comma, "who", "that" or "which" (so "Ann Lee, the mother of
// twins," and "Ann Lee, the merchants' lawyer," are not read: "of" and a possessive break the description); the plural
// is lower-case and ends in -ers/-ors/-ants/-ents/-ists, not "-ss"; the "they" reading wants the clause's subject right
// after the verb; referredToAsBody's person test ("he", "she", "Mr" by the name) still wins over both.
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { givenNameGender } from './given-names.ts';

const COLLECTIVES = 'syndicate|consortium|partnership|cooperative|co-operative|co-op|collective|company|firm|charity|society|association';
/**
 * A public or a trading body's word in the singular, the head of a description set beside a name: "Wiener Bäder, the
 * city's baths department, said" (here; read only before a comma, "that" or "which", never "who", "Dolores Vickery, a
 * forklift operator who has worked …" being a person, and only for a name whose first word is no given name), and
 * "According to Parkwise, the regional parking agency, …" (body-apposed-to-source.ts). Both thirty-fourth session, written
 * side by side; the second round made them one list, the union of both.
 */
export const SINGULAR_BODY_HEADS: ReadonlySet<string> = new Set(['department', 'agency', 'operator', 'utility', 'authority',
  'regulator', 'watchdog', 'exchange', 'club', 'network', 'federation', 'union', 'foundation', 'institute', 'broadcaster',
  'newspaper', 'body', 'company', 'firm', 'charity', 'office', 'ministry', 'service', 'council', 'board', 'commission',
  'association', 'organisation', 'organization', 'trust', 'bank', 'lender', 'insurer', 'consultancy', 'ngo', 'nonprofit',
  'cooperative', 'co-operative', 'provider', 'observatory', 'centre', 'center', 'bureau',
  // (A group of people as a body: "a volunteer group", "a residents' network", "a local history society"; second round.)
  'group', 'society', 'coalition', 'alliance', 'collective']);
const SINGULAR_BODIES = [...SINGULAR_BODY_HEADS].join('|');
/** A trade's plural as a description's head: "merchants", "auctioneers", "solicitors", "accountants", "agents". */
const TRADE_PLURAL = String.raw`\p{Ll}[\p{Ll}-]*(?:ers|ors|ants|ents|ists)`;

/** The name as a regular expression's start, no letter before it, any spaces between its words. */
const nameAt = (name: string) => String.raw`(?<![\p{L}])${escapeRegExp(name).replace(/ /gu, '\\s+')}`;

/** Whether the text describes the name as a body right after it, between commas (see above). */
export function bodyApposedByKind(text: string, name: string): boolean {
  const n = nameAt(name);
  // (The words before the head: place names and lower-case modifiers, no preposition, no possessive.)
  const words = String.raw`(?:(?!(?:of|for|at|in|on|with|by|from|to|and)\s)[\p{L}-]+\s+){0,3}`;
  // (One place's possessive may open the description, "the city's baths department"; nothing after it possessive, so
  // "the agency's head" keeps a post for its head and is not read.)
  const owner = String.raw`(?:[\p{L}-]+['\u2019]s\s+)?`;
  if (new RegExp(`${n},\\s+(?:the|a|an)\\s+${words}(?:${COLLECTIVES}|${TRADE_PLURAL})(?:,|\\s+(?:who|that|which)\\s)`, 'u').test(text)) return true;
  return givenNameGender(name.split(' ')[0]!) === null
    && new RegExp(`${n},\\s+(?:the|a|an)\\s+${owner}${words}(?:${SINGULAR_BODIES})(?:,|\\s+(?:that|which)\\s)`, 'u').test(text);
}

/** Whether a name of two words or more speaks as "they" right after its verb (see above; the caller checks the given name). */
export function bodySpeakingAsThey(text: string, name: string): boolean {
  if (!name.includes(' ')) return false;
  const n = nameAt(name);
  // ("Southgate Comets, who lost the match 51-38, said they would …": an aside between commas may stand before the verb,
  // thirty-fourth session; the aside's words no sentence's end.)
  return new RegExp(`${n}(?:,\\s+(?:who|which)\\s[^,.!?\\n]{1,80},)?\\s+(?:said|says|added|confirmed|announced|stated)(?:\\s+(?:on\\s+)?\\p{Lu}\\p{Ll}+day)?\\s+(?:that\\s+)?they\\s+(?:would|will|had|have|were|are|could|did|do)\\b`, 'u').test(text);
}

/**
 * "Harlan Mills, the Malton feed merchants, …" then "The feed merchants said": a plural description after "the" that
 * repeats the tail of a trade's plural set after a body's name (bodyApposedByKind's shape) is that body, not an unnamed
 * group. Guards: the phrase is "the" and one to three lower-case words ending in the same trade's plural as the
 * description, its words the description's last ones; the latest such body before the phrase.
 */
export function bodyByApposedDescription(text: string, start: number, end: number): string | null {
  const m = /^[Tt]he\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*(?:ers|ors|ants|ents|ists))$/u.exec(text.slice(start, end).trim());
  if (!m) return null;
  const tail = escapeRegExp(m[1]!).replace(/ /gu, '\\s+');
  const words = String.raw`(?:(?!(?:of|for|at|in|on|with|by|from|to|and)\s)[\p{L}-]+\s+){0,3}`;
  const re = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}&'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}&'\u2019-]*){1,4}),\\s+(?:the|a|an)\\s+${words}${tail}(?:,|\\s+(?:who|that|which)\\s)`, 'gu');
  let found: string | null = null;
  for (const hit of text.slice(0, start).matchAll(re)) found = hit[1]!;
  return found;
}

/**
 * "Harlan Mills, the Wichita flour miller that buys a fifth of our wheat, said in a court filing that it would pay …": a
 * name described between commas by "the"/"a" and a head with "that" or "which" after it (a thing's relative; a person's is
 * "who"), then speaking as "it", the subject right after the verb and any medium, is a body's (thirty-fourth session).
 * Guards: the caller checks the name's first word is no given name; "it" must open the clause with an auxiliary or a
 * modal; referredToAsBody's person test ("he", "she", "Mr" beside the name) still wins.
 */
export function bodyDescribedWithThatThenIt(text: string, name: string): boolean {
  if (!name.includes(' ')) return false;
  const n = nameAt(name);
  const medium = String.raw`(?:\s+in\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|filing|release|letter|notice|email|post))?`;
  return new RegExp(`${n},\\s+(?:the|a|an)\\s+[^,.;:!?\\n]{1,60}?\\s(?:that|which)\\s[^,.;:!?\\n]{1,100},\\s+(?:said|says)${medium}\\s+(?:that\\s+)?it\\s+(?:would|will|had|has|was|is|could|did|does)\\b`, 'u').test(text);
}

/**
 * "Southgate Comets, who lost the match 51-38, said they would …": a side's name, a "who" aside, then "they" right after
 * the verb. No person's aside then: speaker-resolver.ts's referredToAsBody lets only "he" / "she" / "Mr" by the name keep
 * it a person (thirty-fourth session; moved here in its second round from the regular expression written inside
 * referredToAsBody, beside bodySpeakingAsThey, which reads the same aside before "they" and an auxiliary). Guards: two
 * words or more, the last a plural as a side's is ("Comets", "Rovers"), so "Tessa Brandt, who lost the seat, said they …"
 * stays a person; the caller checks the first word is no given name.
 */
export function sideAsideThenThey(text: string, words: readonly string[]): boolean {
  if (words.length < 2 || !/^\p{Lu}\p{Ll}+[^s]s$/u.test(words.at(-1)!)) return false;
  const escaped = escapeRegExp(words.join(' '));
  return new RegExp(`(?<![\\p{L}])${escaped},\\s+who\\s[^,.!?\n]{1,80},\\s+(?:said|says|added|confirmed|announced)\\s+(?:that\\s+)?they\\s`, 'u').test(text);
}
