// "Halesworth Town 1–2 Thornbury Vale (County Senior Cup, quarter-final)", "Result: Carrick Harps 24 Dunmore Athletic 17":
// a match report's result line, a line of its own with two sides and their score, names two teams, whatever words their
// names end in (a club need not be "United" or "Rovers": "Thornbury Vale said it had been …" is the club, not a person).
// Read once over the text's lines. (Not when the side's name opens with a given name, "Magnus Carlsen 1–0 Fabiano
// Caruana": players of a game of one against one are people.)
import { givenNameGender } from './given-names.ts';

const WORD = "\\p{Lu}[\\p{L}'\u2019.&-]*";
/** A side's name: one to five capitalised words, "of" / "and" / "&" between them ("Brighton and Hove Albion"). */
const SIDE = `(${WORD}(?:\\s+(?:(?:of|and|&)\\s+)?${WORD}){0,4})`;
/** An optional label before the line ("Result:", "FT:"), and what may follow it: a bracket, nothing, a full stop, or a
 * headline's colon and its words ("Harrowby Athletic 2-1 Stanmore Vale: late header keeps title race alive"; thirty-fifth
 * session, dev d1741). */
const LABEL = "(?:[\\p{L} ]{1,20}:\\s*)?";
const AFTER = "(?=\\s*(?:\\(|\\[|$|\\.\\s*$)|:\\s+\\S)";
/** "Side 1–2 Side": the score between the names. */
const SCORE_BETWEEN_RE = new RegExp(`^${LABEL}${SIDE}\\s+\\d{1,3}\\s*[\u2013\u2014-]\\s*\\d{1,3}\\s+${SIDE}${AFTER}`, 'gmu');
/** "Side 24 Side 17": each side's score after its name. */
const SCORE_AFTER_EACH_RE = new RegExp(`^${LABEL}${SIDE}\\s+\\d{1,3},?\\s+${SIDE}\\s+\\d{1,3}${AFTER}`, 'gmu');

/** The names of the teams the text's result lines set against each other. */
export function teamsInResultLines(text: string): string[] {
  const out: string[] = [];
  for (const re of [SCORE_BETWEEN_RE, SCORE_AFTER_EACH_RE]) {
    for (const m of text.matchAll(re)) {
      const sides = [m[1]!, m[2]!];
      if (sides.some((side) => givenNameGender(side) !== null)) continue;
      out.push(...sides);
    }
  }
  return out;
}
