// «По словам начальника местного отделения МЧС, …», «— сказал руководитель районного отдела ГИБДД»: a post opening the phrase,
// then whose office it is — lower-case adjectives and genitives ending in a body's letters — with no name, is a person who
// holds that post, not the body (thirty-third session, dev d1564, d1577: it was read as a body «начальника местного отделения
// МЧС»). The resolver then gives it to a named holder of the post, or to nobody («officials of a named body, unnamed, are null»).
// Guards: the first word a singular post the role list knows (not «представитель» / «сотрудник», read as unnamed already, and
// not a plural, «сотрудники ГИБДД»); not after «в» (a place, «в управлении МЧС»); one to four words after it, every one lower
// case but the last, which is a body's capital letters; no preposition among them («начальник отдела по делам молодежи
// МЧС» stays as it was); no quoted name.

interface Word {
  readonly text: string;
  readonly lower: string;
}

/** Whether the phrase is a singular post, then lower-case genitives ending in a body's letters, with no name. */
export function isPostOfLetteredBody<T extends Word>(
  tokens: readonly T[],
  first: T,
  isSingularPost: (t: T) => boolean,
  isLetters: (t: T) => boolean,
  isPreposition: (t: T) => boolean,
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
