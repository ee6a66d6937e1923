// A name the text describes as a body, or lets speak as "they", read as a body's (speaker-resolver.ts referredToAsBody
// owns the shape; these readings came from a probe of fresh English genres, a racing report, an agricultural show, an
// esports site, where owners, sponsors and teams are named like people: "Harlan Mills", "Morgan Ellis", "Vantage Gaming").
// - "Harlan Mills, the Malton feed merchants, …": a description set after the name whose head is a trade's plural
//   ("merchants", "auctioneers", "hauliers") or a word for a collective ("syndicate", "consortium", "partnership"): a
//   person is described in the singular ("the Malton feed merchant") and no person is a syndicate. The first word may be
//   a given name ("Harlan", "Morgan"): the description decides.
// - "Vantage Gaming said they would …", "X said that they had …": a name of two words or more, the first no given name,
//   speaking as "they" (a club or a firm; a person named so is "he" / "she").
// Guards: the head word is the description's last before a comma, "who", "that" or "which" (so "Ann Lee, the mother of
// twins," and "Ann Lee, the merchants' lawyer," are not read: "of" and a possessive break the description); the plural
// is lower-case and ends in -ers/-ors/-ants/-ents/-ists, not "-ss"; the "they" reading wants the clause's subject right
// after the verb; referredToAsBody's person test ("he", "she", "Mr" by the name) still wins over both.
import { escapeRegExp } from '../text/escape-reg-exp.ts';

const COLLECTIVES = 'syndicate|consortium|partnership|cooperative|co-operative|co-op|collective|company|firm|charity|society|association';
/** A trade's plural as a description's head: "merchants", "auctioneers", "solicitors", "accountants", "agents". */
const TRADE_PLURAL = String.raw`\p{Ll}[\p{Ll}-]*(?:ers|ors|ants|ents|ists)`;

/** Whether the text describes the name as a body right after it, between commas (see above). */
export function bodyApposedByKind(text: string, name: string): boolean {
  const n = String.raw`(?<![\p{L}])${escapeRegExp(name).replace(/ /gu, '\\s+')}`;
  // (The words before the head: place names and lower-case modifiers, no preposition, no possessive.)
  const words = String.raw`(?:(?!(?:of|for|at|in|on|with|by|from|to|and)\s)[\p{L}-]+\s+){0,3}`;
  return new RegExp(`${n},\\s+(?:the|a|an)\\s+${words}(?:${COLLECTIVES}|${TRADE_PLURAL})(?:,|\\s+(?:who|that|which)\\s)`, 'u').test(text);
}

/** Whether a name of two words or more speaks as "they" right after its verb (see above; the caller checks the given name). */
export function bodySpeakingAsThey(text: string, name: string): boolean {
  if (!name.includes(' ')) return false;
  const n = String.raw`(?<![\p{L}])${escapeRegExp(name).replace(/ /gu, '\\s+')}`;
  return new RegExp(`${n}\\s+(?:said|says|added|confirmed|announced|stated)(?:\\s+(?:on\\s+)?\\p{Lu}\\p{Ll}+day)?\\s+(?:that\\s+)?they\\s+(?:would|will|had|have|were|are|could|did|do)\\b`, 'u').test(text);
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
