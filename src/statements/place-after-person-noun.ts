// "In a statement, Cook Islands Tourism said", "Baker Valley Growers": a capitalised word that is also a noun for a person
// (a cook, a baker, a hunter) opens a place's name when the word after it is a place's head ("Islands", "Valley", "Bay"),
// so it is no description before a full name ("Grazier Name Name") but part of the name itself.

/** Heads that end a place's name after its first word ("Cook Islands", "Baker Valley", "Hunter Bay"), lower case. */
const PLACE_HEADS_AFTER_A_WORD = new Set(['island', 'islands', 'isle', 'isles', 'valley', 'vale', 'bay', 'coast', 'hill', 'hills',
  'heights', 'springs', 'falls', 'creek', 'harbour', 'harbor', 'river', 'lake', 'lakes', 'county', 'peninsula', 'ridge', 'plains',
  'sound', 'strait', 'mountains', 'range']);

/** Whether the word after a capitalised person noun is a place's head, so the two are a place's name. */
export function isPlaceHeadAfterWord(lower: string): boolean {
  return PLACE_HEADS_AFTER_A_WORD.has(lower);
}
