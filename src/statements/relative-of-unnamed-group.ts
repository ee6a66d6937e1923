// "The couple who have run the pub since 2011 said …. "…," the wife said.", "Two brothers who farm at … sold 11 weanlings.
// "…," the elder brother said.": a relative's word after "the", owned by nobody, where the text has told of an unnamed couple,
// pair of siblings or family, is one of them, an unnamed source. Before, the word was a post nobody held and went to the
// last speaker (a consultancy, in the thirty-second session's d1561) or to no one.
// Guards: the phrase is "the" (perhaps "elder" / "younger" …) and one relative's word, nothing owns it ("her husband" is
// the owned-relation case); the group is told of by a determiner or a number and its word ("The couple", "two brothers",
// "a family"), not by names ("Leigh and Chris Pendergast", couple-named-together.ts), and not "the couple's" (an owner);
// someone the text named holding the word is checked by the caller.

/** Which group's word each relative's word belongs to. */
const GROUPS_OF: Record<string, string[]> = {
  wife: ['couple', 'family', 'parents', 'pair'],
  husband: ['couple', 'family', 'parents', 'pair'],
  partner: ['couple', 'pair'],
  brother: ['brothers', 'siblings', 'twins', 'family'],
  sister: ['sisters', 'siblings', 'twins', 'family'],
  mother: ['parents', 'family'],
  father: ['parents', 'family'],
  son: ['family'],
  daughter: ['family'],
};

const ORDER_WORDS = new Set(['elder', 'younger', 'older', 'eldest', 'youngest', 'other']);

const GROUP_OPENER = '(?:the|a|an|two|three|both|this|that)';

/** Whether the speaker phrase at start…end is "the (elder) <relative>" of an unnamed group the text told of before it. */
export function relativeOfUnnamedGroup(text: string, start: number, end: number, roles: string[]): boolean {
  if (roles.length < 1 || roles.length > 2) return false;
  const word = roles.at(-1)!;
  const groups = GROUPS_OF[word];
  if (!groups) return false;
  if (roles.length === 2 && !ORDER_WORDS.has(roles[0]!)) return false;
  const printed = text.slice(start, end);
  // (Guard: "the" and the words, nothing else; "the couple's daughter", "her husband" are owned.)
  if (!/^the\s+(?:\p{Ll}+\s+)?\p{Ll}+$/u.test(printed)) return false;
  const before = text.slice(0, start);
  for (const group of groups) {
    // (Guard: the group told of by a determiner or a number, not named, and not a possessive.)
    const re = new RegExp(`(?<![\\p{L}])${GROUP_OPENER}\\s+(?:\\p{Ll}+\\s+)?${group}(?![\\p{L}'\\u2019])`, 'iu');
    if (re.test(before)) return true;
  }
  return false;
}
