// "In a statement, the Commissioner for Health said …", "The governor said …", "The state's agriculture minister said …",
// "the chief nurse said …": an office the text has not printed before anywhere (its word, or a rank and its word) is held
// by nobody the reader has met, so its holder is an unnamed source — not the person quoted last (a doctor, a grazier),
// whom the fallback of byTitle would otherwise pick because the text gave them no contradicting post. (Thirty-first
// session, second round: a probe of second references on fresh text.)
// Guards: the phrase opens with "the" and is an office's word (a short list of posts a person holds, not a plain word for
// a person: "the veteran", "the mother of three", "the official", "the 64-year-old" are descriptions the text need not have
// printed), or a rank word before any role ("chief nurse", "deputy mayor"); the office's word (and the rank with it) never
// printed before the phrase, in any case, so "Health Minister Name … the minister said" and "Mayor Name … the mayor said"
// keep their holder; nor where the word comes again later in the text (a lead's post whose holder is named next); the
// caller asks only when the latest speaker holds no such post and no office at all (a text may vary the word: "The
// health secretary, Name, …" then "the minister said").

import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { isPersonNoun, ROLE_MODIFIERS } from './vocabulary.ts';

/** Words for offices a person holds: a bare "the <word>" needs a holder the text has introduced by that word. */
export const OFFICES: ReadonlySet<string> = new Set(['minister', 'secretary', 'commissioner', 'governor', 'mayor', 'premier', 'president', 'director',
  'director-general', 'chairman', 'chairwoman', 'chairperson', 'superintendent', 'registrar', 'ombudsman', 'administrator',
  'principal', 'headteacher', 'sheriff', 'coroner', 'treasurer', 'auditor-general', 'attorney-general', 'solicitor-general']);

/** Professions an event, a ship or a ward keeps one of ("the race doctor", "the ship's surgeon", "the duty vet"). */
const PROFESSIONS = new Set(['doctor', 'medic', 'paramedic', 'surgeon', 'nurse', 'vet', 'veterinarian', 'pathologist', 'chaplain',
  'pharmacist', 'dentist', 'physician', 'physio', 'physiotherapist', 'referee', 'umpire', 'pilot', 'engineer', 'lawyer', 'solicitor']);

/** Words before a person's noun that describe the person, not where the trade is practised. */
const NOT_PLACE_OF_TRADE = new Set(['young', 'old', 'new', 'former', 'retired', 'veteran', 'elderly', 'local', 'only', 'other',
  'same', 'first', 'last', 'second', 'third', 'lead', 'head', 'senior', 'junior', 'main', 'real', 'late', 'great', 'big', 'little']);

/** A rank before a role that makes another office of it ("chief nurse", "deputy mayor"). */
const RANKS = new Set(['chief', 'deputy', 'assistant']);

/** Whether "the …" printed at `start`…`end` is an office whose word the text never printed before `start`. */
export function officeNeverPrintedBefore(text: string, start: number, end: number): boolean {
  const printed = text.slice(start, end);
  const m = /^[Tt]he\s+(?:\p{L}+['\u2019]s\s+)?((?:(?!(?:of|for|at|in|on|to|with)\s)[\p{L}-]+\s+){0,2}?[\p{L}-]+?)(?=\s+(?:of|for|at|in|on|to|with)\s|$)/u.exec(printed);
  if (!m) return false;
  const words = m[1]!.toLowerCase().split(/\s+/u);
  const head = words.at(-1)!;
  const rank = words.length > 1 && RANKS.has(words.at(-2)!) ? words.at(-2)! : null;
  // ("The race doctor said", "the ward sister said": an everyday trade's word after a lower-case word saying where it is
  // practised, the pair a post like an office's; a bare "the doctor" is still the fallback's, the one being quoted.)
  // Guard: the first word no rank and no modifier of a person ("the former winner", "the young rider", "the retired nurse").
  // (Only a profession an event or a place keeps one of, PROFESSIONS: "the shift worker, a mother of three," is a word varied
  // for the forklift operator just named, not someone else.)
  const qualifiedTrade = words.length === 2 && PROFESSIONS.has(head) && isPersonNoun(head) && /^\p{Ll}+$/u.test(words[0]!) && !RANKS.has(words[0]!)
    && !ROLE_MODIFIERS.has(words[0]!) && !/(?:ed|ly|er|est|ing)$/u.test(words[0]!) && !NOT_PLACE_OF_TRADE.has(words[0]!);
  if (!OFFICES.has(head) && !rank && !qualifiedTrade) return false;
  // (Nor "the chief executive" / "the chief officer": a business's head, called "CEO", "boss" or "MD" before.)
  if (!OFFICES.has(head) && /^(?:executive|officer|operating|financial)$/u.test(head)) return false;
  const before = text.slice(0, start).toLowerCase();
  const printedBefore = (w: string) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'u').test(before);
  if (rank ? printedBefore(`${rank} ${head}`) : printedBefore(head)) return false;
  // (Nor where the office's word comes again further on: a lead's "…, the transport minister said" whose holder the next
  // paragraphs name, "Transport Minister Name", is the lead-named-next rules'.)
  const after = text.slice(end).toLowerCase();
  return !new RegExp(`(?<![\\p{L}])${escapeRegExp(head)}(?![\\p{L}])`, 'u').test(after);
}
