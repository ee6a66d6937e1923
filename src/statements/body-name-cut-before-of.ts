// "The provincial Department of Fisheries and Rural Development said …. The department said …": the sentence's subject,
// read past its verb, may stop at the word before "of" where the name holds an "and" ("provincial Department"), and that
// piece is kept beside the whole name among the bodies seen. A body's word, "the department", means the whole name the
// text printed, not the piece: the longest body seen that goes on from the piece with "of" or "for". Forty-third
// session, d2423. Guards: the piece ends in the body's word ("Department", "Ministry"); the longer name begins with the
// piece and then "of" / "for", so a body of other words is never taken for it.

/** The longest of `bodies` that is `piece` going on with "of" / "for" and more words, else null. */
export function nameGoingOnPastOf(piece: string, bodies: readonly string[]): string | null {
  const longer = bodies.filter((b) => b.startsWith(`${piece} of `) || b.startsWith(`${piece} for `));
  return longer.length > 0 ? longer.reduce((a, b) => (b.length > a.length ? b : a)) : null;
}
