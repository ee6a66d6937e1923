// "The suit, filed in 2021 against Harlow Water Co., alleged that …": a court filing against someone, whose filers the
// text does not name, is an unnamed source's; with no author the resolver would give a document to the last body the
// text named, most often the very one the filing is against.

/** Nouns for what a party files in court against another. */
const FILINGS = new Set(['suit', 'lawsuit', 'complaint', 'petition', 'claim']);

/** Whether `noun` is a court filing and `after` (the words after it, or its aside) says whom it is against. */
export function isFilingAgainst(noun: string, after: string): boolean {
  return FILINGS.has(noun) && /(?:^|\s)against\s/u.test(after);
}
