// "Senior figures in the party said …", "Figures within the club's hierarchy are believed to have told …", "Leading
// figures close to the board say …": people of standing the text describes and does not name, in the plural; unnamed.
// They were read as a body ("Senior", "Figures"). The singular, "The senior figure … said", is standing-figure.ts.
// Guards: "figures" are numbers far more often ("Figures from the trust show …", "figures on overflows"), so with no word
// of standing before it only "within", "inside", "close (to)" or "around" may follow (never "from", "on", "in", "for");
// with a word of standing before it ("senior", "leading", "prominent", "key", "influential", "well-placed", "powerful",
// "top", "veteran", "respected") also "in", "at", "on", "across", or nothing; no article before it ("the figures in the
// report" are numbers); a count or quantifier may open it ("Two senior figures in the party", "Some leading figures").
import type { Token } from './speaker-phrase.ts';

/** Counts and quantifiers that may open the phrase: "Two senior figures in the party", "Some leading figures". */
const COUNTS = new Set(['some', 'several', 'many', 'few', 'two', 'three', 'four', 'five', 'other']);
const STANDING = new Set(['senior', 'leading', 'prominent', 'key', 'influential', 'respected', 'well-placed', 'veteran', 'powerful', 'top']);
const PEOPLE_PLACES = new Set(['within', 'inside', 'close', 'around']);
const AFTER_STANDING = new Set([...PEOPLE_PLACES, 'in', 'at', 'on', 'across']);

/** Whether `tokens` are "(senior …) figures within / close to …": unnamed people of standing, in the plural. */
export function isFiguresOfStanding(tokens: readonly Token[]): boolean {
  const at = tokens.findIndex((t) => t.lower === 'figures');
  const from = COUNTS.has(tokens[0]?.lower ?? '') ? 1 : 0;
  if (at < 0 || !tokens.slice(from, at).every((t) => STANDING.has(t.lower))) return false;
  const next = tokens[at + 1]?.lower;
  if (at === from) return next !== undefined && PEOPLE_PLACES.has(next);
  return next === undefined || AFTER_STANDING.has(next);
}
