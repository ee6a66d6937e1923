// Names the text itself shows to be bodies, though they read like a person's ("Andes Cobre said", "Marchetti Lowe
// raised its forecast"): a business's name is often two capitalised words with no body word in it. What marks it is
// how the text uses it elsewhere, so the marks are read once over the whole text:
//   - someone works at it: "head of metals research at Goldfarb Ashton", "an analyst at Marchetti Lowe, who …";
//   - a post and a person's name follow it: "Andes Cobre Chief Financial Officer Karim Al-Masri";
//   - "which" follows it: "Nordvale Power, which supplies the site";
//   - it is one of a kind of business: "Nordwest Logistik, one of the largest employers in the area,";
//   - it has shares: "Shares of Halvorsen Kemi fell";
//   - it has a chief executive or a board: "Inverclyde Marine's chief executive, Dr Name" (posts a person does not have);
//   - two names joined by an ampersand: "shipbroker Carrington & Vale" (a partnership's name; no person is printed so).
import { nameAsBody, type SpeakerPhrase } from './speaker-phrase.ts';
import { isPersonNoun, ROLE_MODIFIERS, ROLE_NOUNS } from './vocabulary.ts';

const NAME = "\\p{Lu}[\\p{L}'\u2019-]*";
/** Two to four capitalised words (a business's name), not ending in a possessive. */
const NAMES = `(${NAME}(?:\\s+${NAME}){1,3})(?!['\u2019]s\\b)`;

/** A person noun or a role's head word before "at": "analyst at", "research at", "economist at", "officer at". */
const AT_RE = new RegExp(`\\b(\\p{Ll}[\\p{Ll}-]+)\\s+at\\s+${NAMES}(?=\\s*[,.;]|\\s+(?:who|said|says|told|and)\\b)`, 'gu');
const WHICH_RE = new RegExp(`${NAMES},\\s+which\\b`, 'gu');
const SHARES_RE = new RegExp(`\\b[Ss]hares\\s+(?:of|in)\\s+${NAMES}`, 'gu');
/** Partners' names joined by "&" ("Carrington & Vale", "Dunmore & Pike"). */
const AMPERSAND_RE = new RegExp(`(${NAME})\\s+&\\s+(${NAME})`, 'gu');
/** A business's own posts after its possessive name ("Inverclyde Marine's chief executive", "Nordvale Power's board"). */
const OWN_POST_RE = new RegExp(`(${NAME}(?:\\s+${NAME}){1,3})['\u2019]s\\s+(?:chief\\s+executive|managing\\s+director|chief\\s+(?:financial|operating)\\s+officer|CEO|board|shareholders)\\b`, 'gu');
/** A post of one to four words ("Chief Financial Officer", "chief executive", "CEO") between a body and a person. */
const POST_RE = new RegExp(`${NAMES}\\s+((?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+)\\s+${NAME}\\s+${NAME}`, 'gu');

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
  for (const m of text.matchAll(ONE_OF_RE)) add(m[1]!);
  for (const m of text.matchAll(OWN_POST_RE)) add(m[1]!);
  for (const m of text.matchAll(AMPERSAND_RE)) add(`${m[1]} ${m[2]}`);
  for (const m of text.matchAll(POST_RE)) {
    // (The name's capture may have taken the post's first words: "Andes Cobre Chief Financial | Officer".)
    const name = m[1]!.split(/\s+/u);
    const post = m[2]!.toLowerCase().split(/\s+/u);
    while (name.length > 2 && isPostWord(name.at(-1)!.toLowerCase())) post.unshift(name.pop()!.toLowerCase());
    if (post.every(isPostWord) && post.some((w) => ROLE_NOUNS.has(w) || POST_WORDS.has(w))) add(name.join(' '));
  }
  return out;
}

/** A person's name phrase whose words the text marks as a body's is that body. */
export function asNamedBody(phrase: SpeakerPhrase, bodies: ReadonlySet<string>): SpeakerPhrase {
  if (phrase.kind !== 'name' || phrase.roles.length > 0 || phrase.name.length < 2 || !bodies.has(phrase.name.join(' ').toLowerCase())) return phrase;
  return nameAsBody(phrase);
}
