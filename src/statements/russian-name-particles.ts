// Foreign names with particles, printed in Cyrillic: «Ян ван дер Берг», «Урсула фон Штайн», «Пьер де Марсак», «Жиль Ле
// Бра». Russian names take no particles, so the Russian parser read only the capitalised words after the particle as the
// name («Берг», «Штайн»), and a sentence opening with the particle («Ван дер Берг, отвечая …, предупредил») as a body
// «Ван». The English NAME_PARTICLES are Latin letters and are never read on Cyrillic (thirty-first session, a probe of
// foreign names in Russian text).

import { givenNameGender } from './given-names.ts';

/** Particles of Dutch, German, French, Italian, Spanish and Portuguese names as Russian copy spells them. */
const RU_NAME_PARTICLES = new Set(['ван', 'фон', 'дер', 'ден', 'де', 'ди', 'да', 'дю', 'ла', 'ле', 'дель', 'делла', 'тер', 'цу', 'дос', 'ду']);

/**
 * Particles a French or Italian name prints with a capital inside it («Жиль Ле Бра», «Анна Ди Стефано»). Not «Ван»: a
 * Vietnamese middle name («Нгуен Ван Ань») and a Chinese family name («Ван И») are printed so.
 */
const CAPITAL_INSIDE = new Set(['ле', 'ла', 'де', 'дю', 'дель', 'делла', 'ди']);

const CYRILLIC_WORD = /^[\u0400-\u04FF]/u;

/** A Cyrillic name particle, in either case («ван», «Ван», «фон», «Де»). */
export function isRussianNameParticle(word: string): boolean {
  return CYRILLIC_WORD.test(word) && RU_NAME_PARTICLES.has(word.toLowerCase());
}

/**
 * The particles inside the name that ends `words` (the phrase's words as printed): [from, to) of the run, or null.
 * Either one to three particles printed small right before the phrase's last word, a capitalised surname, with a
 * capitalised word (the first name) or nothing before them («Урсула фон Штайн», «Ян ван дер Берг», «фон Штайн»); or one
 * capitalised French or Italian particle between a first name and the last word («Жиль Ле Бра»). A capitalised particle
 * opening the phrase («Ван дер Берг», «Де Марсак») is read too when small ones follow it or the phrase is that particle
 * and a surname; the resolver then takes the full name the text prints with it.
 * Guards: the surname the phrase's last word, capitalised, no particle; before the run a capitalised word or nothing;
 * for a capital inside, the word before it capitalised and not a genitive's «-ии» / «-ы» («президент Вьетнама Ле Минь»:
 * a place's genitive, then a Vietnamese family name first: a word in -а / -я / -ы / -ии only when it is a listed first
 * name, «Анна Ди Стефано»); not a word of capitals only.
 */
export function russianParticleRun(words: readonly { text: string }[]): { from: number; to: number } | null {
  const n = words.length;
  if (n < 2) return null;
  const last = words[n - 1]!.text;
  if (!/^[\u0400-\u04FF]/u.test(last) || !/^\p{Lu}\p{Ll}/u.test(last) || isRussianNameParticle(last)) return null;
  let from = n - 1;
  while (from > 0 && n - 1 - from < 3 && /^\p{Ll}+$/u.test(words[from - 1]!.text) && isRussianNameParticle(words[from - 1]!.text)) from--;
  if (from < n - 1) {
    // (A capitalised particle opening the phrase before the small ones: «Ван дер Берг».)
    if (from === 1 && isRussianNameParticle(words[0]!.text) && /^\p{Lu}/u.test(words[0]!.text)) return { from: 0, to: n - 1 };
    if (from === 0 || /^\p{Lu}\p{Ll}/u.test(words[from - 1]!.text)) return { from, to: n - 1 };
    return null;
  }
  // («Де Марсак», «Ван Остен»: a capitalised particle and a surname, alone.)
  if (n === 2 && isRussianNameParticle(words[0]!.text) && /^\p{Lu}\p{Ll}/u.test(words[0]!.text)) return { from: 0, to: 1 };
  const inside = words[n - 2]!.text;
  const before = words[n - 3]?.text ?? '';
  if (n >= 3 && /^\p{Lu}\p{Ll}/u.test(inside) && CAPITAL_INSIDE.has(inside.toLowerCase()) && CYRILLIC_WORD.test(inside)
    && /^\p{Lu}\p{Ll}+$/u.test(before) && (!/(?:[аяы]|ии)$/u.test(before) || givenNameGender(before) !== null)) return { from: n - 2, to: n - 1 };
  return null;
}

/**
 * «Де Марсак сказал» where the text prints the full name only in an oblique case, «уволил Пьера де Марсака»: the first
 * name and surname in the nominative, with the particles as printed, when the text prints exactly one such name.
 * `name` is the particles and the surname as read. Guards: the surname the name's last word; the first name right before
 * the particles ends in the same case ending as the surname there (-а, -у, -ом: «Пьера … Марсака»), so a first name
 * that does not decline beside one that does is left; three letters at least left of it.
 */
export function particleNameInObliqueCase(text: string, name: readonly string[]): string | null {
  const surname = name.at(-1)!;
  if (name.length < 2 || !name.slice(0, -1).every(isRussianNameParticle) || isRussianNameParticle(surname)) return null;
  const particles = name.slice(0, -1).map((w) => `[${w[0]!.toLowerCase()}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('\\s+');
  const found = new Set<string>();
  const re = new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)\\s+(${particles})\\s+${surname}(а|у|ом)(?![\\p{L}])`, 'gu');
  for (const m of text.matchAll(re)) {
    const [first, printed, ending] = [m[1]!, m[2]!, m[3]!];
    if (!first.endsWith(ending) || first.length - ending.length < 3) continue;
    found.add(`${first.slice(0, -ending.length)} ${printed.split(/\s+/u).map((w) => w.toLowerCase()).join(' ')} ${surname}`);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * Whether `words` open with a Cyrillic particle the text prints small before the same surname somewhere («ван Остен»
 * for «Ван Остен»), or small here («де Марсак»). Guard: a capitalised «Ван» the text never prints small is a Chinese or
 * Vietnamese name's word («Ван Цзюнь»), read as ever.
 */
export function isParticlePrintedSmall(text: string, words: readonly string[]): boolean {
  const first = words[0] ?? '';
  if (words.length < 2 || !isRussianNameParticle(first)) return false;
  if (/^\p{Ll}/u.test(first)) return true;
  return text.includes([first.toLowerCase(), ...words.slice(1)].join(' '));
}
