// A party's or a group's letters in brackets after a name in apposition: "The Cathaoirleach, Cllr Name Name (Ind), read
// …", "the convener, Name Name (SNP), said". The brackets are the member's party, no word of the name learned from the
// apposition (which, with the brackets dropped, read "Name Name Ind").

/** Short letters in brackets, a capital first, at the end of the apposed words: "(Ind)", "(FF)", "(Lab)", "(SNP)". */
const BRACKETED_AFTER_NAME_RE = /\s*\(\p{Lu}[\p{L}.]{0,5}\)\s*$/u;

/** The apposed name's words without the party's letters after it. */
export function withoutPartyLettersAfterName(words: string): string {
  return words.replace(BRACKETED_AFTER_NAME_RE, '');
}

// (Thirty-fifth session.) "At the regional assembly, Ingrid Solhaug (KrF, H) called …", "In the council, Kari Brekke (Sp)
// said …": a party's letters in brackets right after a given name and a surname, with no title before them. The subject
// reader blanks such brackets after a councillor's title only (attribution.ts NAME_BRACKETS_RE with
// PARTY_MEMBER_BEFORE_RE); without one, the brackets split the subject and the name was read as the body described before
// it ("the regional assembly, Name (X)"). Guards: the name's first word a given name the list knows (so a body's name
// and its short form, "Havet Vårt (HV)", "Lagos Ferries (LF)", is kept), two or three capitalised words, and the letters
// not the name's own initials.

/** Whether `before` ends in a given name and a surname whose initials are not `letters` (the bracket's inside). */
export function givenNameBeforePartyLetters(before: string, letters: string, givenName: (word: string) => boolean): boolean {
  const m = /(?<![\p{L}'\u2019-])(\p{Lu}\p{Ll}+)((?:\s+\p{Lu}[\p{L}'\u2019-]+){1,2})\s*$/u.exec(before);
  if (!m || !givenName(m[1]!)) return false;
  const initials = [m[1]!, ...m[2]!.trim().split(/\s+/u)].map((w) => w[0]!).join('');
  return letters.replace(/[^\p{L}]/gu, '').toUpperCase() !== initials.toUpperCase();
}
