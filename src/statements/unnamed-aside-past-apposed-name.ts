// "A spokesman for the promoter, Northvale-like Name, who declined to be named, said …", "An engineer at the plant, <Plant
// Name>, who asked not to be identified, said …": an unnamed one's phrase, then a capitalised name in apposition to the
// noun after "for / of / at …", then an aside saying the speaker is left unnamed on purpose — the name cannot be the
// speaker's (the aside says they have none in print), so it names what the noun before it names, and the speaker is the
// unnamed one of the first words, as "A spokesman for <Name>, who declined to be named, said" already was (the convention
// for a representative of a named body, fifteenth session). The rules before gave the words to the name, as a person.
// (Thirty-seventh session's tenth probe of unnamed sources in English, d1900.)
// Guards: "a", "an" or "one" first, a preposition then "the / a / an" and one or two lower-case words before the comma, the
// name's words all capitalised, and the aside a "who" clause with "named", "identified" or "anonymity" in it; without such
// an aside ("A spokesman for the firm, Ann Hale, said") the name stays the speaker's, as before.

/** The end (in `subject`) of the unnamed one's own words, when the shape is there; else -1. */
export function unnamedBeforeApposedName(subject: string): number {
  const m = /^(\s*(?:A|An|One)\s+[^,]*?\s(?:for|of|at|with|from)\s+(?:the|a|an)\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?),\s+\p{Lu}[\p{L}'\u2019&.-]*(?:\s+\p{Lu}[\p{L}'\u2019&.-]*){0,4},\s+who\s+[^,]*\b(?:named|identified|anonymity)\b[^,]*,?\s*$/u.exec(subject);
  return m ? m[1]!.length : -1;
}
