// "The couple that ran it for nineteen years say …. "…," the husband said.": "the husband", "the wife" with no owner
// ("her", "his", "Name's") is one of a couple the text speaks of without naming ("the couple", "the pair", "husband and
// wife"), an unnamed source. Before, the phrase was left with no speaker, or given to the last speaker (a consultancy).
// Guards: the phrase is "the" and the spouse's word alone; the text speaks of a couple or a pair before it; nobody is
// named by the same word before it ("Her husband, Dev Patel, …", "Name's wife", "husband Tom"; a named husband does not
// stop "the wife", who is then not his), and no couple is named
// together ("Alan and Joyce Merritt", couple-named-together.ts), where the word may mean one of those named.
const SPOUSE_ALONE_RE = /^the\s+(husband|wife)$/iu;
const COUPLE_RE = /(?<![\p{L}])(?:couple|pair|husband[- ]and[- ]wife|wife[- ]and[- ]husband)(?![\p{L}])/iu;
/** Someone named with the same word: "husband, Dev Patel", "husband Tom", "Ann's husband". */
function namedSpouse(word: string): RegExp {
  const w = `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
  return new RegExp(`(?<![\\p{L}])${w}(?:,\\s+|\\s+)(?:the\\s+\\p{Ll}+\\s+)?\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+['\\u2019]s\\s+${word}(?![\\p{L}])`, 'u');
}
const COUPLE_NAMED_RE = /(?<![\p{L}])\p{Lu}\p{Ll}+ and \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u;

/** Whether the phrase printed at start–end is "the husband" / "the wife" of a couple the text never names. */
export function isUnnamedCoupleSpouse(text: string, start: number, end: number): boolean {
  const word = SPOUSE_ALONE_RE.exec(text.slice(start, end))?.[1]?.toLowerCase();
  if (!word) return false;
  const before = text.slice(0, start);
  if (!COUPLE_RE.test(before) || namedSpouse(word).test(before)) return false;
  // (A couple named together: two given names and one surname in the same paragraph or anywhere before.)
  return ![...before.matchAll(new RegExp(COUPLE_NAMED_RE.source, 'gu'))].some((m) => !/^(?:The|A|An|In|At|On|But|And)\s/u.test(m[0]));
}
