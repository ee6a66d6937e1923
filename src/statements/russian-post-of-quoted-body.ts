// «Наставник «Сибири» признал, что …», «— сказал капитан «Луча»»: a post, then whose it is by a body's «name» in the
// genitive, and no person's name after it. The «name» was read as the person's surname («Сибири», a person), so the words
// went to nobody the text named. It is the post of that body: a title, resolved to the one the text named who holds it,
// its qualifier the body's (so the coach of another club the text named with his own «name» is passed over; thirty-second
// session's second round, dev d1560).
// Guards: the first word (after adjectives in the nominative, «Главный тренер») a post the role lists know; then one to
// three capitalised words, the first opened by a quotation mark (the gap the dropped mark leaves: not «тренер Андрей
// Кравчук», a post and a name, nor «тренер Кравчук»); nothing after them (a name after the «name» is read as before).

import type { SpeakerPhrase, Token } from './speaker-phrase.ts';
import { qualifierKey } from './speaker-phrase.ts';

export function postOfQuotedBody(all: readonly Token[], rolesOf: (t: Token) => readonly string[] | null): SpeakerPhrase | null {
  const head = all.findIndex((t) => rolesOf(t) !== null);
  if (head < 0 || head > 2 || all.length - head - 1 < 1 || all.length - head - 1 > 3) return null;
  if (!all.slice(0, head).every((t) => /^\p{Lu}?\p{Ll}+(?:ый|ий|ой|ая|яя)$/u.test(t.text))) return null;
  if (!/^\p{Ll}/u.test(all[head]!.text) && head > 0) return null;
  const quoted = all.slice(head + 1);
  if (!quoted.every((t) => /^\p{Lu}[\p{L}-]*$/u.test(t.text)) || quoted[0]!.start - all[head]!.end < 2) return null;
  // (One «name» only: a single space between its words; «тренер «Сибири» Андрей Кравчук», where the closing mark leaves a
  // wider gap before the person's name, reads as before.)
  if (quoted.some((t, k) => k > 0 && t.start - quoted[k - 1]!.end !== 1)) return null;
  return { kind: 'title', name: [], roles: [...rolesOf(all[head]!)!], qualifier: qualifierKey(quoted[0]!.text), start: all[0]!.start, end: all.at(-1)!.end };
}

