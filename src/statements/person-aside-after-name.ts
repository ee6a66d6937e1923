// "In a case study shared by the company, Name Name Name, who farms three hectares, said": a name set after a body's word
// and a comma reads like the body's own name in apposition ("a Mallaig contractor, Skerry Marine,"), but an aside with
// "who" or an age right after it ("Name, who …", "Name, 54,") is only ever a person's, so the name is no body's.
// (Not after a preposition: in "A former employee of Name Name, who asked not to be named," the aside is the employee's.)
// (Nor, for an aside withholding a name, after a preposition's "the <noun>,": in "A spokesman for the promoter, Name Name,
// who declined to be named, said" the aside is the spokesman's, the name the promoter's; unnamed-aside-past-apposed-name.ts.
// Thirty-eighth session, d1900.)

/** The source of a pattern matching `escaped` (a name, escaped for a pattern) followed by ", who"/", whose" or an age. */
export function personAsideAfterName(escaped: string): string {
  const notAfterPreposition = '(?<![\\p{L}])(?<!\\b(?:of|at|for|from|with|by|in|to|on)\\s+)';
  const notApposedAfterPreposition = '(?<!\\b(?:of|at|for|from|with)\\s+(?:the|a|an)\\s+\\p{Ll}[\\p{Ll}-]*(?:\\s+\\p{Ll}[\\p{Ll}-]*)?,\\s+)';
  const withholding = '(?=[^,.]*\\b(?:named|identified|anonymity)\\b)';
  return `${notAfterPreposition}${escaped},\\s+(?:who|whose)\\s(?!${withholding})|${notAfterPreposition}${notApposedAfterPreposition}${escaped},\\s+(?:who|whose)\\s${withholding}|${notAfterPreposition}${escaped},\\s+\\d{1,3},`;
}
