// "the Common Council voted", "the Town Council", "the Security Council": a capitalised word before "Council" that says
// what kind of council it is, not whose place — so not the city's name when "the city said" is read back to the place
// the text names ("Sheboygan Falls … the Common Council … a memo from city staff" is Sheboygan Falls, not "Common").

const COUNCIL_KINDS = new Set(['common', 'city', 'town', 'county', 'parish', 'district', 'borough', 'village', 'shire',
  'regional', 'municipal', 'metropolitan', 'city-county', 'security', 'legislative', 'executive', 'national', 'federal',
  'state', 'provincial', 'local', 'general', 'european', 'community', 'student', 'students', 'privy', 'supreme', 'advisory']);

/** Whether `word` before "Council" is the council's kind, not a place's name. */
export function isCouncilKind(word: string): boolean {
  return COUNCIL_KINDS.has(word.toLowerCase());
}
