// «— признался ирландец», «— добавил испанец», «сказала итальянка» after «ирландский защитник Шон О'Коннор»: a word for a
// person of a nation, used as a role, is the one the text named with that nation's adjective before (a sports and foreign
// news habit; thirty-first session, a probe of foreign names in Russian text). It had been read as a post nobody holds,
// an unnamed source.

/** The stem a nation's adjective shares with its word for a person: «ирландец» → «ирланд», «итальянка» → «итальян». */
function demonymStem(role: string): string | null {
  const m = /^(\p{Ll}{3,}?)(?:ец|ка|анин|янин|анка|янка)$/u.exec(role);
  return m ? m[1]! : null;
}

/**
 * The full name printed last before `at` right after an adjective of the nation `role` names and up to three lower-case
 * words (a post: «ирландский защитник Name Surname», «шотландского полузащитника Name Surname»), or null.
 * Guards: the role one lower-case word in -ец / -ка / -анин / -янин (its adjective «<stem>ск…» printed in the text); the
 * name two capitalised words (an apostrophe or hyphen inside allowed), in the nominative; exactly one such name before.
 */
export function personOfNation(text: string, at: number, role: string): string | null {
  const stem = demonymStem(role);
  if (!stem) return null;
  // (The adjective may open its sentence: «Ирландский защитник …».)
  const opening = `[${stem[0]}${stem[0]!.toUpperCase()}]${stem.slice(1)}`;
  const re = new RegExp(`(?<!\\p{L})${opening}(?:ск|цк)(?:ий|ая|ое)(?:\\s+\\p{Ll}+){1,3}\\s+(\\p{Lu}\\p{Ll}+\\s+\\p{Lu}[\\p{L}'\\u2019-]+)(?![\\p{L}])`, 'gu');
  const found = [...text.slice(0, at).matchAll(re)].map((m) => m[1]!);
  return new Set(found).size === 1 ? found[0]! : null;
}

/**
 * «— сказал белорусский ветеран», «— добавил бразильский тренер» after «гость из Гомеля, белорус Name Surname», «тренер,
 * бразилец Name Surname»: a nation's adjective and one lower-case word (whatever that word, a post or not) is the one person
 * the text introduced by that nation's word for a person right before the full name. The mention had been read as an
 * unnamed veteran, or as no one. Thirty-seventh session, an eighth probe of Russian speakers (dev d1962, d1963).
 * Guards: the adjective in «-ский / -цкий / -ская / -цкая» and exactly one lower-case word after it; the person word
 * («белорус», «бразилец», «белоруска») right before two capitalised words, the text before `at`; exactly one such name.
 */
export function personOfNationByAdjective(text: string, at: number, mention: string): string | null {
  const m = /^(\p{Ll}{3,}?)ь?(?:ск|цк)(ий|ая)\s+\p{Ll}+$/u.exec(mention.trim());
  if (!m) return null;
  const stem = m[1]!;
  const suffix = m[2] === 'ая' ? '(?:ка|анка|янка)' : '(?:ец|анин|янин)?';
  const opening = `[${stem[0]}${stem[0]!.toUpperCase()}]${stem.slice(1)}`;
  const re = new RegExp(`(?<!\\p{L})${opening}${suffix}\\s+(\\p{Lu}\\p{Ll}+\\s+\\p{Lu}[\\p{L}'\\u2019-]+)(?![\\p{L}])`, 'gu');
  const found = [...text.slice(0, at).matchAll(re)].map((f) => f[1]!);
  return new Set(found).size === 1 ? found[0]! : null;
}
