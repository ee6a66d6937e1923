// "Transit Insight, a consultancy that tracks ticket prices, said …. The consultancy said …": a body the text names and then
// describes in apposition by a kind word ("<Name>, a consultancy …", "<Name>, an analytics firm …") is what the text
// later calls "the consultancy", "the analytics firm": the same words after "the". Before, a kind word no list held
// ("consultancy") became a body of that word, and "the analytics firm" went past the outfit to another business.
// Guards: the words after "the" must all be lower case and stand at the end of the apposition's noun phrase, after "a" or
// "an" and at most two other words ("a Leeds-based consultancy"); the name's capitalised words follow no preposition's
// capital ("The"), and the last such apposition before the phrase wins. The caller leaves a lone business word ("the
// company", "the firm") to the rules that weigh a research outfit against the story's business (research-outfit.ts).
import { escapeRegExp } from '../text/escape-reg-exp.ts';

/** The name the text last describes as "<Name>, a|an … <words>" before `at`, for "the <words> said"; else null. */
export function nameApposedWithKind(text: string, words: readonly string[], at: number): string | null {
  if (words.length === 0 || words.length > 3 || !words.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) return null;
  const kind = words.map(escapeRegExp).join('\\s+');
  const re = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}&'\\u2019-]*(?:\\s+(?:of\\s+|and\\s+|&\\s+)?\\p{Lu}[\\p{L}&'\\u2019-]*){0,4}),\\s+(?:a|an)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}?${kind}(?![\\p{L}-])`, 'gu');
  const names = [...text.slice(0, at).matchAll(re)].map((m) => m[1]!.replace(/^(?:The|A|An)\s+/u, '').replace(/\s+/gu, ' '))
    .filter((name) => !/^(?:The|A|An|It|Its|In|On|At|But|And)$/u.test(name));
  return names.at(-1) ?? null;
}
