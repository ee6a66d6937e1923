// "A former dispatcher identified in the filing only as Employee A said in a sworn statement that …", "a nurse known only
// as Witness 4": a person's noun and a letter or a number is a label a court or a report gives someone it keeps unnamed,
// not a name given in an aside ("who gave her name only as Ama", name-given-aside.ts, which stays a person); the speaker
// is the unnamed one described. Before, the label was read as a person "Employee A", and the capital "A" before "said"
// as an article, so the clause was not found. (Thirty-eighth session's eleventh probe of unnamed sources in English,
// d2012.)
// Guards: one capitalised word that is a noun for a person ("Employee", "Witness", "Patient"), then one capital letter or
// a number of one to three digits, nothing else; "Mrs Chan", "Ama", "Kojo" stay names given.

/** Whether `name` is a label of a person's noun and a letter or number ("Employee A", "Witness 4"). */
export function isLetterLabel(name: string, isPersonNoun: (lower: string) => boolean): boolean {
  const m = /^(\p{Lu}\p{Ll}+)\s+(?:\p{Lu}|\d{1,3})$/u.exec(name.trim());
  return m !== null && isPersonNoun(m[1]!.toLowerCase());
}

/**
 * Whether the capital "A" right before a verb of saying is a label's letter ("Employee A said"), not an article: the
 * word before it a capitalised noun for a person.
 */
export function isLabelLetterBeforeVerb(letter: string, wordBefore: string | undefined, isPersonNoun: (lower: string) => boolean): boolean {
  return letter === 'A' && wordBefore !== undefined && /^\p{Lu}\p{Ll}+$/u.test(wordBefore) && isPersonNoun(wordBefore.toLowerCase());
}
