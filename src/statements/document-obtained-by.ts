// "…, according to an email obtained by The Ledger.", "according to a memo seen by this newspaper": a document the outlet
// obtained or saw vouches for the clause, and who wrote it is not named — an unnamed source, not the outlet after "by"
// (which only obtained it). Not "an internal Pennyworth memo seen by this site": a body named as the document's owner is its
// author, as before.
import type { SpeakerPhrase } from './speaker-phrase.ts';

const OBTAINED_DOCUMENT_RE = /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}(?:email|e-mail|emails|memo|memos|document|documents|letter|note|briefing|copy|draft|message|messages|presentation|recording)\s+(?:obtained|seen|reviewed)\s+by\s+\S/u;

/** An unnamed source for "<a document> obtained by <outlet>" (`words` printed at `at`), or null. */
export function documentObtainedBy(words: string, at: number): SpeakerPhrase | null {
  if (!OBTAINED_DOCUMENT_RE.test(words)) return null;
  return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: false, start: at, end: at + words.length };
}
