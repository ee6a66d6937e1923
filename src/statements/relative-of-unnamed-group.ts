// "The couple who have run the pub since 2011 said …. "…," the wife said.", "Two brothers who farm at … sold 11 weanlings.
// "…," the elder brother said.": a relative's word after "the", owned by nobody, where the text has told of an unnamed couple,
// pair of siblings or family, is one of them, an unnamed source. Before, the word was a post nobody held and went to the
// last speaker (a consultancy, in the thirty-second session's d1561) or to no one.
// Guards: the phrase is "the" (perhaps "elder" / "younger" …) and one relative's word, nothing owns it ("her husband" is
// the owned-relation case); the group is told of by a determiner or a number and its word ("The couple", "two brothers",
// "a family"), not by names ("Leigh and Chris Pendergast", couple-named-together.ts), and not "the couple's" (an owner);
// someone the text named holding the word is checked by the caller (`holds`).
//
// Folded in (thirty-third session, second round; was unnamed-couple-spouse.ts, written side by side for d1561): "The couple
// that ran it for nineteen years say …. "…," the husband said.": "the husband" / "the wife" printed so alone (any case) is
// one of a couple the text speaks of with no determiner needed ("couple", "pair", "husband-and-wife"), also where the one
// holding the word is named only after the phrase ("Her husband, Dev Patel," of someone else: `namedOnlyAfter`).
// Guards of that case: nobody is named by the same word before it ("Her husband, Dev Patel, …", "Name's wife", "husband
// Tom"; a named husband does not stop "the wife", who is then not his), and no couple is named together ("Alan and Joyce
// Merritt", couple-named-together.ts), where the word may mean one of those named.

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

const SPOUSE_ALONE_RE = /^the\s+(husband|wife)$/iu;
const COUPLE_RE = /(?<![\p{L}])(?:couple|pair|husband[- ]and[- ]wife|wife[- ]and[- ]husband)(?![\p{L}])/iu;
/** Someone named with the same word: "husband, Dev Patel", "husband Tom", "Ann's husband". */
function namedSpouse(word: string): RegExp {
  const w = `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
  return new RegExp(`(?<![\\p{L}])${w}(?:,\\s+|\\s+)(?:the\\s+\\p{Ll}+\\s+)?\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+['\\u2019]s\\s+${word}(?![\\p{L}])`, 'u');
}
const COUPLE_NAMED_RE = /(?<![\p{L}])\p{Lu}\p{Ll}+ and \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u;

/** Whether the phrase printed at start–end is "the husband" / "the wife" of a couple the text never names. */
function isUnnamedCoupleSpouse(text: string, start: number, end: number): boolean {
  const word = SPOUSE_ALONE_RE.exec(text.slice(start, end))?.[1]?.toLowerCase();
  if (!word) return false;
  const before = text.slice(0, start);
  if (!COUPLE_RE.test(before) || namedSpouse(word).test(before)) return false;
  // (A couple named together: two given names and one surname in the same paragraph or anywhere before.)
  return ![...before.matchAll(new RegExp(COUPLE_NAMED_RE.source, 'gu'))].some((m) => !/^(?:The|A|An|In|At|On|But|And)\s/u.test(m[0]));
}

/**
 * Whether the speaker phrase at start…end is "the (elder) <relative>" of an unnamed group the text told of before it.
 * `holds`: someone the text named holds the word; `namedOnlyAfter`: that one is named only after the phrase.
 */
export function relativeOfUnnamedGroup(text: string, start: number, end: number, roles: string[], holds: boolean, namedOnlyAfter: boolean): boolean {
  if ((!holds || namedOnlyAfter) && isUnnamedCoupleSpouse(text, start, end)) return true;
  return !holds && relativeOfGroupToldOf(text, start, end, roles);
}

/** "the (elder) <relative>" of a group told of by a determiner or a number and its word. */
function relativeOfGroupToldOf(text: string, start: number, end: number, roles: string[]): boolean {
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
