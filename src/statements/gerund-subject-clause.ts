// A reported clause without "that" whose subject is a gerund phrase: "Experts warn moving frail patients between wards can
// leave them confused", "Critics argue closing the depot would cost more than it saves". After "say" the clause is taken
// as it stands; after a verb that needs "that" ("warn", "argue", "insist") the bare-clause test wanted a noun subject, and
// a word in -ing opening the rest was read as the verb's object ("denied taking the money") and no clause at all.
// Guards: the -ing word is no "having"/"being" (a perfect or passive gerund, "admitted having been wrong", is the verb's
// object); a modal or a finite "be"/"have" follows within one to six words, with no comma, no "and"/"or", no relative word
// and so "denied taking the money that was found" stays no clause.
import { tokenize } from './speaker-phrase.ts';

const GERUND_FINITE = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'may', 'might', 'must']);
const STOPS = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'if', 'because', 'while', 'than', 'as']);

/** Whether `rest` (the words after the verb) opens with a gerund subject and, before any comma, its finite verb. */
export function gerundSubjectClause(rest: string): boolean {
  const tokens = tokenize(rest.split(/[,;:]/u)[0]!);
  const first = tokens[0];
  if (!first || !/^\p{Ll}{3,}ing$/u.test(first.text) || first.lower === 'having' || first.lower === 'being') return false;
  for (let k = 1; k < Math.min(tokens.length, 7); k++) {
    const t = tokens[k]!;
    if (STOPS.has(t.lower)) return false;
    if (GERUND_FINITE.has(t.lower)) return true;
  }
  return false;
}
