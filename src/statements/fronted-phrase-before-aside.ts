import { PREPOSITIONS } from './vocabulary.ts';

/** Words that open a phrase of place, time or concern set before a clause ("For many families …", "Under the plan …"). */
const FRONTING_WORDS = new Set([...PREPOSITIONS, 'under', 'over', 'during', 'by', 'beyond', 'until', 'since', 'only']);

/**
 * "For many families in the hills, he said, the school was …", "In most villages, she said, the shop had closed …": a
 * phrase opening with a preposition, with no verb of its own, set before a speaker's aside is no statement; the
 * speaker's words are the clause after the aside (as the convention annotates "Fares, he said, were …" from the verb).
 * `hasVerb` says whether words hold a finite verb.
 */
export function isFrontedPhraseBeforeAside(head: string, after: string, hasVerb: (words: string) => boolean): boolean {
  const first = /^\s*([\p{L}]+)/u.exec(head)?.[1]?.toLowerCase();
  return first !== undefined && FRONTING_WORDS.has(first) && !hasVerb(head) && hasVerb(after);
}
