// «Сторож товарищества Виктор Липатов первым заметил воду. … Сторож добавил, что …», «Паромщик Семен Габышев … Паромщик
// уверен, что …»: a capitalised word opening a sentence, one the text earlier set before a full name as what that person
// is (a trade word, perhaps with whose it is in lower-case genitives), is that person. A consonant-final trade word no
// list holds («сторож», «паромщик», «кассир») was read as a body's name (the thirty-fourth session left it: «— говорит
// кассир», «— сказал сторож»).
// Guards: the same word, in the same form, printed earlier with a capital or not, then zero to two lower-case words that
// are no preposition, then a full name of two or three capitalised words; exactly one such person; the caller checks that
// the word opens its sentence and is no name the text knows (no first name before it, not a surname of anyone).
import { escapeRegExp } from '../text/escape-reg-exp.ts';

const PREPOSITIONS = new Set(['в', 'во', 'на', 'с', 'со', 'из', 'у', 'по', 'при', 'для', 'от', 'до', 'за', 'под', 'над', 'о', 'об', 'к', 'ко', 'и']);

export function holderOfTradeWord(text: string, word: string, before: number): string | null {
  if (!/^\p{Lu}[\u0430-\u044F\u0451]{3,}$/u.test(word)) return null;
  const lower = word.toLowerCase();
  const re = new RegExp(`(?<![\\p{L}-])[${escapeRegExp(word[0]!)}${escapeRegExp(lower[0]!)}]${escapeRegExp(word.slice(1))}((?:\\s+\\p{Ll}+){0,2})\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})(?![\\p{L}-])`, 'gu');
  const found = new Set<string>();
  for (const m of text.slice(0, before).matchAll(re)) {
    const between = m[1]!.trim().split(/\s+/u).filter(Boolean);
    if (between.some((w) => PREPOSITIONS.has(w))) continue;
    found.add(m[2]!);
  }
  return found.size === 1 ? [...found][0]! : null;
}
