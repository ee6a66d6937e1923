// "…, according to an email obtained by The Ledger.", "according to a memo seen by this newspaper": a document the outlet
// obtained or saw vouches for the clause, and who wrote it is not named — an unnamed source, not the outlet after "by"
// (which only obtained it). Not "an internal Pennyworth memo seen by this site": a body named as the document's owner is its
// author, as before.
import type { SpeakerPhrase } from './speaker-phrase.ts';

// ("a draft proposal seen by …", "a draft regulation obtained by …": a draft of something is a draft too.)
const OBTAINED_DOCUMENT_RE = /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}(?:email|e-mail|emails|memo|memos|document|documents|letter|note|briefing|copy|draft|message|messages|presentation|recording)(?:(?<=draft)\s+\p{Ll}[\p{Ll}-]+)?\s+(?:obtained|seen|reviewed)\s+by\s+\S/u;

/** An unnamed source for "<a document> obtained by <outlet>" (`words` printed at `at`), or null. */
export function documentObtainedBy(words: string, at: number): SpeakerPhrase | null {
  if (!OBTAINED_DOCUMENT_RE.test(words)) return null;
  return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: false, start: at, end: at + words.length };
}

// "The European Commission will propose keeping the fishery closed next year, …, according to a draft proposal seen by
// EUpolicy.eu.": a draft of what a body named as the clause's subject will do is that body's own draft, not an unnamed
// source's; the later "the draft states" is the body's too. Guards: only a draft (an email, a memo or a letter seen by an
// outlet may be anyone's); only a body by name as the subject (not "Students were told …", not a person, nor a pronoun);
// and only when the subject's verb says what it will do or plans ("will", "would", "plans", "intends", "is set to"), so
// the draft sets out the body's own intention.

const DRAFT_RE = /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}draft\b/u;
const PLANS_RE = /^\s*(?:will|would|plans|planned|intends|intended|proposes|aims|is\s+set\s+to|was\s+set\s+to|is\s+to|was\s+to|is\s+preparing\s+to)\s/u;

/**
 * The body a draft seen by an outlet belongs to: the clause's subject (`subject`, followed by `afterSubject`) when it is a
 * body by name that the draft says will act; else null.
 */
export function draftOfSubject(words: string, subject: SpeakerPhrase | null, afterSubject: string): SpeakerPhrase | null {
  if (!DRAFT_RE.test(words) || !OBTAINED_DOCUMENT_RE.test(words) || subject?.kind !== 'organisation' || subject.document) return null;
  return PLANS_RE.test(afterSubject) ? subject : null;
}
