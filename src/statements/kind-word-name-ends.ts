// "According to Ecclesiastical Insurance, …. Most policies pay …, the insurer said": a word for a kind of business whose
// named bodies end in another word for what they do ("insurer" for "… Insurance", "… Assurance"; "airline" for
// "… Airways") points back to the body so named, as "the authority" points back to "… Port Authority" by its own last word.
// Forty-second session, test-57 w14 (the insurer had gone to a police force named before). Guard: the body's last word
// must be one of the kind's own name words, capitalised in the name.

const NAME_ENDS_OF_KIND: Readonly<Record<string, readonly string[]>> = {
  insurer: ['insurance', 'assurance', 'insurers', 'underwriters'],
  airline: ['airways', 'airlines'],
  carrier: ['airways', 'airlines'],
  broadcaster: ['broadcasting', 'television', 'radio'],
  railway: ['railways', 'rail'],
  lender: ['bank', 'building society'],
};

/** Whether a body's name (as the resolver keeps it) ends in a name word of the kind `head` ("insurer" → "… Insurance"). */
export function endsInKindNameWord(body: string, head: string): boolean {
  const ends = NAME_ENDS_OF_KIND[head];
  if (!ends || !body.includes(' ')) return false;
  return ends.some((end) => new RegExp(`\\s${end.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())}$`, 'u').test(body));
}
