// «В Ассоциации пациентов с сахарным диабетом Саратовской области заявили», «в Фонде помощи детям с нарушениями слуха»,
// «в Союзе за чистые реки»: a body's own name, its capitalised word first (after «в», in the locative), may hold a
// preposition of what the body is for or of whom it is. The name runs on through it to the region that ends it; the
// preposition is no sign of a scene or a post's place, and the region's adjective no surname.

import type { Token } from './speaker-phrase.ts';

/** Prepositions a body's name holds after its first words. */
const IN_NAME = new Set(['с', 'со', 'для', 'за', 'против', 'по']);

/** A region's word after its capitalised adjective («Саратовской области», «Пермского края»). */
const REGION_WORD_RE = /^(?:области|края|района|округа|республики|улуса)$/u;

/**
 * Whether `tokens` (a speaker phrase after «в», without it) are one body's name: a capitalised body word, a lower-case
 * word of whom or what it is, a preposition of those above later on, lower-case words, and capitalised words only as a
 * region's adjective before its word or as the one last word («России», «Москвы»). `isBodyWord` and `isPost` are the
 * caller's.
 */
export function isBodyNameWithPreposition(tokens: readonly Token[], isBodyWord: (t: Token) => boolean, isPost: (t: Token) => boolean): boolean {
  if (tokens.length < 4 || tokens.length > 12) return false;
  const [head, of] = [tokens[0]!, tokens[1]!];
  if (!/^\p{Lu}\p{Ll}/u.test(head.text) || !isBodyWord(head) || !/^\p{Ll}+$/u.test(of.text) || IN_NAME.has(of.lower)) return false;
  const at = tokens.findIndex((t, k) => k >= 2 && IN_NAME.has(t.lower));
  if (at < 0 || at === tokens.length - 1) return false;
  return tokens.slice(1).every((t, i) => {
    const k = i + 1;
    // (People in the genitive plural are whose body it is, «пациентов», «журналистов»; a post in another case is someone.)
    if (isPost(t) && !/\p{Ll}(?:ов|ев|ёв|ей)$/u.test(t.text)) return false;
    if (/^\p{Ll}+$/u.test(t.text)) return true;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
    const next = tokens[k + 1];
    const last = k === tokens.length - 1;
    // («… Республики Дагестан», «… Республики Тыва»: a republic's word, then its name, last.)
    const republic = (t: Token | undefined) => t !== undefined && t.lower === 'республики';
    return (next !== undefined && REGION_WORD_RE.test(next.text)) || (last && (/^\p{Ll}+$/u.test(tokens[k - 1]!.text) || republic(tokens[k - 1])))
      || (republic(t) && k === tokens.length - 2);
  });
}
