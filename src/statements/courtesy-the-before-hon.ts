// Caribbean and Commonwealth government copy prints an MP's or a minister's courtesy titles with "the" before "Hon.":
// "Member of Parliament for the constituency, Dr. the Hon. Keisha Palmer-Grant, urged …", "the Hon. Name Name". The
// "the" belongs to the title ("the Honourable"), not to the name; with it kept, the apposed words read as a description
// and no name was learned, so a later "She said" went to the woman named before (forty-second session, d2381).
// Guard: only "the" right before a capitalised "Hon." / "Honourable" / "Rt"; "the" anywhere else is left.

const THE_BEFORE_HON_RE = /(^|[ \t])the[ \t]+(?=(?:Hon\.?|Honourable|Honorable|Rt\.?)[ \t])/gu;

/** The apposed words without a courtesy "the" before "Hon." ("Dr. the Hon. Name Name" → "Dr. Hon. Name Name"). */
export function withoutCourtesyTheBeforeHon(words: string): string {
  return words.replace(THE_BEFORE_HON_RE, '$1');
}
