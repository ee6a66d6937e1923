// "Central Queensland Recreational Fishers welcomed the findings", "Halton Vikings can confirm": a name whose last word is
// a capitalised plural names a body, not a person — a group named for its members ("Fishers", "Growers", "Rangers")
// after at least two words of place or kind, or a sports club named with its team's plural nickname ("Vikings",
// "Rhinos"). Guards: no word of it a given name ("Anna Louise Rogers"); for members' plurals three words at least and
// not a plural-shaped surname ("Peters", "Sanders", "Masters"); for nicknames only plurals that are nobody's surname.
import { givenNameGender } from './given-names.ts';
import { isUnnamedHead } from './vocabulary.ts';

/** Plural team nicknames clubs are named with, none a surname's spelling. */
export const TEAM_NICKNAMES = ['Vikings', 'Eagles', 'Rhinos', 'Warriors', 'Tigers', 'Giants', 'Saints', 'Wolves', 'Bulls',
  'Sharks', 'Dragons', 'Raiders', 'Panthers', 'Roosters', 'Broncos', 'Titans', 'Falcons', 'Centurions', 'Cougars',
  'Leopards', 'Buccaneers', 'Spartans', 'Gladiators', 'Pirates', 'Stallions'];
const NICKNAMES = new Set(TEAM_NICKNAMES.map((w) => w.toLowerCase()));

/** Plurals that are surnames as often as people's plurals. */
export const SURNAME_PLURALS: ReadonlySet<string> = new Set(['peters', 'walters', 'sanders', 'rogers', 'masters', 'waters', 'powers', 'summers',
  'sellers', 'rivers', 'winters', 'fields', 'bowers', 'porters', 'butlers', 'carters', 'cousins', 'fellows', 'childers']);

/** Whether the capitalised words `name` (two or more) name a body by a plural last word. */
export function isPeoplePluralBodyName(name: readonly string[]): boolean {
  // (A place's word may hold an apostrophe for a glottal stop, "Atu'u Tuna Packers", "Ha'apai Tuna Packers"; forty-second
  // session, test-59 w02: read as a person's name before. Not a capital after it, "O'Brien".)
  if (name.length < 2 || !name.every((w) => /^\p{Lu}\p{Ll}*(?:['\u2019]\p{Ll}+)?$/u.test(w) && /\p{Ll}$/u.test(w))) return false;
  if (name.some((w) => givenNameGender(w) !== null)) return false;
  const last = name.at(-1)!.toLowerCase();
  if (NICKNAMES.has(last)) return true;
  return name.length >= 3 && !SURNAME_PLURALS.has(last) && isUnnamedHead({ text: last, lower: last });
}
