// "According to the Rural Payments Agency, claims fell by a third. ¶ The union will raise the matter with ministers in March,
// it said.": a closing "it said" after a clause whose own subject is "the <body's word>" ("The union will …", "The
// council has …") is that body, as the writer names it in the clause, not the last body named before (the agency
// the sentence before cites). Thirty-seventh session, second round, test-55 w08.
// Guards: only a reported clause (extract.ts; a quotation's words opening "The ministry …" are no subject of the
// frame's); only "it" after the clause; only a clause opening with "The" and one lower-case word that the phrase reader
// takes for a body's word (no document: "The report …, it said" is left as it was), then a lower-case word; and only
// when that word leads to a body the text names (extract.ts keeps "it"'s reading when it is the bare word or nobody);
// and only when "it" itself was read as a body ("…, a memo states. The county would …, it says." stays the memo's,
// dev d1341; "The board had been unable …, it said." after "Bergbahnen … AG announced" stays the company's, test-37 w20).
import { parseSpeakerPhrase, type SpeakerPhrase, tokenize } from './speaker-phrase.ts';

const OPENING_BODY_RE = /^The\s+\p{Ll}[\p{Ll}-]+(?=\s+\p{Ll})/u;

/** The clause's own subject, "The <body's word>", when a closing "it" frames it; else null. */
export function clauseSubjectBody(text: string, clauseStart: number, clauseEnd: number, phrase: SpeakerPhrase): SpeakerPhrase | null {
  if (phrase.kind !== 'pronoun' || phrase.pronoun !== 'it' || phrase.start < clauseEnd) return null;
  const m = OPENING_BODY_RE.exec(text.slice(clauseStart, clauseEnd));
  if (!m) return null;
  const subject = parseSpeakerPhrase(tokenize(m[0], clauseStart));
  return subject?.kind === 'organisation' && !subject.document && subject.body && !/\s/u.test(subject.body) ? subject : null;
}
