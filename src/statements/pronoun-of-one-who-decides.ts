// "In her written decision, Traffic Commissioner Name Name said the firm had shown "…". She found that brake defects had
// been recorded …": "she" or "he" opening the sentence right after one whose subject is a person who decides a case (a
// judge, a commissioner, a coroner, an adjudicator …, by the post before the name) reports that person's findings, as
// "Judge Name found that …" does (attribution.ts's `judges`). Forty-third session, test-56 w04.
// Guards: only "he" or "she" opening its sentence, the sentence before in the same paragraph; only a post of deciding
// right before a capitalised name opening that sentence (perhaps after a short opener, "In her decision,"); the verb of
// finding still needs "that" after it (attribution.ts), so "She found the file" frames nothing.
import type { SpeakerPhrase } from './speaker-phrase.ts';

/** A sentence opened by a post of deciding and a name: "In her decision, Traffic Commissioner Name …", "Judge Name …". */
const DECIDER_OPENS_RE = /^(?:In\s+(?:her|his|the|a|its)\s+[^,.;]{1,40},\s+)?(?:(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:Judge|Justice|Commissioner|Coroner|Adjudicator|Arbitrator|Magistrate|Sheriff|Ombudsman|Adjudication\s+Officer))\s+\p{Lu}/u;

/** Whether `phrase`, "she" or "he" opening its sentence, stands for one who decides named at the start of the sentence before. */
export function pronounOfOneWhoDecides(phrase: SpeakerPhrase, masked: string): boolean {
  if (phrase.kind !== 'pronoun' || (phrase.pronoun !== 'she' && phrase.pronoun !== 'he')) return false;
  const before = masked.slice(0, phrase.start);
  const paragraph = before.slice(before.lastIndexOf('\n') + 1);
  // (The sentence before ends right before the pronoun; the one before it, if any, ends before the previous sentence.)
  if (!/[.!?]["\u201D']?\s+$/u.test(paragraph)) return false;
  const previous = paragraph.replace(/[.!?]["\u201D']?\s+$/u, '');
  const from = Math.max(...[...previous.matchAll(/[.!?]["\u201D']?\s+(?=\p{Lu})/gu)].map((m) => m.index + m[0].length), 0);
  return DECIDER_OPENS_RE.test(previous.slice(from));
}
