// "Transit Insight, a consultancy that tracks ticket prices, said in a report …. The company said it had made a fair offer":
// a research outfit that speaks in its own name — a consultancy, a research or analytics firm, a think tank, a pollster —
// is cited for its findings about the story's business, and the story's "the company" goes on meaning that business,
// not the outfit just quoted. Before, "the company" went to the outfit (the last body named, or the last described by a
// business's word in apposition, "HomeSafe Analytics, a research firm that …").
// Guards: the outfit must be described so in the text (in apposition, "<Name>, a consultancy …", "<Name>, a research
// firm …", or by its kind before the name, "consultancy Name"); the caller skips it only where another business is
// there to take, so a story about the outfit itself ("Name, a consultancy, will cut 40 jobs, the company said") keeps it.
import { escapeRegExp } from '../text/escape-reg-exp.ts';

const OUTFIT_KIND = String.raw`(?:consultancy|consultancies|think[- ]tank|pollster|polling\s+(?:firm|company|group)|(?:research|analytics|data|market[- ]research|economic|advisory|consulting)\s+(?:firm|company|group|house|consultancy|outfit|business))`;

/** Whether the text describes the body `name` as a research outfit (a consultancy, a research firm, a think tank). */
export function isResearchOutfit(text: string, name: string): boolean {
  const n = escapeRegExp(name);
  const apposed = new RegExp(`(?<![\\p{L}])${n},\\s+(?:a|an|the)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}?${OUTFIT_KIND}(?![\\p{L}])`, 'iu');
  const kindBefore = new RegExp(`(?<![\\p{L}])${OUTFIT_KIND}\\s+${n}(?![\\p{L}])`, 'iu');
  return apposed.test(text) || kindBefore.test(text);
}

/**
 * "Urban Renewal Research Hong Kong, a think tank, said …": words in apposition that say only what kind of outfit the
 * name before them is ("a think tank", "a Johannesburg research firm", "an economic consultancy"): the name is the
 * outfit's, a body, though read alone it looked like a person's name (a place's words at its end). Guard: the whole
 * apposition is an article, at most three words and an outfit's kind, nothing after it ("a consultancy director" is a
 * person's post).
 */
export function appositionIsOutfitKind(words: string): boolean {
  return new RegExp(String.raw`^\s*(?:a|an|the)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?${OUTFIT_KIND}\s*$`, 'iu').test(words);
}
