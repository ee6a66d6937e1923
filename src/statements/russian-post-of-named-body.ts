// «По словам начальника местного отделения МЧС, …», «по словам директора предприятия «Кунгурское АТП», …», «По словам
// начальника районного отделения Госавтоинспекции, …»: a post in the genitive, a few lower-case words of whose unit it is,
// and a body the text names (letters, a name in quotes, a body's word in «-ии»), with no person's name after it. That is
// someone holding a post of a named body, no holder named: an unnamed source, as «по словам представителя РЖД» is (dev
// d1400; «По словам директора АКОРТ», d1477). Before, the words were read as a body of
// that name («начальника местного отделения МЧС») or as the body alone («Металлурга»).
// Guards: the post's word first (after at most two adjectives in «-ого», «-его») and known to the role lists; the words between lower case, no preposition, no second
// post; the body one acronym, or printed in quotes, or one capitalised word in «-ии»; no given name among the capitalised
// words (a named holder, «начальника отдела Ирины Ким», is read as before); a lone capitalised word otherwise may be a
// surname («тренера Петрова») and is left alone; a holder of that post of that body named before (the post's and the body's
// stems and then a capitalised first name and surname) leaves the words as they were read. A post read as a title was
// tried first and dropped: the resolver gave it to the last person quoted (d1564's school head).

// Folded in (thirty-third session, second round; was russian-post-of-lettered-body.ts, written side by side for the same
// d1564 shape): the same post of a body named by its letters read anywhere in a phrase (after a verb, «— сказал …»), as a
// person's post, not the body: isPostOfLetteredBody below gives a title the resolver hands to a named holder, else to
// nobody. postOfNamedBody is tried first after «по словам» and the like; where it leaves the words (a holder named
// before), the title reading below is what finds that holder.
//
// «По словам начальника местного отделения МЧС, …», «— сказал руководитель районного отдела ГИБДД»: a post opening the phrase,
// then whose office it is — lower-case adjectives and genitives ending in a body's letters — with no name, is a person who
// holds that post, not the body (thirty-third session, dev d1564, d1577: it was read as a body «начальника местного отделения
// МЧС»). The resolver then gives it to a named holder of the post, or to nobody («officials of a named body, unnamed, are null»).
// Guards: the first word a singular post the role list knows (not «представитель» / «сотрудник», read as unnamed already, and
// not a plural, «сотрудники ГИБДД»); not after «в» (a place, «в управлении МЧС»); one to four words after it, every one lower
// case but the last, which is a body's capital letters; no preposition among them («начальник отдела по делам молодежи
// МЧС» stays as it was); no quoted name.
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import type { Token } from './speaker-phrase.ts';

/**
 * The post (its roles) where `who` is «<post> [lower-case words] <named body>», else null. `masked` is the text the tokens'
 * offsets point into (to see a name's quotes); `roles` reads a Russian word's post, `given` whether a word is a given name,
 * `isLetters` whether a word is a body's capital letters.
 */
export function postOfNamedBody(masked: string, who: readonly Token[], roles: (lower: string) => readonly string[] | null,
  given: (word: string) => boolean, prepositions: ReadonlySet<string>, isLetters: (t: Token) => boolean): readonly string[] | null {
  // (One or two adjectives in the genitive may stand before the post: «главного инженера», «первого заместителя».)
  let p = 0;
  while (p < 2 && p < who.length - 1 && /^\p{Ll}+(?:ого|его)$/u.test(who[p]!.text) && roles(who[p]!.lower) === null) p += 1;
  if (who.length - p < 2 || who.length > 8 || !/^\p{Ll}+$/u.test(who[p]!.text)) return null;
  const post = roles(who[p]!.lower);
  // (A representative or a staff member is left as it was read: dev and the read parts differ on «по словам представителя
  // «Name»», dev d1400 unnamed, test-21 r07 the body.)
  if (!post || post.some((r) => r === 'представитель' || r === 'сотрудник')) return null;
  const firstCapital = who.findIndex((t) => /^\p{Lu}/u.test(t.text));
  if (firstCapital < p + 1) return null;
  const between = who.slice(p + 1, firstCapital);
  if (!between.every((t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !prepositions.has(t.lower) && roles(t.lower) === null)) return null;
  const body = who.slice(firstCapital);
  if (body.some((t) => given(t.text))) return null;
  // (A name in quotes ends at its closing quote: a capitalised word after it is a holder's name, «главного тренера «Сокола»
  // Натальи Ершовой», read as before.)
  const closing = /[»"“”]/u.exec(masked.slice(body[0]!.start))?.index;
  const quoted = /[«"„“]\s*$/u.test(masked.slice(Math.max(0, body[0]!.start - 2), body[0]!.start))
    && closing !== undefined && body[0]!.start + closing >= body.at(-1)!.end;
  const letters = body.length === 1 && isLetters(body[0]!);
  const institution = body.length === 1 && between.length > 0 && /^\p{Lu}\p{Ll}{4,}ии$/u.test(body[0]!.text);
  if (!(quoted || letters || institution)) return null;
  // (Not where the text named a holder of that post of that body before: «Начальник отделения МЧС Name …» then «По словам
  // начальника отделения МЧС» is that one; read as before.)
  const stem = (w: string) => w.slice(0, Math.max(3, w.length - 2));
  const postStem = stem(post[0]!);
  const holder = new RegExp(`[${postStem[0]!.toUpperCase()}${postStem[0]}]${postStem.slice(1)}\\p{L}*(?:\\s+[\\p{L}-]+){0,4}?\\s+[«"„“]?${escapeRegExp(stem(body[0]!.text))}[^.!?]{0,40}?\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+`, 'u');
  if (holder.test(masked.slice(0, who[p]!.start))) return null;
  return post;
}

/** Whether the phrase is a singular post, then lower-case genitives ending in a body's letters, with no name. */
export function isPostOfLetteredBody(
  tokens: readonly Token[],
  first: Token,
  isSingularPost: (t: Token) => boolean,
  isLetters: (t: Token) => boolean,
  isPreposition: (t: Token) => boolean,
): boolean {
  if (tokens.length < 2 || tokens.length > 5) return false;
  if (['в', 'во', 'на'].includes(first.lower)) return false;
  const head = tokens[0]!;
  if (!isSingularPost(head) || /(?:[^аеиоуыэюя]и|ы)$/u.test(head.lower) && !/^(?:глав|судь)/u.test(head.lower)) return false;
  const rest = tokens.slice(1);
  const last = rest.at(-1)!;
  if (!isLetters(last)) return false;
  return rest.slice(0, -1).every((t) => /^\p{Ll}+$/u.test(t.text) && !isPreposition(t) && /(?:ого|его|ой|ей|ия|ии|а|я|и|ы)$/u.test(t.lower));
}
