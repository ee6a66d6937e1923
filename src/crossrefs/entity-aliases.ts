// General knowledge as data: names that denote the same entity (acronyms,
// word-order variants), demonyms, capitals used for their governments, and
// title words that precede a person's name. Nothing here is keyed to one
// article; extend it as the corpus grows.

export type EntityKind = 'person' | 'place' | 'organisation' | 'media' | 'other';

interface Canonical {
  name: string;
  kind: EntityKind;
}

const ENTITY_NAMES: [string, EntityKind, string[]][] = [
  ['NATO', 'organisation', ['nato', 'north atlantic treaty organization', 'north atlantic treaty organisation']],
  ['NATO-Russia Council', 'organisation', ['nrc', 'rnc', 'nato-russia council', 'russia-nato council', 'nato russia council', 'russia nato council']],
  ['United Nations', 'organisation', ['un', 'u.n.', 'united nations']],
  ['UN Security Council', 'organisation', ['un security council', 'security council', 'united nations security council']],
  ['European Union', 'organisation', ['eu', 'european union']],
  ['CSTO', 'organisation', ['csto', 'collective security treaty organization', 'collective security treaty organisation']],
  ['OSCE', 'organisation', ['osce', 'organisation for security and cooperation in europe', 'organization for security and co-operation in europe', 'organization for security and cooperation in europe']],
  ['Partnership for Peace', 'organisation', ['partnership for peace', 'pfp']],
  ['CFE Treaty', 'other', ['cfe', 'cfe treaty', 'conventional forces in europe', 'treaty on conventional armed forces in europe']],
  ['ABM Treaty', 'other', ['abm', 'abm treaty', 'anti-ballistic missile', 'anti-ballistic missile treaty']],
  ['European Security Treaty', 'other', ['european security treaty']],
  ['Rome Declaration', 'other', ['rome declaration']],
  ['Cold War', 'other', ['cold war']],
  ['United States', 'place', ['us', 'u.s.', 'usa', 'united states', 'united states of america', 'america']],
  ['United Kingdom', 'place', ['uk', 'united kingdom', 'britain', 'great britain']],
  ['Russia', 'place', ['russia', 'russian federation']],
  ['Reuters', 'media', ['reuters', 'thomson reuters']],
  ['RIA Novosti', 'media', ['ria novosti', 'ria']],
  ['Interfax', 'media', ['interfax']],
  ['RT', 'media', ['rt', 'russia today']],
];

const DEMONYMS: Record<string, string> = {
  russian: 'Russia', georgian: 'Georgia', serbian: 'Serbia', ukrainian: 'Ukraine', canadian: 'Canada',
  american: 'United States', german: 'Germany', french: 'France', british: 'United Kingdom', italian: 'Italy',
  greek: 'Greece', belgian: 'Belgium', polish: 'Poland', czech: 'Czech Republic', afghan: 'Afghanistan',
  albanian: 'Albania', croatian: 'Croatia', chinese: 'China', iranian: 'Iran', turkish: 'Turkey',
  estonian: 'Estonia', latvian: 'Latvia', lithuanian: 'Lithuania', kosovar: 'Kosovo', abkhaz: 'Abkhazia',
  ossetian: 'South Ossetia', belarusian: 'Belarus', moldovan: 'Moldova', armenian: 'Armenia', azerbaijani: 'Azerbaijan',
  spanish: 'Spain', portuguese: 'Portugal', dutch: 'Netherlands', norwegian: 'Norway', swedish: 'Sweden', finnish: 'Finland',
  european: 'Europe', japanese: 'Japan', israeli: 'Israel', palestinian: 'Palestine', syrian: 'Syria', iraqi: 'Iraq',
  pakistani: 'Pakistan', indian: 'India', korean: 'Korea',
};

/** Capitals standing for their governments ("Moscow blamed…"): folded for topic threads only. */
const CAPITAL_OF: Record<string, string> = {
  moscow: 'Russia', tbilisi: 'Georgia', kabul: 'Afghanistan', washington: 'United States', kiev: 'Ukraine',
  kyiv: 'Ukraine', belgrade: 'Serbia', ottawa: 'Canada', berlin: 'Germany', paris: 'France', london: 'United Kingdom',
  beijing: 'China', tehran: 'Iran', ankara: 'Turkey', warsaw: 'Poland', pristina: 'Kosovo', minsk: 'Belarus',
};

/** Title and role words: they introduce a person but are not part of the name. */
export const ROLE_WORDS = new Set([
  'president', 'minister', 'foreign', 'prime', 'secretary', 'general', 'deputy', 'chancellor', 'ambassador', 'envoy',
  'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'head', 'mr', 'mrs', 'ms', 'dr', 'sir', 'king', 'queen', 'premier',
  'representative', 'permanent', 'defence', 'defense', 'interior', 'senator', 'governor', 'mayor', 'commander', 'admiral',
  'colonel', 'lieutenant', 'director', 'chairman', 'vice', 'former', 'acting', 'first', 'senior', 'journalist',
]);

const BY_ALIAS = new Map<string, Canonical>();
for (const [name, kind, aliases] of ENTITY_NAMES) {
  for (const alias of aliases) BY_ALIAS.set(alias, { name, kind });
}

function aliasKey(surface: string): string {
  return surface.toLowerCase().replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim();
}

/** The canonical entity for a surface form, when the alias table knows it. */
export function canonicalEntity(surface: string): Canonical | undefined {
  const key = aliasKey(surface);
  return BY_ALIAS.get(key) ?? BY_ALIAS.get(key.replace(/-/g, ' '));
}

/** The country a demonym names ("Serbian" → Serbia). */
export function demonymCountry(word: string): string | undefined {
  return DEMONYMS[word.toLowerCase()];
}

/** The country a capital city stands for, when used as a metonym. */
export function capitalCountry(name: string): string | undefined {
  return CAPITAL_OF[name.toLowerCase()];
}

/** Cities and towns: where things happen (datelines, venues), not what a story is about. */
const CITIES = new Set([
  ...Object.keys(CAPITAL_OF),
  'brussels', 'new york', 'geneva', 'vienna', 'lisbon', 'corfu', 'st petersburg', 'sochi', 'kaliningrad', 'rome', 'strasbourg',
  'munich', 'prague', 'bucharest', 'istanbul', 'riga', 'tallinn', 'vilnius', 'helsinki', 'oslo', 'stockholm', 'madrid', 'the hague',
]);

const PLACES = new Set([
  ...Object.values(DEMONYMS).map((p) => p.toLowerCase()),
  ...CITIES,
  'crimea', 'balkans', 'caucasus', 'central asia', 'middle east', 'central europe', 'eastern europe', 'western europe', 'baltic',
]);

/** Whether a name is a city the table knows (a venue, never a topic on its own). */
export function isKnownCity(name: string): boolean {
  return CITIES.has(name.toLowerCase());
}

/** Words that open a place name rather than a person's ("South Ossetia", "New York"). */
export const PLACE_PREFIXES = new Set(['south', 'north', 'east', 'west', 'new', 'central', 'eastern', 'western', 'northern', 'southern', 'upper', 'lower', 'saint', 'st', 'san', 'santa', 'los', 'las', 'el', 'great', 'greater', 'euro']);

/** Whether a name is a place the table knows. */
export function isKnownPlace(name: string): boolean {
  return PLACES.has(name.toLowerCase());
}
