// "Transit Insight, a consultancy that tracks ticket prices, said …. The consultancy said …": a body the text names and then
// describes in apposition by a kind word ("<Name>, a consultancy …", "<Name>, an analytics firm …") is what the text
// later calls "the consultancy", "the analytics firm": the same words after "the". Before, a kind word no list held
// ("consultancy") became a body of that word, and "the analytics firm" went past the outfit to another business.
// Guards: the words after "the" must all be lower case and stand at the end of the apposition's noun phrase, after "a" or
// "an" and at most two other words ("a Leeds-based consultancy"); the name's capitalised words follow no preposition's
// capital ("The"), and the last such apposition before the phrase wins. The caller leaves a lone business word ("the
// company", "the firm") to the rules that weigh a research outfit against the story's business (research-outfit.ts).
import { escapeRegExp } from '../text/escape-reg-exp.ts';

/** The outfit's own one-word names for what it is, as a text goes on to call it ("the consultancy said", "the pollster said"). */
// ("The think tank said" after "<Name>, a think tank, said": the two-word kind, which the phrase reader gives hyphenated,
// found as printed either way; thirty-third session, second round.)
const OUTFIT_HEADS: Record<string, string> = { consultancy: 'consultancy', pollster: 'pollster', 'think-tank': 'think[- ]tank' };

/**
 * "Transit Insight, a consultancy that tracks ticket prices, said …. The consultancy said …": the outfit the text last
 * described in apposition by that word, "<Name>, a(n) (…) consultancy". Before, "the consultancy" was read as a body of
 * that word (the thirty-second session's d1561, left). Guards: only the outfit words above (a generic "the firm" / "the
 * company" is the business rules'); the name capitalised, one to six words, right before ", a" / ", an" / ", the"; the
 * word within four words of the article; the last such name before the phrase. (Was research-outfit.ts's outfitByItsWord,
 * written side by side with this file in the thirty-third session; folded here in its second round, tried first.)
 */
function outfitByItsWord(text: string, head: string, at: number): string | null {
  const kind = OUTFIT_HEADS[head];
  if (!kind) return null;
  const re = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}[\p{L}&'\u2019-]*(?:\s+(?:of|for|and|&|\p{Lu}[\p{L}&'\u2019-]*)){0,5}),\s+(?:a|an|the)\s+(?:[\p{L}\p{N}-]+\s+){0,4}?${kind}(?![\p{L}])`, 'gu');
  const names = [...text.slice(0, at).matchAll(re)].map((m) => m[1]!.replace(/^(?:The|A|An)\s+/u, ''));
  return names.at(-1) ?? null;
}

/**
 * The name the text last describes as "<Name>, a|an … <words>" before `at`, for "the <words> said"; else null. `words` in
 * lower case; for an outfit's own word ("consultancy", "pollster") the wider apposition above is tried first.
 */
export function nameApposedWithKind(text: string, words: readonly string[], at: number): string | null {
  const outfit = words.length > 0 ? outfitByItsWord(text, words.at(-1)!, at) : null;
  if (outfit) return outfit;
  if (words.length === 0 || words.length > 3 || !words.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) return null;
  const kind = words.map(escapeRegExp).join('\\s+');
  const re = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}&'\\u2019-]*(?:\\s+(?:of\\s+|and\\s+|&\\s+)?\\p{Lu}[\\p{L}&'\\u2019-]*){0,4}),\\s+(?:a|an)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}?${kind}(?![\\p{L}-])`, 'gu');
  const names = [...text.slice(0, at).matchAll(re)].map((m) => m[1]!.replace(/^(?:The|A|An)\s+/u, '').replace(/\s+/gu, ' '))
    .filter((name) => !/^(?:The|A|An|It|Its|In|On|At|But|And)$/u.test(name));
  return names.at(-1) ?? null;
}
