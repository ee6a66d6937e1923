// «Пенсионерка Тамара Гусельникова, в 1987 году чемпионка области в составе …, пришла на финал. … Бывшая чемпионка области
// уверена, что …»: a post's word and whose it is (one lower-case genitive), perhaps after «бывший» / «бывшая», that the text
// printed word for word in one person's sentence is that person; the post reader keeps only the role («спортсмен»), so it
// went to another holder of it, one the text called «бывшая чемпионка России» (the thirty-fourth session's leftover, d1633).
// Guards: the phrase is the role word and one lower-case genitive, perhaps one adjective before (no capital inside); the
// same two words printed before the phrase in exactly one sentence; that sentence names exactly one person the caller knows,
// before the words.

import { escapeRegExp } from '../text/escape-reg-exp.ts';

const SENTENCE_END = /[.!?…]\s/gu;

export function holderOfPostWithWhose(text: string, printed: string, at: number, people: readonly string[]): string | null {
  const words = printed.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 3 || !words.slice(1).every((w) => /^\p{Ll}+$/u.test(w))) return null;
  if (words.length === 3 && !/^\p{L}\p{Ll}+(?:ий|ый|ая|ой)$/u.test(words[0]!)) return null;
  const [role, whose] = words.slice(-2).map((w) => w.toLowerCase()) as [string, string];
  if (!/(?:и|ы|а|я)$/u.test(whose)) return null;
  const before = text.slice(0, at);
  const found = new Set<string>();
  let sentences = 0;
  for (const m of before.matchAll(new RegExp(`(?<![\\p{L}-])${role}\\s+${whose}(?![\\p{L}-])`, 'giu'))) {
    // (The sentence the words are in, from its start to the words.)
    let start = 0;
    for (const e of before.slice(0, m.index).matchAll(SENTENCE_END)) start = e.index + e[0].length;
    const stretch = before.slice(start, m.index);
    sentences++;
    const named = people.filter((p) => {
      const surname = p.split(' ').at(-1)!;
      return new RegExp(`(?<![\\p{L}-])${escapeRegExp(surname)}(?![\\p{L}-])`, 'u').test(stretch);
    });
    if (named.length !== 1) return null;
    found.add(named[0]!);
  }
  return sentences === 1 && found.size === 1 ? [...found][0]! : null;
}
