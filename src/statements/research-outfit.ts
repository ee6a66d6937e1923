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

/** The outfit's own one-word names for what it is, as a text goes on to call it ("the consultancy said", "the pollster said"). */
// ("The think tank said" after "<Name>, a think tank, said": the two-word kind, which the phrase reader gives hyphenated,
// found as printed either way; thirty-third session, second round.)
const OUTFIT_HEADS: Record<string, string> = { consultancy: 'consultancy', pollster: 'pollster', 'think-tank': 'think[- ]tank' };

/**
 * "Transit Insight, a consultancy that tracks ticket prices, said …. The consultancy said …": the outfit the text last
 * described in apposition by that word, "<Name>, a(n) (…) consultancy". Before, "the consultancy" was read as a body of
 * that word (the thirty-second session's d1561, left). Guards: only the outfit words above (a generic "the firm" / "the
 * company" is the business rules'); the name capitalised, one to six words, right before ", a" / ", an" / ", the"; the
 * word within four words of the article; the last such name before the phrase.
 */
export function outfitByItsWord(text: string, head: string, at: number): string | null {
  const kind = OUTFIT_HEADS[head];
  if (!kind) return null;
  const re = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}[\p{L}&'\u2019-]*(?:\s+(?:of|for|and|&|\p{Lu}[\p{L}&'\u2019-]*)){0,5}),\s+(?:a|an|the)\s+(?:[\p{L}\p{N}-]+\s+){0,4}?${kind}(?![\p{L}])`, 'gu');
  const names = [...text.slice(0, at).matchAll(re)].map((m) => m[1]!.replace(/^(?:The|A|An)\s+/u, ''));
  return names.at(-1) ?? null;
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
