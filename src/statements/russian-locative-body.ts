// A body's name after «в», in the locative ("В Пермском городском лесничестве сообщили", "Как сообщили в Северном морском
// порту"): its adjectives put in the nominative by the gender of its head noun, so that the body is named as it calls
// itself (Пермское городское лесничество, Северный морской порт), not as the preposition bends it.

/** Adjective stems whose nominative masculine is stressed «-ой» («городской», «морской», «областной», «речной»). */
const STRESSED_OY = /(?:городск|морск|мужск|заводск|донск|областн|окружн|краев|речн|мостов|полев|цветн|сторожев|таможн|волостн)$/u;

/** Pronouns that point at a body the text named, no part of its name («в самом аэропорту», «в этом министерстве»). */
const POINTING_WORDS = /^(?:сам|эт|т|наш|ваш|сво|вс|кажд|одн|друг)(?:ом|ой|ем|ей)$/u;

type Gender = 'm' | 'n' | 'f';

/** The gender of a body's head noun in the nominative (порт, лесничество, администрация). */
function genderOf(head: string): Gender {
  return /[оеё]$/u.test(head) ? 'n' : /[ая]$/u.test(head) ? 'f' : 'm';
}

/** One adjective in the locative singular put in the nominative of `gender`, or null when it is not one. */
function adjectiveNominative(word: string, gender: Gender): string | null {
  // (Forty-second session: a capital after a hyphen too, «Обь-Иртышском», «Волго-Камском»: such an adjective had been put in
  // the masculine by the fallback, «Обь-Иртышскый бассейновый управление».)
  const m = /^(\p{L}(?:\p{Ll}|-\p{L})*?)(ом|ем|ой|ей)$/u.exec(word);
  if (!m) return null;
  const [, stem, ending] = m as unknown as [string, string, string];
  const soft = ending === 'ем' || ending === 'ей';
  const hushing = /[кгхжшчщ]$/u.test(stem);
  if (gender === 'f') return ending === 'ой' || ending === 'ей' ? stem + (soft && !hushing ? 'яя' : 'ая') : null;
  if (ending === 'ой' || ending === 'ей') return null;
  if (gender === 'n') return stem + (soft ? 'ее' : 'ое');
  return stem + (STRESSED_OY.test(stem) ? 'ой' : soft || hushing ? 'ий' : 'ый');
}

/**
 * `words` (a body's first adjective, perhaps more, then its head noun and what follows it, in the locative; the adjective
 * capitalised or not: «в региональном министерстве …» is «региональное министерство …» as printed, in the nominative)
 * with the adjectives before the head in the nominative, the head given as `headNominative`; null when the words before
 * the head are not all adjectives in the locative.
 */
export function locativeBodyNominative(words: readonly string[], headAt: number, headNominative: string): string[] | null {
  if (headAt < 1 || POINTING_WORDS.test(words[0]!.toLowerCase())) return null;
  const gender = genderOf(headNominative);
  const adjectives = words.slice(0, headAt).map((w) => adjectiveNominative(w, gender));
  if (adjectives.some((a) => a === null)) return null;
  return [...(adjectives as string[]), headNominative, ...words.slice(headAt + 1)];
}
