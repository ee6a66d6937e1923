// ""…," the 41-year-old said" after "Blessing Adeyemi, 41, works nights …", ""…," the mother of three said" after "A
// councillor, Mrs Name, said …": a second reference by the age the text printed with a name, or by the children a parent
// has, is that person — not "the person quoted in the paragraph before" (the phrase read as nothing, its quote went to
// whoever spoke last) nor an unnamed source (a "mother" read as a relation of someone). (Thirty-first session, second
// round: a probe of second references on fresh text.)
// Guards: the phrase is "the <N>-year-old" (with at most one lower-case noun after it) or "the mother / father of <a
// number>", whole; an age is matched only against a name printed with it before ("Name, 41," / "Name, aged 41" / "41-year-old
// Name"), one person alone; a parent, a name described so before ("Name, a mother of three,") or else the latest person
// quoted whose gender the text does not give as the other one (the caller's genderOf).

import { escapeRegExp } from '../text/escape-reg-exp.ts';

/** The age in "the 41-year-old" / "the 64-year-old grazier", else null. */
export function ageOfDescription(printed: string): number | null {
  const m = /^[Tt]he\s+(\d{1,3})-year-old(?:\s+\p{Ll}[\p{Ll}-]*)?$/u.exec(printed.trim());
  return m ? Number(m[1]) : null;
}

const NUMBER_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2}';

/** "the mother of three" → 'f', "the father of two" → 'm', else null. */
export function parentOfChildren(printed: string): 'm' | 'f' | null {
  const m = new RegExp(`^[Tt]he\\s+(mother|mum|mom|grandmother|father|dad|grandfather)\\s+of\\s+(?:${NUMBER_WORDS})$`, 'u').exec(printed.trim());
  if (!m) return null;
  return /^(?:mother|mum|mom|grandmother)$/u.test(m[1]!) ? 'f' : 'm';
}

const NAME = "(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+(?:\\p{Lu}[\\p{L}'\u2019-]+|de|da|van|von|bin|al))*?\\s+\\p{Lu}[\\p{L}'\u2019-]+)";
const COURTESY = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s+/u;

/** Full names (two words or more) the text printed with this age before `at`: one name alone, else null. */
export function namePrintedWithAge(text: string, age: number, at: number): string | null {
  const before = text.slice(0, at);
  const found = new Set<string>();
  for (const m of before.matchAll(new RegExp(`${NAME},\\s+(?:aged\\s+)?${age}(?=\\s*[,)])`, 'gu'))) found.add(m[1]!.replace(COURTESY, ''));
  for (const m of before.matchAll(new RegExp(`(?<![\\p{L}\\d])${age}-year-old\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}${NAME}`, 'gu'))) found.add(m[1]!.replace(COURTESY, ''));
  const names = [...found].filter((n) => n.split(/\s+/u).length >= 2);
  return names.length === 1 ? names[0]! : null;
}

/**
 * ""…," the 34-year-old said. Name Name, who took five wickets, …": a person quoted first by age and named in the very next
 * sentence, which opens with the full name and a "who" clause or the age; the name (fortieth session, a fifth probe of
 * English speaker resolution: d2270, d2273, d2274). Guards: only the rest of the phrase's own sentence ("said.", "says.")
 * between them; the next sentence opens with the name; a "who" or ", <the same age>," right after it; else null.
 */
export function nameIntroducedAfterAge(text: string, age: number, end: number): string | null {
  const m = new RegExp(`^\\s+(?:said|says|added|adds|explained|explains|recalled|recalls)\\.\\s+${NAME},\\s+(?:who\\s|(?:aged\\s+)?${age},)`, 'u').exec(text.slice(end, end + 200));
  return m ? m[1]!.replace(COURTESY, '') : null;
}

/** A full name the text described before `at` as "…, a mother / father of <number>,": one alone, else null. */
export function namePrintedAsParent(text: string, gender: 'm' | 'f', at: number): string | null {
  const word = gender === 'f' ? 'mother|mum|mom' : 'father|dad';
  const found = new Set<string>();
  for (const m of text.slice(0, at).matchAll(new RegExp(`${NAME},\\s+(?:\\d{1,3},\\s+)?an?\\s+(?:${word})\\s+of\\s+(?:${NUMBER_WORDS})\\b`, 'gu'))) {
    found.add(m[1]!.replace(COURTESY, ''));
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * Words for people by a private trade or standing, never a post: "the official" is none of them (the caller's compatible).
 * Guard: only these; "official" stays compatible with any post or with no title at all.
 */
export const PRIVATE_TRADES: ReadonlySet<string> = new Set(['fisherman', 'fisher', 'farmer', 'grazier', 'rancher', 'resident',
  'villager', 'pensioner', 'student', 'shopkeeper', 'trader', 'vendor', 'driver', 'labourer', 'laborer', 'parent', 'neighbour',
  'neighbor', 'volunteer', 'grower', 'herder', 'tenant', 'commuter', 'passenger', 'shopper', 'homeowner']);

/**
 * "Her son, Tobi, 10, travelled …" then ""…," Tobi said": a lone name the text printed elsewhere with an age after it, or
 * in apposition to a relation's word, is a person's first name, not a body's (the rule for a lone unknown word).
 * Guards: the name right before ", <age>," (an age a person has), or right after "<son / daughter / …>, " and before a comma.
 */
export function loneNamePrintedAsPerson(text: string, word: string): boolean {
  const w = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const aged = new RegExp(`(?<![\\p{L}])${w},\\s*(\\d{1,3})\\s*,`, 'u').exec(text);
  if (aged && Number(aged[1]) <= 110) return true;
  // ("his son Gareth, who …", "His brother Emil, the team's …": the relation's word with no comma after it too; thirty-second
  // session.)
  return new RegExp(`(?<![\\p{L}])(?:son|daughter|grandson|granddaughter|brother|sister|wife|husband|partner|nephew|niece)(?:,\\s+|\\s+)${w},`, 'u').test(text);
}

/**
 * "His brother, Matej, who drives the minibus, is less sure. "…," he says.": a given name the lists do not know, printed
 * between commas right after a possessive and a word for kin, is a person's (fortieth session, d2274). Guard: "His / Her /
 * Their" and the kin word right before ", Name,"; no age needed.
 */
export function loneNameAfterKin(text: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}])(?:His|Her|Their|his|her|their)\\s+(?:${[...KIN_WORDS].join('|')})\\s*,\\s+${escapeRegExp(word)},`, 'u').test(text);
}

/** Words for kin before a lone given name in apposition ("His brother, Matej,", "Her daughter, Ana,"). */
export const KIN_WORDS: ReadonlySet<string> = new Set(['brother', 'sister', 'son', 'daughter', 'husband', 'wife', 'father', 'mother',
  'cousin', 'nephew', 'niece', 'grandson', 'granddaughter', 'uncle', 'aunt', 'twin', 'partner']);
