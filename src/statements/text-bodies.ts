// Names the text itself shows to be bodies, though they read like a person's ("Andes Cobre said", "Marchetti Lowe
// raised its forecast"): a business's name is often two capitalised words with no body word in it. What marks it is
// how the text uses it elsewhere, so the marks are read once over the whole text:
//   - someone works at it: "head of metals research at Goldfarb Ashton", "an analyst at Marchetti Lowe, who …";
//   - a post and a person's name follow it: "Andes Cobre Chief Financial Officer Karim Al-Masri";
//   - "which" follows it: "Nordvale Power, which supplies the site";
//   - it is one of a kind of business: "Nordwest Logistik, one of the largest employers in the area,";
//   - it has shares: "Shares of Halvorsen Kemi fell", "Halvorsen Kemi shares fell";
//   - it has a chief executive or a board: "Inverclyde Marine's chief executive, Dr Name" (posts a person does not have);
//   - two names joined by an ampersand: "shipbroker Carrington & Vale" (a partnership's name; no person is printed so);
//   - it has a spokesperson: "A Manx Care spokeswoman said" (a person's name is not printed as a spokesman's maker);
//   - a place it is based in is hyphened before it: "Cyprus-based Northline Ship Management";
//   - the text calls it later by one of its own words after "the": "Ports Authority Tonga … the authority",
//     "the Coastal Zone Management Unit … the unit said" (not its first word, and no word for a person: "the baker").
//   - it "said it" and the next sentence's speaker is "it": "Bus Vannin said it had …. …, it said." (name-called-it.ts);
//   - it is a side in a match report's result line: "Halesworth Town 1–2 Thornbury Vale" (result-line-teams.ts);
//   - it opens a business's full name the text prints with a legal form: "Kestrel Ridge Gold Corp" (body-name-cut-short.ts).
//   - a lower-case word for a body's kind stands right before it: "the state-controlled mining company Polska Grupa
//     Węglowa announced" (not a kind that is also a person's trade, "forklift operator Renee Castillo", nor a given
//     name after it);
//   - the same kind word opens a description the name is set after between commas: "the company behind the plant,
//     Andes Litio Altiplano,";
//   - it has staff or jobs "at" it, whatever follows: "About 60 staff at Tarakohe Marine will be laid off";
//   - it speaks "in its" own statement or "on its" website: "Hollow Creek Spirits said in its own statement" (a person's
//     would be "his" or "her").
import { bodiesCutShort } from './body-name-cut-short.ts';
import { givenNameGender } from './given-names.ts';
import { namesCalledIt } from './name-called-it.ts';
import { teamsInResultLines } from './result-line-teams.ts';
import { namesAfterLegalForm } from './russian-legal-form-names.ts';
import { BODY_KINDS, nameAsBody, type SpeakerPhrase } from './speaker-phrase.ts';
import { isPersonNoun, NOT_NAMES, ORGANISATION_HEADS, QUOTE_CUES, ROLE_MODIFIERS, ROLE_NOUNS } from './vocabulary.ts';

const NAME = "\\p{Lu}[\\p{L}'\u2019-]*";
/** Two to four capitalised words (a business's name), not ending in a possessive. */
const NAMES = `(${NAME}(?:\\s+${NAME}){1,3})(?!['\u2019]s\\b)`;

/** A person noun or a role's head word before "at": "analyst at", "research at", "economist at", "officer at". */
const AT_RE = new RegExp(`\\b(\\p{Ll}[\\p{Ll}-]+)\\s+at\\s+${NAMES}(?=\\s*[,.;]|\\s+(?:who|said|says|told|and)\\b)`, 'gu');
const WHICH_RE = new RegExp(`${NAMES},\\s+which\\b`, 'gu');
const SHARES_RE = new RegExp(`\\b[Ss]hares\\s+(?:of|in)\\s+${NAMES}`, 'gu');
/** "Cerro Blanco shares fell 4%", "a target price for Cerro Blanco shares": its shares after the name (not "Name shares her …"). */
const NAME_SHARES_RE = new RegExp(`${NAMES}\\s+shares\\s+(?:fell|rose|dropped|slid|slipped|jumped|gained|lost|closed|ended|traded|plunged|tumbled|surged|climbed|soared|sank|were|have|had|are|by)\\b|\\b(?:for|of|in)\\s+${NAMES}\\s+shares\\b`, 'gu');
/** Partners' names joined by "&" ("Carrington & Vale", "Dunmore & Pike"). */
const AMPERSAND_RE = new RegExp(`(${NAME})\\s+&\\s+(${NAME})`, 'gu');
/** A business's own posts after its possessive name ("Inverclyde Marine's chief executive", "Nordvale Power's board"). */
const OWN_POST_RE = new RegExp(`(${NAME}(?:\\s+${NAME}){1,3})['\u2019]s\\s+(?:chief\\s+executive|managing\\s+director|chief\\s+(?:financial|operating)\\s+officer|CEO|board|shareholders)\\b`, 'gu');
/** A post of one to four words ("Chief Financial Officer", "chief executive", "CEO") between a body and a person. */
const POST_RE = new RegExp(`${NAMES}\\s+((?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+)\\s+${NAME}\\s+${NAME}`, 'gu');
/** "A Manx Care spokeswoman", "the Harbour Trust spokesperson": a body's spokesperson after its name. */
const SPOKESPERSON_RE = new RegExp(`\\b(?:[Aa]n?|[Tt]he)\\s+${NAMES}\\s+(?:spokesman|spokeswoman|spokesperson)\\b`, 'gu');
/** "Cyprus-based Northline Ship Management": where it is based, hyphened before the name. */
const BASED_RE = new RegExp(`\\b\\p{Lu}[\\p{L}]*-based\\s+${NAMES}`, 'gu');
/** "mining company Polska Grupa Węglowa", "the group Harbour Lights Trust": a lower-case kind word, then the name. */
const KIND_BEFORE_RE = new RegExp(`(?<![\\p{L}-])(\\p{Ll}[\\p{Ll}-]+)\\s+${NAMES}`, 'gu');
/** "About 60 staff at Tarakohe Marine will be laid off": a name that has staff or jobs "at" it, whatever follows. */
const STAFF_AT_NAME_RE = new RegExp(`\\b(?:workers|employees|staff|staffers|jobs)\\s+at\\s+${NAMES}`, 'gu');
/** "the company behind the plant, Andes Litio Altiplano,": the kind described, then the name set between commas. */
const KIND_THEN_NAME_APPOSED_RE = new RegExp(`\\b[Tt]he\\s+(\\p{Ll}[\\p{Ll}-]+)\\s+(?:[\\p{Ll}-]+\\s+){1,4}?(?:[\\p{Ll}-]+),\\s+${NAMES},`, 'gu');
/** "Hollow Creek Spirits said in its own statement", "… said on its website": the name speaks through what is "its". */
const SAID_IN_ITS_RE = new RegExp(`${NAMES}\\s+(?:said|says|announced|stated|added|wrote)\\s+(?:in|on|through|via)\\s+its\\b`, 'gu');
/** Two to four capitalised words anywhere, for the names the text calls later by one of their words. */
const ANY_NAMES_RE = new RegExp(NAMES, 'gu');
/** "the unit said": a lower-case word after "the", and the word after it. */
const THE_WORD_SPEAKS_RE = /\b[Tt]he\s+(\p{Ll}[\p{Ll}-]{2,})\s+(\p{Ll}+)\b/gu;
/** A lower-case word after "the": "the authority", "the unit". */
const THE_WORD_RE = /\b[Tt]he\s+(\p{Ll}[\p{Ll}-]{2,})\b/gu;

/** Plurals for businesses and institutions, never for people ("one of the biggest carriers", "one of three utilities"). */
// (Not "employers" alone, which may be people, unless the word before them says size: "one of the largest employers".)
const ONE_OF_KINDS = ['companies', 'firms', 'businesses', 'carriers', 'utilities', 'hauliers', 'retailers', 'lenders', 'banks',
  'insurers', 'chains', 'groups', 'manufacturers', 'exporters', 'importers', 'suppliers', 'charities', 'unions', 'theatres',
  'theaters', 'venues', 'clubs', 'schools', 'hospitals', 'universities', 'brands', '(?:largest|biggest|main|major)\\s+employers'].join('|');

/** "Nordwest Logistik, one of the largest employers in the area, said": described as one of a kind of business. */
const ONE_OF_RE = new RegExp(`${NAMES},\\s+one\\s+of\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}(?:${ONE_OF_KINDS})\\b`, 'gu');

/** Words a post is made of beyond the role lists ("Chief Financial Officer", "Managing Director"). */
const POST_WORDS = new Set(['financial', 'operating', 'technology', 'executive', 'managing', 'commercial', 'marketing',
  'officer', 'ceo', 'cfo', 'coo', 'cto', 'md']);

/** Words whose "at" names a workplace besides the nouns for people: the fields people work in ("research at"). */
const AT_FIELDS = new Set(['research', 'strategy', 'desk', 'team', 'analysis', 'investment', 'investments', 'trading', 'markets']);

const isPostWord = (w: string) => ROLE_NOUNS.has(w) || ROLE_MODIFIERS.has(w) || POST_WORDS.has(w);

/** The lower-cased names the text marks as bodies. */
export function bodiesNamedInText(text: string): Set<string> {
  const out = new Set<string>();
  const add = (name: string) => {
    // (A name whose words are themselves posts, "Chief Executive", is none.)
    if (name.split(/\s+/u).some((w) => isPostWord(w.toLowerCase()))) return;
    out.add(name.toLowerCase());
  };
  for (const m of text.matchAll(AT_RE)) if (isPersonNoun(m[1]!) || AT_FIELDS.has(m[1]!)) add(m[2]!);
  for (const m of text.matchAll(WHICH_RE)) add(m[1]!);
  for (const m of text.matchAll(SHARES_RE)) add(m[1]!);
  for (const m of text.matchAll(NAME_SHARES_RE)) add((m[1] ?? m[2])!);
  for (const m of text.matchAll(ONE_OF_RE)) add(m[1]!);
  for (const m of text.matchAll(OWN_POST_RE)) add(m[1]!);
  for (const m of text.matchAll(AMPERSAND_RE)) add(`${m[1]} ${m[2]}`);
  for (const m of text.matchAll(SPOKESPERSON_RE)) if (givenNameGender(m[1]!) === null) add(m[1]!);
  for (const m of text.matchAll(BASED_RE)) add(m[1]!);
  // (Guard: not a kind that is also a person's trade, "forklift operator Renee Castillo", "miner Dai Evans".)
  for (const m of text.matchAll(KIND_BEFORE_RE)) if (BODY_KINDS.has(m[1]!) && !isPersonNoun(m[1]!) && givenNameGender(m[2]!.split(/\s+/u)[0]!) === null) add(m[2]!);
  for (const m of text.matchAll(KIND_THEN_NAME_APPOSED_RE)) if (BODY_KINDS.has(m[1]!) && !isPersonNoun(m[1]!) && givenNameGender(m[2]!.split(/\s+/u)[0]!) === null) add(m[2]!);
  for (const m of text.matchAll(STAFF_AT_NAME_RE)) if (givenNameGender(m[1]!.split(/\s+/u)[0]!) === null) add(m[1]!);
  for (const m of text.matchAll(SAID_IN_ITS_RE)) if (givenNameGender(m[1]!.split(/\s+/u)[0]!) === null) add(m[1]!.replace(/^The\s+/u, ''));
  for (const name of namesCalledByTheirWord(text)) add(name);
  // ("Bus Vannin said it had …" then "…, it said.": the text calls it "it", name-called-it.ts.)
  for (const name of namesCalledIt(text)) add(name);
  // (The two sides of a match report's result line, "Halesworth Town 1–2 Thornbury Vale": result-line-teams.ts.)
  for (const name of teamsInResultLines(text)) add(name);
  // (A business named in full with its legal form, then cut to its first words, "Kestrel Ridge": body-name-cut-short.ts.)
  for (const name of bodiesCutShort(text).keys()) add(name);
  // («в ОАХК «Барки Точик»» then «Барки Точик сообщила»: a Russian «name» after a legal form, russian-legal-form-names.ts.)
  for (const name of namesAfterLegalForm(text)) add(name);
  for (const m of text.matchAll(POST_RE)) {
    // (The name's capture may have taken the post's first words: "Andes Cobre Chief Financial | Officer".)
    const name = m[1]!.split(/\s+/u);
    const post = m[2]!.toLowerCase().split(/\s+/u);
    while (name.length > 2 && isPostWord(name.at(-1)!.toLowerCase())) post.unshift(name.pop()!.toLowerCase());
    if (post.every(isPostWord) && post.some((w) => ROLE_NOUNS.has(w) || POST_WORDS.has(w))) add(name.join(' '));
  }
  return out;
}

/** Roles a business can hold for another's asset ("the ship's manager", "the fund's operator"). */
const BUSINESS_ROLES = new Set(['manager', 'operator', 'owner', 'agent', 'contractor', 'insurer', 'charterer', 'lessor', 'broker']);

/** Names the text calls later by one of their own words after "the": "Ports Authority Tonga" and "the authority". */
function namesCalledByTheirWord(text: string): string[] {
  const called = new Set<string>();
  // (A body's kind may end like a person's noun, "the chamber", "the operator".)
  for (const m of text.matchAll(THE_WORD_RE)) if ((!isPersonNoun(m[1]!) || BODY_KINDS.has(m[1]!)) && !ROLE_NOUNS.has(m[1]!)) called.add(m[1]!);
  if (called.size === 0) return [];
  const out: string[] = [];
  for (const m of text.matchAll(ANY_NAMES_RE)) {
    const words = m[1]!.split(/\s+/u);
    // (A sentence's first word, "The" or "In", is none of the name.)
    while (words.length > 2 && (NOT_NAMES.has(words[0]!.toLowerCase()) || /^(?:The|A|An|In|On|At|By|For|From)$/u.test(words[0]!))) words.shift();
    if (givenNameGender(words[0]!) !== null) continue;
    if (words.slice(1).some((w) => called.has(w.toLowerCase()))) out.push(words.join(' '));
  }
  return out;
}

/**
 * Body words the text teaches: the last word of a name it marks as a body's, when the text calls the body by that word
 * after "the" as the subject of a verb of speech ("the Coastal Zone Management Unit … the unit said"); none a word for a
 * person, nor a word the text uses otherwise only ("Brockton Fire Chief Name … the fire spread").
 */
export function bodyWordsTaughtByText(text: string, bodies: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (bodies.size === 0) return out;
  const called = new Set([...text.matchAll(THE_WORD_SPEAKS_RE)].filter((m) => QUOTE_CUES.has(m[2]!)).map((m) => m[1]!));
  for (const name of bodies) {
    const last = name.split(/\s+/u).at(-1)!;
    if (name.includes(' ') && called.has(last) && !ORGANISATION_HEADS.has(last) && !isPersonNoun(last) && !ROLE_NOUNS.has(last)) out.add(last);
  }
  return out;
}

/** A person's name phrase whose words the text marks as a body's is that body. */
export function asNamedBody(phrase: SpeakerPhrase, bodies: ReadonlySet<string>): SpeakerPhrase {
  if (phrase.kind !== 'name' || phrase.name.length < 2 || !bodies.has(phrase.name.join(' ').toLowerCase())) return phrase;
  // (A role before the name is the body's own kind when set off from it: "the ship's manager, Cyprus-based Name,".)
  if (phrase.roles.length > 0 && !phrase.roles.every((r) => BUSINESS_ROLES.has(r))) return phrase;
  return nameAsBody(phrase);
}
