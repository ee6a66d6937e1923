// 'said the talks were at a "very preliminary" stage', 'had been hit by a "particularly severe" flu season': two quoted
// words after an article are as a rule a term held at arm's length ('a "fresh start"', 'a "special operation"'), so they
// were passed over; but when the first is a word of degree the two are an adjective phrase, the speaker's judgement of
// the noun after them, a partial quotation as 'were "very preliminary"' is (test-5 w08, test-20 w17, test-41 w12).
// Guard: only words of degree and "-ly" adverbs of degree before a second word ("a "really good" year"); not an "-ly"
// word that is an adjective itself ("a "friendly match"", "an "early start"", "a "costly mistake"").

const DEGREE = new Set(['very', 'so', 'too', 'quite', 'rather', 'fairly', 'pretty', 'most', 'more', 'less', 'least', 'extra',
  'ultra', 'super', 'somewhat', 'entirely', 'extremely', 'particularly', 'deeply', 'highly', 'really', 'truly', 'incredibly',
  'hugely', 'vastly', 'utterly', 'totally', 'wholly', 'completely', 'seriously', 'genuinely', 'remarkably', 'exceptionally',
  'unusually', 'relatively', 'increasingly', 'largely', 'fully', 'broadly', 'critically', 'severely', 'desperately',
  'absolutely', 'thoroughly', 'bitterly', 'profoundly', 'potentially', 'unacceptably', 'dangerously', 'alarmingly',
  'surprisingly', 'disappointingly', 'painfully', 'terribly', 'awfully', 'dreadfully', 'hopelessly', 'woefully']);

/** Whether quoted words open with a word of degree ("very preliminary", "deeply flawed"). */
export function opensWithDegreeWord(quoted: string): boolean {
  const first = /^\s*([\p{Ll}]+)\s/u.exec(quoted)?.[1];
  return first !== undefined && DEGREE.has(first);
}

/**
 * 'cautioned that the forecasts rested on a "fragile" assumption', 'said the court had recognised the "disproportionate"
 * approach': one quoted lower-case word between an article and the lower-case noun it qualifies, inside a reported clause,
 * is the speaker's judgement of that noun (test-16 w12, test-33 w03 and d1406 annotate it so), not a term held at arm's
 * length. The caller asks this only for a quotation wholly inside a reported clause. Guards: a quotation outside any clause
 * ('The operator's "flexible" timetable …') stays a scare quote; a capitalised word after the quotation (a name, 'the
 * "Green" Party') is no noun it qualifies; two or more quoted words are read by the rules for phrases.
 */
export function adjectiveBeforeItsNoun(before: string, quoted: string, after: string): boolean {
  return (/(?<!\p{L})(?:a|an|the)\s+$/iu.test(before) || POSSESSIVE_BEFORE_RE.test(before)) && /^\p{Ll}[\p{Ll}-]*$/u.test(quoted.trim())
    && /^\s+\p{Ll}{2,}/u.test(after) && !NO_NOUN_AFTER_RE.test(after);
}

/**
 * ('said the Chancellor's "zero-tolerance" approach to waste had missed …', 'argued that their "piecemeal" plan …': a
 * possessive stands where the article does, "his", "her", "its", "their", "our" or a name's "'s"; thirty-first session,
 * d1473. The caller passes the eight characters before the quotation; the same guards hold.)
 */
const POSSESSIVE_BEFORE_RE = /(?:(?<!\p{L})(?:his|her|its|their|our)|\p{L}['\u2019]s)\s+$/iu;

/**
 * (Guard: the word after the quotation is a verb or a function word, so the quoted word is the noun itself, a term at arm's
 * length: 'the "reform" would hurt …', 'the "deal" was …', 'a "reset" of …', 'the "experts" who …', 'the "plan" passed …'.)
 */
const NO_NOUN_AFTER_RE = /^\s+(?:(?:would|will|could|should|might|may|must|can|was|were|is|are|be|been|had|has|have|did|does|do|of|in|on|at|to|for|with|from|by|as|and|or|but|that|which|who|whose|than|into|over|under|after|before|since|about|against|between|through)\b|\p{Ll}+ed\b)/u;
