// "…, says lead author Valeria Name of the National University of X.", "…, said chief economist Name at Y Bank.": an
// inverted attribution whose post comes before the name and whose body comes after it ("of/at/from" and the body's
// capitalised name). The phrase parser ends a post-and-name phrase at the name, so the body was read as words running on
// after the speaker, and the attribution was dropped; with the name alone first ("said Name of Y") the parser took it.
// Guards: only "of/at/from/with", an optional "the", and capitalised words (with of/for/and/de/the/& inside a name) up
// to the attribution's end; anything else after the body ("of the council, who said …", "of Y on Friday after …") keeps
// the old reading.

const AFFILIATION_RE = /^(?:of|at|from|with)\s+(?:the\s+)?\p{Lu}[\p{L}'\u2019.&-]*(?:\s+(?:(?:of|for|and|de|del|di|du|the|on|&)\s+)?\p{Lu}[\p{L}'\u2019.&-]*){0,7}$/u;

/** Whether the words after a speaker's name, up to the attribution's end, are only the body they belong to. */
export function isAffiliationAfterName(rest: string): boolean {
  return AFFILIATION_RE.test(rest);
}
