// People named only by whom they are to someone ("Ее сосед, пенсионер, добавил", "Соседи Кравец по подъезду
// рассказали", "Коллеги Петрова считают"): a word for a neighbour, colleague, relative or friend after a possessive, or in
// the plural before whose they are, with no name of their own, is an unnamed source. The name after the plural is whose
// neighbours they are (a genitive), not theirs; the possessive is the person they belong to, not the speaker.

/** Words for someone by their tie to another, singular and plural, in the nominative (lower case). */
const RELATION_SINGULAR = new Set(['сосед', 'соседка', 'коллега', 'родственник', 'родственница', 'друг', 'подруга', 'знакомый',
  'знакомая', 'сослуживец', 'сослуживица', 'однокурсник', 'однокурсница', 'одноклассник', 'одноклассница']);
const RELATION_PLURAL = new Set(['соседи', 'коллеги', 'родственники', 'родные', 'близкие', 'друзья', 'знакомые', 'сослуживцы',
  'однокурсники', 'одноклассники',
  // (Thirty-eighth session: spouses and siblings in the plural, «Жены рыбаков говорят», «Вдовы горняков рассказали»: as
  // «Родственники задержанных», an unnamed group. Guard: the plural only; «жена» and «брат» alone are left as they were.)
  'жены', 'мужья', 'вдовы', 'братья', 'сестры', 'сыновья']);
const POSSESSIVES = new Set(['его', 'ее', 'её', 'их', 'мой', 'моя', 'мои', 'наш', 'наша', 'наши']);

/** Whether `words` are a possessive and a singular word for a tie to someone («Его коллега», «Ее соседка»). */
export function isOwnedRelationWord(possessive: string, word: string): boolean {
  return POSSESSIVES.has(possessive.toLowerCase()) && RELATION_SINGULAR.has(word.toLowerCase());
}

/**
 * Whether `words` (the subject's words, as printed) are someone's unnamed neighbour, colleague or relative: a possessive
 * and the singular word ("Ее сосед"), or the plural word, then whose (one or two capitalised words or a possessive), then
 * perhaps «по» and one lower-case word ("Соседи Кравец по подъезду", "Коллеги Петрова").
 */
export function isUnnamedRelation(words: readonly string[]): { plural: boolean } | null {
  const lower = words.map((w) => w.toLowerCase());
  const described = describedRelation(lower, words);
  if (described) return described;
  // (Forty-third session: the plural word alone, «Жены возмущены: «…»», «Мужья …», «Друзья …»: an unnamed group, as
  // «Соседи» and «Родственники» alone already were by other words' lists; «Жены» had been read as a name, and «Жены
  // рыбаков возмущены: «…»» gave the quotation to a body «Жены» (d2430). Guard: one word, a plural of the list.)
  if (words.length === 1 && RELATION_PLURAL.has(lower[0]!)) return { plural: true };
  if (words.length === 2 && POSSESSIVES.has(lower[0]!) && RELATION_SINGULAR.has(lower[1]!)) return { plural: false };
  if (words.length === 2 && POSSESSIVES.has(lower[0]!) && RELATION_PLURAL.has(lower[1]!)) return { plural: true };
  // («Сосед Патимат», «Соседка Лебедевой по площадке»: the singular word, then whose, one capitalised word (a name that may
  // not decline, so its case is not checked), perhaps «по» and a lower-case word: someone's neighbour, unnamed. Guard: one
  // capitalised word only; «Сосед Иван Петров» (two) keeps a name.)
  if (RELATION_SINGULAR.has(lower[0]!) && (words.length === 2 || words.length === 4) && /^\p{Lu}\p{Ll}+$/u.test(words[1]!)
    && (words.length === 2 || (lower[2] === 'по' && /^\p{Ll}+$/u.test(words[3]!)))) return { plural: false };
  // (Forty-first session: «Знакомый семьи Латыпова утверждает», «Друзья семьи Петровых рассказали»: the word for a tie,
  // «семьи», then whose family, one or two capitalised words in the genitive: someone's family friend, unnamed; the name
  // was read as the speaker. Guard: «семьи» right after the relation word, and only capitalised words after it.)
  if ((RELATION_SINGULAR.has(lower[0]!) || RELATION_PLURAL.has(lower[0]!)) && lower[1] === 'семьи' && (words.length === 3 || words.length === 4)
    && words.slice(2).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return { plural: RELATION_PLURAL.has(lower[0]!) };
  if (words.length < 2 || words.length > 5 || !RELATION_PLURAL.has(lower[0]!)) return null;
  let k = 1;
  while (k < words.length && k <= 2 && /^\p{Lu}\p{Ll}+$/u.test(words[k]!)) k++;
  if (k === 1) return null;
  const rest = lower.slice(k);
  return rest.length === 0 || (rest.length === 2 && rest[0] === 'по' && /^\p{Ll}+$/u.test(rest[1]!)) ? { plural: true } : null;
}

/** Words for a parent or grandparent, in the nominative singular, capitalised or not. */
const PARENTS = new Set(['мать', 'отец', 'мама', 'папа', 'бабушка', 'дедушка']);

/**
 * Whether `words` are an unnamed parent described by whose parent they are: «Мать двоих школьников из Порховского района»,
 * «Отец одной из учениц», «Мама пострадавшего мальчика». The words after the parent's word open lower case (the children,
 * in the genitive); a capitalised word may follow only a preposition of place («из», «с», «в») and its lower-case
 * adjective. Guard: a full name at the end («мама четвероклассника Дарья Коваль») names the parent, so not unnamed.
 */
export function isUnnamedParent(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 8 || !PARENTS.has(words[0]!.toLowerCase()) || !/^\p{Ll}/u.test(words[1]!)) return false;
  const place = words.findIndex((w, k) => k > 1 && ['из', 'с', 'со', 'в', 'во'].includes(w));
  const children = place > 0 ? words.slice(1, place) : words.slice(1);
  if (!children.every((w) => /^\p{Ll}+$/u.test(w))) return false;
  if (place < 0) return true;
  // (The place: a capitalised name, perhaps after or before its lower-case adjective and word, «из Порховского района», «из
  // села Кузьминка»; never two capitalised words together, a person's name.)
  const where = words.slice(place + 1);
  return where.length >= 1 && where.length <= 3 && !where.some((w, k) => k > 0 && /^\p{Lu}/u.test(w) && /^\p{Lu}/u.test(where[k - 1]!));
}

// Twenty-ninth session (unnamed sources in Russian): such words described by whose they are in lower case, not by a name
// («Соседка пострадавших», «Родители учеников», «коллеги погибшего», «по словам ее соседки по блоку», «родственники
// задержанных»), are unnamed sources too; the genitive after «по словам» is read as the nominative.

/** Parents in the plural (the singular parent is isUnnamedParent's). */
const PARENTS_PLURAL = new Set(['родители', 'мамы', 'папы', 'матери', 'отцы']);
/** Oblique forms of the words above (after «по словам», «по мнению»), to the nominative. */
const RELATION_FORMS: Readonly<Record<string, string>> = {
  соседа: 'сосед', соседки: 'соседка', соседей: 'соседи', коллег: 'коллеги', родственника: 'родственник',
  родственницы: 'родственница', родственников: 'родственники', друга: 'друг', подруги: 'подруга', друзей: 'друзья',
  знакомого: 'знакомый', знакомой: 'знакомая', знакомых: 'знакомые', родных: 'родные', близких: 'близкие',
  сослуживца: 'сослуживец', сослуживцев: 'сослуживцы', однокурсника: 'однокурсник', однокурсницы: 'однокурсница',
  однокурсников: 'однокурсники', одноклассника: 'одноклассник', одноклассницы: 'одноклассница', одноклассников: 'одноклассники',
  родителей: 'родители', мам: 'мамы', пап: 'папы', матерей: 'матери', отцов: 'отцы',
  жен: 'жены', мужей: 'мужья', вдов: 'вдовы', братьев: 'братья', сестер: 'сестры', сыновей: 'сыновья',
};

/**
 * Whether `possessive` and `word` are a possessive and a plural word for a tie to someone in the genitive («ее соседей»,
 * «его коллег», «их родителей»: after «по словам»). Thirty-eighth session.
 */
export function isOwnedRelationPlural(possessive: string, word: string): boolean {
  const noun = RELATION_FORMS[word.toLowerCase()];
  return POSSESSIVES.has(possessive.toLowerCase()) && noun !== undefined && (RELATION_PLURAL.has(noun) || PARENTS_PLURAL.has(noun));
}

/**
 * A relation word (perhaps after a possessive, in any listed case), then whose or where, one to three lower-case words
 * («пострадавших», «погибшего», «из третьего подъезда»), perhaps «по» and one lower-case word («по блоку»); or a possessive
 * and the word with «по …» alone («ее соседки по блоку»). Guards: no capitalised word after the relation word (a name there
 * is whose, read above, or the person's own); no preposition but «по» / «из»; «знакомый» and its forms only before a
 * genitive, never before a preposition («знакомые с ситуацией» are sources, read elsewhere).
 */
function describedRelation(lower: readonly string[], words: readonly string[]): { plural: boolean } | null {
  const owned = lower.length > 0 && POSSESSIVES.has(lower[0]!) ? 1 : 0;
  const head = lower[owned];
  if (head === undefined) return null;
  const noun = RELATION_FORMS[head] ?? head;
  const plural = RELATION_PLURAL.has(noun) || PARENTS_PLURAL.has(noun);
  if (!plural && !RELATION_SINGULAR.has(noun)) return null;
  const rest = lower.slice(owned + 1);
  if (rest.length === 0 || rest.length > 4 || !words.slice(owned + 1).every((w) => /^\p{Ll}+$/u.test(w))) return null;
  const by = rest.indexOf('по');
  const from = rest.indexOf('из');
  // («по блоку», «по подъезду»: one word after «по», the last.)
  if (by >= 0 && by !== rest.length - 2) return null;
  const whose = rest.slice(0, by >= 0 ? by : rest.length);
  if (whose.length === 0 && owned === 0) return null;
  if (/^знаком/u.test(noun) && (whose.length === 0 || from === 0)) return null;
  const place = from >= 0 ? whose.slice(from + 1) : [];
  const genitives = from >= 0 ? whose.slice(0, from) : whose;
  if (from >= 0 && (place.length === 0 || place.length > 2)) return null;
  const genitive = /(?:ого|его|ой|ей|ых|их|ов|ев|ей|[аяыи])$/u;
  if (!genitives.every((w) => genitive.test(w) && w.length > 2)) return null;
  return { plural };
}
