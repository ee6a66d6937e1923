// "Fort Ardley's mayor said …", "Hastings' mayor said …", "the state's" aside: an office a place holds, printed with the
// place's name as its owner ("<Place>'s mayor", "<Place>' deputy mayor") when the text names no holder of it, is an
// unnamed source (null, anonymous), as "the Commissioner for Health said" is (office-never-printed-before.ts) — never the
// person quoted last, nor the place, nor a place read as a person ("Fort Ardley"). (Thirty-fourth session: a third probe
// of English speaker resolution, the gap "Kapiti Coast's mayor said" the thirty-third session left.)
// Guards: the owner one to three capitalised words, the last with its possessive ('s or a plural's bare apostrophe), and
// no given name first ("Ann Botha's governor" is no place's); the office a short list of posts a place keeps one of
// (mayor, premier, governor, sheriff, coroner, with "deputy" / "assistant" / "lord" before it at most); and the office's
// word never printed before the phrase, so "Mayor Jan Smit … Greyton's mayor said" keeps its holder.

import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { givenNameGender } from './given-names.ts';
import type { SpeakerPhrase, Token } from './speaker-phrase.ts';

/** Offices a town, a province or a county keeps one of. */
const PLACE_OFFICES = new Set(['mayor', 'premier', 'governor', 'sheriff', 'coroner']);
const RANKS = new Set(['deputy', 'assistant', 'lord']);
// (The two expressions below are built from these two lists, one list for the three readings; thirty-fourth session's
// second round, where the lists had been copied into each.)
const OFFICE_WORDS = [...PLACE_OFFICES].join('|');
const RANK_WORDS = [...RANKS].join('|');
const PLACE_OFFICE_RE = new RegExp(`\\p{Lu}[\\p{L}-]*(?:['\u2019]s|s['\u2019])\\s+(?:(?:${RANK_WORDS})\\s+)?(?:${OFFICE_WORDS})(?![\\p{L}])`, 'gu');
const UNHELD_RE = new RegExp(`^(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}\\p{Lu}[\\p{L}-]*(?:['\u2019]s|s['\u2019])\\s+(?:(${RANK_WORDS})\\s+)?(${OFFICE_WORDS})$`, 'u');

/** The tokens "<Place>'s [rank] <office>", as a post with the place's first word as its qualifier; else null. */
export function placeOwnedOffice(all: Token[], qualifierKey: (word: string) => string): SpeakerPhrase | null {
  if (all.length < 2 || all.length > 5) return null;
  const office = all.at(-1)!;
  if (!PLACE_OFFICES.has(office.lower)) return null;
  const rank = all.length >= 3 && RANKS.has(all.at(-2)!.lower) ? all.at(-2)! : null;
  const owner = all.slice(0, all.length - (rank ? 2 : 1));
  if (owner.length < 1 || owner.length > 3) return null;
  if (!owner.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) return null;
  const last = owner.at(-1)!;
  if (!last.possessive && !last.pluralPossessive) return null;
  if (owner.slice(0, -1).some((t) => t.possessive || t.pluralPossessive)) return null;
  // (Guard: no given name first: a person's post is no place's.)
  if (givenNameGender(owner[0]!.base) !== null) return null;
  const roles = rank ? [rank.lower, office.lower] : [office.lower];
  return { kind: 'title', name: [], roles, qualifier: qualifierKey(owner[0]!.base), start: all[0]!.start, end: office.end };
}

/** Whether the phrase printed at `start`…`end` is a place's office whose word the text never printed before it. */
export function placeOfficeUnheld(text: string, start: number, end: number): boolean {
  const m = UNHELD_RE.exec(text.slice(start, end));
  if (!m) return false;
  const word = m[1] ? `${m[1].toLowerCase()} ${m[2]!.toLowerCase()}` : m[2]!.toLowerCase();
  // (Another place's office printed so before, "Greyton's mayor said …. Struisbaai's mayor said …", is no holder's
  // mention: such phrases are blanked before the word is looked for.)
  const before = text.slice(0, start).replace(PLACE_OFFICE_RE, (all) => ' '.repeat(all.length)).toLowerCase();
  return !new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(before);
}
