// "In a case study shared by the company, Name Name Name, who farms three hectares, said": a name set after a body's word
// and a comma reads like the body's own name in apposition ("a Mallaig contractor, Skerry Marine,"), but an aside with
// "who" or an age right after it ("Name, who …", "Name, 54,") is only ever a person's, so the name is no body's.
// (Not after a preposition: in "A former employee of Name Name, who asked not to be named," the aside is the employee's.)

/** The source of a pattern matching `escaped` (a name, escaped for a pattern) followed by ", who"/", whose" or an age. */
export function personAsideAfterName(escaped: string): string {
  const notAfterPreposition = '(?<![\\p{L}])(?<!\\b(?:of|at|for|from|with|by|in|to|on)\\s+)';
  return `${notAfterPreposition}${escaped},\\s+(?:who|whose)\\s|${notAfterPreposition}${escaped},\\s+\\d{1,3},`;
}
