// "According to the police report, three engines have been reported stolen in the district since January": a document
// of the police written in lower case ("the police report", "police records") where the text names no police body is
// an unnamed source, as an unnamed official's is; the force is not named, only the kind of service.
// Guard: a text that names a police body by a capitalised name ("Brierwood Police Department", "NSW Police", "Police
// Scotland") gives the report to that body, as before; and only a document, never "police said" itself.
import type { SpeakerPhrase } from './speaker-phrase.ts';

/** A police body's capitalised name: "<Name> Police", "Police <Name>", "<Name> Police Department / Service / Force". */
const NAMED_POLICE_RE = /\p{Lu}[\p{L}-]*\s+Police\b|\bPolice\s+(?!report|said|says)\p{Lu}/u;

/** Whether `phrase` is a document of the police in lower case, in a text naming no police body. */
export function isUnnamedPoliceDocument(phrase: SpeakerPhrase, text: string): boolean {
  if (phrase.kind !== 'organisation' || !phrase.document || phrase.body !== 'police') return false;
  return !NAMED_POLICE_RE.test(text);
}
