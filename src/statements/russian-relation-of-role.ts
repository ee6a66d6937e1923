// «Ее соседка по площадке Оксана Дерябина работает медсестрой. … Соседка пенсионерки уверена, что …»: a word for a tie to
// someone and one lower-case genitive (whose neighbour, colleague or friend) names again the one person the text introduced
// by that word after a possessive and then a full name. The mention was read as an unnamed neighbour. Thirty-sixth session,
// a seventh probe of Russian speakers (dev d1781).
// Guards: the mention exactly two words, the singular relation word (russian-relations.ts) and one lower-case Cyrillic word;
// earlier in the text «Ее / Его <the same word>», perhaps «по» and one word, then a full name of two capitalised words;
// exactly one such name (two neighbours named so, and nothing changes).

import { isOwnedRelationWord } from './russian-relations.ts';

/** «Оксана Дерябина» for «Соседка пенсионерки» when the text introduced «Ее соседка … Оксана Дерябина» alone; else null. */
export function relationOfRoleNamed(text: string, mention: string, before: number): string | null {
  const m = /^([\u0410-\u042F\u0401]?[\u0430-\u044F\u0451]+)\s+([\u0430-\u044F\u0451]+)$/u.exec(mention.trim());
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  if (!isOwnedRelationWord('ее', word)) return null;
  const names = new Set<string>();
  const re = new RegExp(`(?<![\\p{L}])(?:Ее|Её|Его|ее|её|его)\\s+${word}(?:\\s+по\\s+[\\u0430-\\u044F\\u0451]+)?\\s+(\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}])`, 'gu');
  for (const found of text.slice(0, before).matchAll(re)) names.add(found[1]!);
  return names.size === 1 ? [...names][0]! : null;
}
