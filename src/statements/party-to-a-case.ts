// "The injured party, Seán Name, was not in court. In a victim impact statement …, he said …": "party" after a word of a
// case's or a dispute's sides (injured, aggrieved, wronged, guilty, innocent, third, opposing, …) is one side of a case, a
// person as often as not, never a political party; so the name set after it between commas is no body the text
// "introduced" by its kind (speaker-resolver.ts, referredToAsBody), and a later "he" or "she" can mean that person.
// (Forty-fourth session, dev d2380. Guard: only "party", only right after one of these words; "the ruling party, Name,"
// and "the opposition party, Name," still introduce a body.)

/** Words that make the "party" after them one side of a case or a dispute (lower case). */
const SIDE_WORDS = new Set(['injured', 'aggrieved', 'wronged', 'guilty', 'innocent', 'third', 'opposing', 'defaulting',
  'interested', 'losing', 'winning', 'offending', 'complaining', 'responsible']);

/** Whether the words printed between the article and "party" (`between`, as matched, trailing space kept) make it a side of a case. */
export function isPartyToACase(between: string, kind: string): boolean {
  if (kind.toLowerCase() !== 'party') return false;
  const last = between.trim().split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  return SIDE_WORDS.has(last);
}
