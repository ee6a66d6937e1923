// "Al Noor Logistics is in talks …. Al Noor's net debt rose 38 per cent in 2025, according to its annual report.": a
// document the sentence gives to "its" is the body "it" means there. owned-document.ts finds that owner only when its name
// ends in a body's word ("… Council"); a company named "Al Noor Logistics" or "Harlow & Finch" was left with a document
// nobody owns, an unnamed source. The resolver now gives such a document the body a following "it said" would mean
// (the last body the text has met), and leaves it unnamed only when there is none.
// Guards: only "its" right before the document's words (not "their", which may be people's, "their lawyer's letter"), and
// only a phrase the parser read as a document with no owner.
import type { SpeakerPhrase } from './speaker-phrase.ts';

/** Whether `phrase` is a document with no owner printed right after "its" ("according to its annual report"). */
export function isItsDocument(text: string, phrase: SpeakerPhrase): boolean {
  if (phrase.kind !== 'anonymous' || !phrase.document) return false;
  return /(?:^|\s)[Ii]ts\s+(?:[\p{Ll}-]+\s+){0,3}$/u.test(text.slice(Math.max(0, phrase.start - 40), phrase.start))
    || /^[Ii]ts\s/u.test(text.slice(phrase.start, phrase.end));
}
