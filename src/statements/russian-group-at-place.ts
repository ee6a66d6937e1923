// A group of people of a kind, perhaps with whose or what they are in the genitive, then where they are, opened by «в» /
// «во» / «на», closing the subject: «Продавцы сувенирных лавок на Куршской косе говорят», «Рабочие в заводских чатах
// пишут», «Покупатели на рыночной площади жалуются». The place is no speaker (a body «заводских чатах») and its capitalised
// adjective no surname («Куршской»): the phrase is the group, unnamed (thirty-second session, test-45 r01, r09).

import type { Token } from './speaker-phrase.ts';

/** An adjective in the prepositional, singular or plural («сувенирной», «заводских», «Куршской», «рыночном»). */
const ADJECTIVE_LOCATIVE_RE = /^\p{L}\p{Ll}{2,}(?:ой|ом|ем|ей|их|ых)$/u;
/** A lower-case noun in the prepositional («косе», «чатах», «площади», «рынке», «проходной» is an adjective's shape). */
const NOUN_LOCATIVE_RE = /^\p{Ll}{2,}(?:е|и|у|ах|ях)$/u;
/** A lower-case word in the genitive describing the group («лавок», «сувенирных», «цехов», «района»). */
const GENITIVE_RE = /^\p{Ll}{3,}$/u;

/**
 * Whether `all` is a plural group word (`isGroup`: the caller's test that the first word alone is an unnamed plural
 * group), up to three lower-case words after it, then «в» / «во» / «на» and one to three words of a place: adjectives in
 * the prepositional, then one lower-case noun in the prepositional, and nothing after it.
 * Guards: the place's noun lower case and last (so «в поселке Заречный», «в компании «Name»» are not read here); no quote
 * marks inside the place (a gap of two characters or more between its words is a dropped mark); one preposition only;
 * the words before it lower case (no name, no post with a name).
 */
export function isGroupAtPlace(all: readonly Token[], isGroup: (word: Token) => boolean, isPreposition: (word: Token) => boolean): boolean {
  if (all.length < 3 || all.length > 8) return false;
  const at = all.findIndex((w, k) => k >= 1 && ['в', 'во', 'на', 'под', 'близ', 'возле', 'около'].includes(w.text));
  if (at < 1 || at > 4) return false;
  const between = all.slice(1, at);
  const near = ['под', 'близ', 'возле', 'около'].includes(all[at]!.text);
  // (Before «под»: a name in quotation marks may stand among those words, «садового товарищества «Рябинка» под …»; its
  // marks leave a gap of two characters or more before it.)
  const quotedName = (w: Token, k: number) => near && /^\p{Lu}\p{Ll}+$/u.test(w.text) && k > 0 && w.start - between[k - 1]!.end >= 2;
  if (!between.every((w, k) => (GENITIVE_RE.test(w.text) || quotedName(w, k)) && !isPreposition(w))) return false;
  const place = all.slice(at + 1);
  if (place.length < 1 || place.length > 3) return false;
  // (Forty-fifth session: «Жители поселка под Новокуйбышевском с начала декабря остаются …»: a town near which the group
  // lives, «под» / «близ» / «возле» / «около» and one capitalised word, is a place too; it had been read as a surname
  // whom a later «По ее словам» meant (test-62 r07). Guard: that one word, no more, right after the preposition.)
  if (near) {
    return place.length === 1 && /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)*$/u.test(place[0]!.text) && place[0]!.start - all[at]!.end < 2 && isGroup(all[0]!);
  }
  if (!NOUN_LOCATIVE_RE.test(place.at(-1)!.text)) return false;
  if (!place.slice(0, -1).every((w) => ADJECTIVE_LOCATIVE_RE.test(w.text))) return false;
  if (place.some((w, k) => k > 0 && w.start - place[k - 1]!.end >= 2) || place[0]!.start - all[at]!.end >= 2) return false;
  return isGroup(all[0]!);
}
