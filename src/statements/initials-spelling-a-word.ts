// "The Ministry of Manpower (MOM) said …. MOM said it would …": a body's initials in capitals that spell a word for a
// person ("MOM", "DAD", "GUARD") are read by the phrase parser as that word, a post; once the text defines them in
// brackets after a name, they are that body's short name, as any other initials are.

/** The initials a speaker phrase is, printed in capitals ("MOM", "the MOM") and defined in brackets in `text`; else null. */
export function initialsDefinedInBrackets(text: string, start: number, end: number): string | null {
  const printed = /^(?:[Tt]he\s+)?(\p{Lu}{2,8})$/u.exec(text.slice(start, end));
  return printed && text.includes(`(${printed[1]!})`) ? printed[1]! : null;
}
