// "<Name>, a trade group, said" makes the name a body (attribution.ts, the kind in apposition). Two shapes where the
// apposed kind is not what the named person is (forty-fifth session, test-63 w19 and w09):
// - "Nathan Name, a freight operator, said": a trade one person may run ("operator", "supplier", "producer"; speaker-phrase.ts's
//   PERSON_TRADES) after a given name of the list and a surname is that person's trade, as "tour operator Name Name" is
//   read before a name; a name whose first word is no given name ("Kestrel Lines, a ferry operator,") stays the body.
// - "Amra Name of the Centre for X, a Banja Luka-based group, described …": the apposition follows the body the person is
//   "of" / "at" / "from" (a capitalised name after the preposition), and describes that body, not the person.
import { givenNameGender } from './given-names.ts';

/** Whether `kind` apposed after the phrase `printed` (read as the name `name`) leaves the name a person's. */
export function personBeforeApposedKind(kind: string, printed: string, name: readonly string[], personTrades: ReadonlySet<string>): boolean {
  if (name.length < 2) return false;
  if (personTrades.has(kind) && name.length === 2 && givenNameGender(name[0]!) !== null) return true;
  const last = name.at(-1)!;
  const after = printed.slice(printed.lastIndexOf(last) + last.length);
  return /^\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}/u.test(after);
}
