// A party's or a group's letters in brackets after a name in apposition: "The Cathaoirleach, Cllr Name Name (Ind), read
// …", "the convener, Name Name (SNP), said". The brackets are the member's party, no word of the name learned from the
// apposition (which, with the brackets dropped, read "Name Name Ind").

/** Short letters in brackets, a capital first, at the end of the apposed words: "(Ind)", "(FF)", "(Lab)", "(SNP)". */
const BRACKETED_AFTER_NAME_RE = /\s*\(\p{Lu}[\p{L}.]{0,5}\)\s*$/u;

/** The apposed name's words without the party's letters after it. */
export function withoutPartyLettersAfterName(words: string): string {
  return words.replace(BRACKETED_AFTER_NAME_RE, '');
}
