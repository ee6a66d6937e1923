// ""The lanes have been taken over …," said the fire commander. ¶ She said the assembly would clear …": "she" right
// after a man was quoted (or "he" right after a woman) marks a turn back to someone of the pronoun's sex; where the
// latest one who fits is someone the text never marks either way (a son named only "His son said", a neighbour), and a
// person the text does mark as the pronoun's sex was quoted within the pronoun's window, that person is meant. Before, the
// unmarked one took it (dev d2401, the seventh probe's leftover: the DCE's words went to a yam trader). Forty-fourth
// session, an eighth probe of English speaker resolution.
// Guards: the latest target (the one quoted last) is marked as the other sex; the one the old reading chose is marked
// neither way; the marked one is the nearest of the pronoun's sex among the same window. Where the one quoted last is
// unmarked, the old reading stands ("Ms Kerr said …. Sam Lee said …. She said …" stays Sam Lee's).

/** A target the resolver may give a "he" / "she" to. */
export interface SexedTarget {
  speaker: string | null;
}

/** How many people, told apart by name, the search for the one marked goes back over. */
const PEOPLE_BACK = 6;

/**
 * The target of the pronoun's sex to prefer over `chosen`, or `chosen` as it was. `recent` is the pronoun's window and
 * `all` every target, both nearest first; the one marked is looked for among the last PEOPLE_BACK people of `all` (the
 * window counts a person quoted three times thrice).
 */
export function turnBackToMarkedSex<T extends SexedTarget>(recent: readonly T[], all: readonly T[], chosen: T | undefined,
  wanted: 'm' | 'f' | null, genderOf: (name: string) => 'm' | 'f' | null): T | undefined {
  if (!wanted || !chosen?.speaker || genderOf(chosen.speaker) !== null) return chosen;
  const latest = recent[0];
  if (!latest?.speaker || latest === chosen) return chosen;
  const latestSex = genderOf(latest.speaker);
  if (latestSex === null || latestSex === wanted) return chosen;
  const people: string[] = [];
  for (const t of all) {
    if (t.speaker === null) continue;
    if (!people.includes(t.speaker)) people.push(t.speaker);
    if (people.length > PEOPLE_BACK) break;
    if (genderOf(t.speaker) === wanted) return t;
  }
  return chosen;
}
