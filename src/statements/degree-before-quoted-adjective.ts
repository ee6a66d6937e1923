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
