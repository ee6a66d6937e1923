// «Главное управление МЧС России по Республике Саха (Якутия)», «Управление ФАС по Самарской области»: a federal body's
// office in a region is named by the body, then «по» and the region, in the dative. The phrase was read as no one (a
// preposition after a name ends a speaker) and then its last capitalised words, the republic's name, taken for a person.
// The body's name runs on through «по» to the region's end. Guards: the words before «по» must read as a body on their
// own (the caller's parse); the words after are only a region: «Республике» and one or two capitalised names, or a
// capitalised adjective and a region's word («Пермскому краю»), or a city's name («городу Москве»); nothing else after.

import type { Token } from './speaker-phrase.ts';

const REGION_DATIVE = /^(?:области|краю|округу|району|улусу)$/u;

/** The number of tokens from `at` («по») that name a region in the dative, or 0 when they do not (they must end `tokens`). */
export function territorialTail(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.lower !== 'по') return 0;
  const tail = tokens.slice(at + 1);
  const capitalised = (t: Token) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u.test(t.text);
  // («по Республике Саха (Якутия)», «по Республике Татарстан», «по Республике Северная Осетия»)
  if (tail.length >= 2 && tail.length <= 3 && tail[0]!.lower === 'республике' && tail.slice(1).every(capitalised)) return tail.length + 1;
  // («по Самарской области», «по Ханты-Мансийскому автономному округу»)
  if (tail.length >= 2 && tail.length <= 3 && capitalised(tail[0]!) && /(?:ой|ому|ему)$/u.test(tail[0]!.lower) && REGION_DATIVE.test(tail.at(-1)!.lower)
    && tail.slice(1, -1).every((t) => /^\p{Ll}+(?:ому|ему)$/u.test(t.text))) return tail.length + 1;
  // («по городу Москве», «по городу Санкт-Петербургу»)
  if (tail.length === 2 && tail[0]!.lower === 'городу' && capitalised(tail[1]!)) return 3;
  return 0;
}
