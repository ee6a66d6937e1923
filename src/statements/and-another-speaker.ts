/**
 * "…, and Cllr Hartwell said he would …", "…, and Mayor Lina Ortiz told reporters …": after a comma and "and", a name or
 * a capitalised post of up to four words, then a verb of saying, is another speaker's frame, so the reported clause
 * before it ends there (the frame after it is read as its own statement).
 * Not a name inside the clause's words ("…, and Ortiz Logistics had …": no verb of saying).
 */
const AND_ANOTHER_SPEAKER_RE = /,\s+and\s+(?:(?:the|then)\s+)?\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){0,3}\s+(?:also\s+)?(?:said|says|told|tells|added|adds|argued|warned|insisted|noted|replied|responded|suggested|agreed|confirmed)\s/u;

/** Where "…, and <Name> said" opens another speaker's frame in `rest`, or -1. */
export function andAnotherSpeakerAt(rest: string): number {
  return AND_ANOTHER_SPEAKER_RE.exec(rest)?.index ?? -1;
}
