// People named only by whom they are to someone ("Ее сосед, пенсионер, добавил", "Соседи Кравец по подъезду
// рассказали", "Коллеги Петрова считают"): a word for a neighbour, colleague, relative or friend after a possessive, or in
// the plural before whose they are, with no name of their own, is an unnamed source. The name after the plural is whose
// neighbours they are (a genitive), not theirs; the possessive is the person they belong to, not the speaker.

/** Words for someone by their tie to another, singular and plural, in the nominative (lower case). */
const RELATION_SINGULAR = new Set(['сосед', 'соседка', 'коллега', 'родственник', 'родственница', 'друг', 'подруга', 'знакомый',
  'знакомая', 'сослуживец', 'сослуживица', 'однокурсник', 'однокурсница', 'одноклассник', 'одноклассница']);
const RELATION_PLURAL = new Set(['соседи', 'коллеги', 'родственники', 'родные', 'близкие', 'друзья', 'знакомые', 'сослуживцы',
  'однокурсники', 'одноклассники']);
const POSSESSIVES = new Set(['его', 'ее', 'её', 'их', 'мой', 'моя', 'мои', 'наш', 'наша', 'наши']);

/**
 * Whether `words` (the subject's words, as printed) are someone's unnamed neighbour, colleague or relative: a possessive
 * and the singular word ("Ее сосед"), or the plural word, then whose (one or two capitalised words or a possessive), then
 * perhaps «по» and one lower-case word ("Соседи Кравец по подъезду", "Коллеги Петрова").
 */
export function isUnnamedRelation(words: readonly string[]): { plural: boolean } | null {
  const lower = words.map((w) => w.toLowerCase());
  if (words.length === 2 && POSSESSIVES.has(lower[0]!) && RELATION_SINGULAR.has(lower[1]!)) return { plural: false };
  if (words.length === 2 && POSSESSIVES.has(lower[0]!) && RELATION_PLURAL.has(lower[1]!)) return { plural: true };
  if (words.length < 2 || words.length > 5 || !RELATION_PLURAL.has(lower[0]!)) return null;
  let k = 1;
  while (k < words.length && k <= 2 && /^\p{Lu}\p{Ll}+$/u.test(words[k]!)) k++;
  if (k === 1) return null;
  const rest = lower.slice(k);
  return rest.length === 0 || (rest.length === 2 && rest[0] === 'по' && /^\p{Ll}+$/u.test(rest[1]!)) ? { plural: true } : null;
}
