// «— сказал пожилой мужчина у магазина», «— рассказала молодая женщина с коляской», «Девушка из соседнего подъезда
// говорит»: Russian words for a person by sex or age («мужчина», «женщина», «девушка», «парень», «старик»…) end in no
// agent's suffix, so the rules read no person in them, and the quote fell to whoever spoke before, or to nobody known.
// Bare («— говорит женщина») such a word is the one the text has been quoting, as dev and the read parts annotate it
// (test-19 r08, test-29 r01), when the gender agrees; described, by an adjective before it or where they are from or stand
// after it, it is someone new, an unnamed source (twenty-ninth session).
// Guards: no capitalised word but after a preposition (a place); at most three adjectives before and four words after.

/** The words, nominative singular, with their gender. */
const SEX_OR_AGE: Readonly<Record<string, 'm' | 'f'>> = {
  мужчина: 'm', женщина: 'f', девушка: 'f', парень: 'm', юноша: 'm', старик: 'm', старушка: 'f', подросток: 'm',
  мальчик: 'm', девочка: 'f', дедушка: 'm', бабушка: 'f',
};

/** The words themselves (russian-common-person-words.ts reads them too, opening a sentence). */
export const SEX_OR_AGE_WORDS: readonly string[] = Object.keys(SEX_OR_AGE);

/** The gender of such a word, or null for any other word. */
export function sexOrAgeWordGender(word: string): 'm' | 'f' | null {
  return SEX_OR_AGE[word] ?? null;
}

const ADJECTIVE = /^\p{Ll}{3,}(?:ый|ий|ой|ая|яя)$/u;
// (Not «на», «в», «после»: «— сказала женщина на пресс-конференции» says where she spoke, a scene, as placeAfterSpeaker reads.)
const PLACE_PREPOSITIONS = new Set(['у', 'возле', 'около', 'из', 'с', 'со', 'рядом']);

/**
 * `words` (as printed) read as such a word: the word (lower case), and whether it is described (an adjective before it, or
 * a preposition and up to three words after it, or a lower-case genitive after it, «мужчина средних лет»); null when the
 * words are anything else.
 */
export function sexOrAgePhrase(words: readonly string[]): { word: string; described: boolean } | null {
  const at = words.findIndex((w) => SEX_OR_AGE[w.toLowerCase()] !== undefined);
  if (at < 0 || at > 3) return null;
  const before = words.slice(0, at);
  const after = words.slice(at + 1);
  if (!before.every((w, k) => ADJECTIVE.test(w.toLowerCase()) && (k === 0 || /^\p{Ll}/u.test(w)))) return null;
  if (at > 0 && !/^\p{Ll}/u.test(words[at]!)) return null;
  if (after.length > 4) return null;
  if (after.length > 0) {
    const placed = PLACE_PREPOSITIONS.has(after[0]!) && after.length >= 2;
    const genitive = after.every((w) => /^\p{Ll}{2,}(?:их|ых|ого|его|ой|ей|ов|ев)$/u.test(w)) && after.length <= 2;
    if (!placed && !genitive) return null;
    // (After a preposition, a capitalised word is a place; two together may be a name: not read.)
    if (placed && after.slice(1).some((w, k) => /^\p{Lu}/u.test(w) && /^\p{Lu}/u.test(after[k] ?? ''))) return null;
  }
  return { word: words[at]!.toLowerCase(), described: before.length > 0 || after.length > 0 };
}
