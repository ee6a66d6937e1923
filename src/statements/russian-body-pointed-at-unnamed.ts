// «Представители компании-подрядчика на заседание не пришли. Как сообщили в самой компании, …», «…, у одной из управляющих
// компаний. В этой компании пояснили, …»: a body's word after a pointing word («самой», «этой», «той») is the body of that
// kind the text mentioned last; when that mention gave it no name (a hyphenated kind, «компании-подрядчика», or one of
// several, «одной из компаний», «другой компании»), the words are an unnamed body's: an unnamed source, not the body of
// that kind the text named before (twenty-ninth session).
// Guards: only after a pointing word (a bare «в компании» stays the body named before); the mention looked for within the
// 400 characters before; a mention followed by «…» or a capitalised word is named, so not unnamed.

const POINTED = /^(?:сам|эт|т)(?:ой|ом|ого|ую)\s+(\p{Ll}{4,})$/u;

/** Whether `text[start, end)` («самой компании») points at a body of its kind the text last mentioned without a name. */
export function pointsAtUnnamedBody(text: string, start: number, end: number): boolean {
  const m = POINTED.exec(text.slice(start, end));
  if (!m) return false;
  // (Five letters of the word, fewer for a short one, «фирме» → «фирм»: its stem in any case.)
  const stem = m[1]!.slice(0, Math.min(5, m[1]!.length - 1));
  const before = text.slice(Math.max(0, start - 400), start);
  const word = new RegExp(`(?<!\\p{L})${stem}\\p{Ll}*`, 'gu');
  let last: RegExpExecArray | null = null;
  for (let hit = word.exec(before); hit; hit = word.exec(before)) last = hit;
  if (!last) return false;
  const after = before.slice(last.index + last[0].length, last.index + last[0].length + 8);
  if (/^\s*(?:\u00AB|\p{Lu})/u.test(after)) return false;
  const compound = /^-\p{Ll}{3,}/u.test(after);
  const oneOf = /(?:(?<!\p{L})одн\p{Ll}*\s+из|(?<!\p{L})друг(?:ой|ого|ая|ую|ие|их)|(?<!\p{L})ещ[её]\s+одн\p{Ll}*)\s+(?:\p{Ll}+\s+)?$/u.test(before.slice(Math.max(0, last.index - 40), last.index));
  return compound || oneOf;
}
