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
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import type { Token } from './speaker-phrase.ts';

const ACRONYM_RE = /^(?:\p{Lu}{2,}|\p{Lu}{1,2}\p{Ll}{1,3}\p{Lu}{2,4})$/u;

/**
 * The post (its roles) where `who` is «<post> [lower-case words] <named body>», else null. `masked` is the text the tokens'
 * offsets point into (to see a name's quotes); `roles` reads a Russian word's post, `given` whether a word is a given name.
 */
export function postOfNamedBody(masked: string, who: readonly Token[], roles: (lower: string) => readonly string[] | null,
  given: (word: string) => boolean, prepositions: ReadonlySet<string>): readonly string[] | null {
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
  const letters = body.length === 1 && ACRONYM_RE.test(body[0]!.text);
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
