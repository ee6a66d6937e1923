// «Представитель управления Росреестра по Тамбовской области пояснил, что …», «Сотрудник отдела полиции по Кировскому
// району рассказал»: someone unnamed from a body's office in a region. The words before «по» read as an unnamed source on
// their own («Представитель управления Росреестра»), but the region's tail after «по» broke the phrase, and its capitalised
// adjective was then taken for a person («Тамбовской»). Thirty-sixth session, a seventh probe of Russian speakers (dev
// d1776); dev's convention reads a representative of a named body as an unnamed source.
// Guards: the tail after «по» is only a region in the dative (russian-territorial-body.ts) and ends the phrase; the words
// before it hold no other preposition and read as an unnamed source (the caller's parse); a body there («Управление
// Росреестра по области») is read by the territorial-body rule as before.

import { territorialTail } from './russian-territorial-body.ts';
import type { SpeakerPhrase, Token } from './speaker-phrase.ts';

export function unnamedInRegionalOffice(all: readonly Token[], parse: (words: Token[]) => SpeakerPhrase | null): SpeakerPhrase | null {
  const po = all.findIndex((t, k) => k >= 2 && t.lower === 'по');
  if (po < 2 || territorialTail(all, po) !== all.length - po) return null;
  const before = all.slice(0, po);
  if (before.some((t) => ['в', 'во', 'по', 'на', 'из', 'с'].includes(t.lower))) return null;
  const read = parse(before);
  return read?.kind === 'anonymous' ? { ...read, end: all.at(-1)!.end } : null;
}
