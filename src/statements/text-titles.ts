// Titles a text teaches by using them: a capitalised word printed before a person's name ("Sarpanch Ramesh
// Yadav said", "Reeve Lorne Hrycyna") that the same text also uses as a lower-case noun after "the" ("the
// sarpanch said", "the reeve thanked residents"). Local and foreign posts (a village head, a rural reeve, a
// Bhutanese gup, a Spanish alcalde) are endless; no list holds them all, but an article that gives one before a
// name nearly always explains or reuses it as a common noun. While a text is read, such words count as role nouns
// (see vocabulary.ts ROLE_NOUNS): the name is then the person's without the title, and "the sarpanch said" is the
// person who holds it.
import { fieldAfterPost, fieldBeforePost } from './post-field-not-title.ts';
import { DEFINITE, HONORIFICS, isNationality, NAME_PARTICLES, NOT_NAMES, ORGANISATION_HEADS, ORGANISATION_NAMES, PREPOSITIONS, QUOTE_CUES, ROLE_MODIFIERS, ROLE_NOUNS } from './vocabulary.ts';

/**
 * A capitalised word, then two or three capitalised words of a name (the first and the last captured), the last
 * followed by no capitalised word (so "Lake Tana Basin Authority" is no title and a name). The word before is not a
 * letter, an apostrophe or a hyphen. Matched ahead of each capitalised word, so that in "Gangzur Gup Karma Wangdi" the
 * place and the post are both tried.
 */
const TITLE_BEFORE_NAME_RE = /(?<![\p{L}'\u2019-])(?=(\p{Lu}\p{Ll}{2,})\s+(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}[\p{Ll}'\u2019-]+)?\s+(\p{Lu}[\p{Ll}'\u2019-]+)(?![\p{L}'\u2019-]|\s+\p{Lu}))/gu;

/** A lower-case word after "the" (or "this" / "that"), as a common noun is written, and the word after it. */
const COMMON_NOUN_RE = /(?<![\p{L}-])(?:[Tt]he|[Tt]his|[Tt]hat)\s+(\p{Ll}{3,})(?![\p{L}'\u2019-])(?:\s+(\p{Ll}+))?/gu;

/**
 * Words that come before a capitalised name without being a person's title: places ("Lake", "Mount", "Port"), and
 * the words of bodies' and events' names ("Bank", "Festival").
 */
const NOT_TITLES = new Set(['lake', 'mount', 'river', 'port', 'fort', 'cape', 'bay', 'gulf', 'camp', 'saint', 'san', 'santa',
  'point', 'glen', 'lough', 'loch', 'isle', 'island', 'islands', 'north', 'south', 'east', 'west', 'upper', 'lower',
  'new', 'old', 'great', 'little', 'greater', 'central', 'royal', 'national', 'general', 'festival', 'cup', 'trophy',
  'award', 'prize', 'road', 'avenue', 'bridge', 'station', 'park', 'square', 'hall', 'tower', 'centre', 'center',
  'hotel', 'stadium', 'arena', 'market', 'valley', 'hill', 'hills', 'county', 'city', 'district', 'village',
  'province', 'state', 'region', 'project', 'plan', 'act', 'bill', 'operation', 'programme', 'program', 'report',
  'day', 'week', 'year', 'month', 'season', 'league', 'series', 'team', 'ward', 'block', 'sector', 'zone', 'route']);

function couldBeTitle(lower: string): boolean {
  return !NOT_TITLES.has(lower) && !ORGANISATION_HEADS.has(lower) && !HONORIFICS.has(lower) && !ROLE_MODIFIERS.has(lower)
    && !DEFINITE.has(lower) && !PREPOSITIONS.has(lower) && !NAME_PARTICLES.has(lower) && !NOT_NAMES.has(lower)
    && !isNationality(lower);
}

/** A word of a person's name: none of a body's ("Water Development Department"). */
function couldBeName(lower: string): boolean {
  return !ORGANISATION_HEADS.has(lower) && !NOT_TITLES.has(lower) && !NOT_NAMES.has(lower);
}

/** A headline set in title case ("the Nearest Emergency Room Is Now 58 Miles Away"): most of its words capitalised. */
function inTitleCaseLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const newline = text.indexOf('\n', at);
  const words = text.slice(start, newline < 0 ? text.length : newline).match(/[\p{L}'\u2019-]+/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 4 && capitalised >= words.length * 0.6;
}

/**
 * How many times `word` is printed as a surname may be: on its own, not after "the" and not before another capitalised
 * word. ("Reef Watch Maldives" beside "the reef", "The Maldives lost …" and "Maldives Meteorological Service": a place's
 * word, printed so, is no surname printed again, and "Reef" teaches no title.)
 */
function timesPrintedAsSurname(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + word.length);
    if (isWordCode(before) || isWordCode(after)) continue;
    if (/(?<![\p{L}])[Tt]he\s+$/u.test(text.slice(Math.max(0, at - 5), at)) || /^[ \t]+\p{Lu}/u.test(text.slice(at + word.length, at + word.length + 3))) continue;
    n++;
  }
  return n;
}

function isWordCode(c: number): boolean {
  return !Number.isNaN(c) && /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

/**
 * The words `text` uses both before a person's name and as a common noun after "the" (lower case). The name must be
 * a person's by the text's own evidence: its last word printed again on its own ("Yadav said"), or the common noun
 * the subject of a verb of speech ("the sarpanch said") — so "Rural Transport Watch" or "Centre for Energy Studies
 * said" beside "the transport ministry" or "the energy sector" teaches nothing.
 */
export function titlesTaughtByText(text: string): ReadonlySet<string> {
  const beforeNames = new Map<string, string[]>();
  for (const m of text.matchAll(TITLE_BEFORE_NAME_RE)) {
    const lower = m[1]!.toLowerCase();
    // "Energy Minister Name": the post is the title, the word before it a field.
    const first = m[2]!.toLowerCase();
    const last = m[3]!.toLowerCase();
    if (!couldBeTitle(lower) || ROLE_NOUNS.has(first) || ROLE_MODIFIERS.has(first) || HONORIFICS.has(first)
      || !couldBeName(first) || !couldBeName(last) || inTitleCaseLine(text, m.index!)
      // ("Spokesman on Agriculture Name": a post's field, post-field-not-title.ts.)
      || fieldAfterPost(text.slice(Math.max(0, m.index! - 5), m.index!))) continue;
    const surnames = beforeNames.get(lower);
    if (surnames) surnames.push(m[3]!);
    else beforeNames.set(lower, [m[3]!]);
  }
  const titles = new Set<string>();
  for (const title of postLettersTaughtByText(text)) titles.add(title);
  for (const title of postBeforeSurnameTaughtByText(text)) titles.add(title);
  if (beforeNames.size === 0) return titles;
  for (const m of text.matchAll(COMMON_NOUN_RE)) {
    const surnames = beforeNames.get(m[1]!);
    // ("the agriculture minister": a field before a post, post-field-not-title.ts.)
    if (!surnames || titles.has(m[1]!) || fieldBeforePost(m[2])) continue;
    if ((m[2] !== undefined && QUOTE_CUES.has(m[2])) || surnames.some((s) => timesPrintedAsSurname(text, s) > 1)) titles.add(m[1]!);
  }
  return titles;
}

/**
 * A post's letters in capitals before a person's name of two or three words ("Ramsey MHK Daniel Corlett", "PC Gareth
 * Lowe"), a word no name is printed with.
 */
const LETTERS_BEFORE_NAME_RE = /(?<![\p{L}\p{N}'\u2019.-])(\p{Lu}{2,5})\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'\u2019-]+)?\s+(\p{Lu}[\p{Ll}'\u2019-]+)(?![\p{L}'\u2019-]|\s+\p{Lu})/gu;

/** What may follow a post's letters used as a common noun ("a northern MHK after residents heard", "an MHK, she said"). */
const AFTER_A_NOUN_RE = /^(?:\s*[,.;:!?)]|\s+(?:and|or|who|whose|for|of|in|at|from|after|before|since|with|on)\b|\s*$)/u;

/**
 * The letters of posts `text` prints before a person's name and shows to be a post, not a body's letters nor initials
 * of a name ("KT Rama Rao"): printed again before the surname alone ("PC Gareth Lowe … PC Lowe said"), or used as a
 * common noun, in the plural or after "a" / "an" and perhaps an adjective, before a pause or a preposition ("a northern
 * MHK after residents heard", "fellow MHKs"). Upper-case copy, where every word is in capitals, never matches.
 */
function postLettersTaughtByText(text: string): Set<string> {
  const taught = new Set<string>();
  for (const m of text.matchAll(LETTERS_BEFORE_NAME_RE)) {
    const letters = m[1]!;
    const lower = letters.toLowerCase();
    if (taught.has(lower) || ORGANISATION_NAMES.has(lower) || NOT_NAMES.has(lower) || !couldBeName(m[2]!.toLowerCase())) continue;
    if (beforeSurname(text, letters, m[2]!) || asCommonNoun(text, letters)) taught.add(lower);
  }
  return taught;
}

/** Whether `letters` stand right before `surname` alone, with no capitalised word after it ("PC Lowe said"). */
function beforeSurname(text: string, letters: string, surname: string): boolean {
  const printed = `${letters} ${surname}`;
  for (let at = text.indexOf(printed); at >= 0; at = text.indexOf(printed, at + printed.length)) {
    const after = text.slice(at + printed.length, at + printed.length + 3);
    if (!isWordCode(text.charCodeAt(at - 1)) && !/^(?:[\p{L}'\u2019-]|\s+\p{Lu})/u.test(after)) return true;
  }
  return false;
}

/** Whether `letters` are printed as a common noun: "MHKs", or after "a" / "an" (an adjective between) before a pause. */
function asCommonNoun(text: string, letters: string): boolean {
  for (let at = text.indexOf(letters); at >= 0; at = text.indexOf(letters, at + letters.length)) {
    if (isWordCode(text.charCodeAt(at - 1))) continue;
    const end = at + letters.length;
    if (text[end] === 's' && !isWordCode(text.charCodeAt(end + 1))) return true;
    if (isWordCode(text.charCodeAt(end))) continue;
    const before = text.slice(Math.max(0, at - 30), at);
    if (/(?<![\p{L}])(?:[Aa]n?|[Ee]very|[Ee]ach|[Aa]nother)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?$/u.test(before) && AFTER_A_NOUN_RE.test(text.slice(end, end + 12))) return true;
  }
  return false;
}

/**
 * "the Bishop of Wendale, the Rt Rev Simon Castell, …", then "the bishop said" and "Bishop Castell said": a capitalised
 * word printed before a surname alone that the text prints after a first name elsewhere ("Simon Castell"), and used as a
 * lower-case noun after "the", is a post (a word the lists leave out for being a surname too: "Bishop", "Dean"). Guards:
 * the word opens no name in the text ("Julie Bishop" prints it after a first name: no post), it is no place's or body's
 * word (couldBeTitle), and both the surname's full printing and the lower-case "the <word>" are found.
 */
function postBeforeSurnameTaughtByText(text: string): Set<string> {
  const taught = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}'\u2019-])(\p{Lu}\p{Ll}{2,})\s+(\p{Lu}\p{Ll}+)(?![\p{L}'\u2019-]|\s+\p{Lu})/gu)) {
    const lower = m[1]!.toLowerCase();
    if (taught.has(lower) || !couldBeTitle(lower) || ROLE_NOUNS.has(lower)) continue;
    const word = m[1]!;
    const surname = m[2]!;
    if (!new RegExp(`(?<![\\p{L}])(?!${word}\\s)\\p{Lu}\\p{Ll}+\\s+${surname}(?![\\p{L}])`, 'u').test(text)) continue;
    if (new RegExp(`(?<![\\p{L}])\\p{Lu}\\p{Ll}+\\s+${word}(?![\\p{L}])`, 'u').test(text.replace(/(?<![\p{L}])(?:The|A|An|And|But|As|Of|In|On|At)\s/gu, 'x '))) continue;
    if (new RegExp(`(?<![\\p{L}])[Tt]he\\s+${lower}(?![\\p{L}])`, 'u').test(text)) taught.add(lower);
  }
  return taught;
}
