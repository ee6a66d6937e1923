// A body a text introduces by what it is, right before its name ("Advocacy group Rural Banking Matters", "Heritage NGO
// Din l-Art Ħelwa", "tenants' lobby Homes First"), and later calls by a word of that kind: "the lobby said", "the
// organisation said". The writer may change the word ("group" then "lobby"), so any of these words points back to the
// body so introduced last.

/** Words for a campaigning or civic body that a text calls it by once named (lower case, as written after "the"). */
export const CAMPAIGN_BODY_WORDS = new Set(['lobby', 'group', 'organisation', 'organization', 'charity', 'network', 'campaign',
  'coalition', 'alliance', 'movement', 'society', 'collective', 'platform', 'watchdog', 'initiative', 'ngo',
  // (A members' body: "Dairy co-operative Vale Hill Dairies …" then "the co-op said".)
  'cooperative', 'co-operative', 'co-op']);

const KIND = [...CAMPAIGN_BODY_WORDS].filter((w) => w !== 'ngo').join('|');
/** Capitalised words, perhaps joined by "of", "for", "and", "&", "the" or a clitic ("l-Art"), after a kind word. */
const INTRODUCED_RE = new RegExp(
  `(?<![\\p{L}])(?<!\\b(?:a|an|A|An)\\s)(?:${KIND}|NGO)\\s+(\\p{Lu}[\\p{L}'\\u2019&-]*(?:\\s+(?:(?:of|for|and|the|&)\\s+)*(?:\\p{Lu}[\\p{L}'\\u2019&-]*|\\p{Ll}{1,3}-\\p{Lu}[\\p{L}'\\u2019-]*))*)`,
  'gu',
);

/** What follows a kind word but is no name: "the group Tuesday", "the charity In …". */
const NOT_A_NAME = /^(?:The|A|An|In|On|At|It|Its|This|That|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/** The body the text last introduced by a campaigning body's word before `at`, for "the `head` said". */
export function bodyIntroducedByKind(text: string, head: string, at: number): string | null {
  if (!CAMPAIGN_BODY_WORDS.has(head)) return null;
  const names = [...text.slice(0, at).matchAll(INTRODUCED_RE)]
    .map((m) => m[1]!)
    .filter((name) => !NOT_A_NAME.test(name.split(/\s+/u)[0]!));
  return names.at(-1) ?? null;
}
