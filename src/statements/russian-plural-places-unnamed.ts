// «Как рассказали в бригадах, …», «— говорят в оленеводческих бригадах»: a place of a kind in
// the locative plural, with no name (the crews, the farms, the schools: no one of them named), is an unnamed source, as
// bodies of a kind («в правоохранительных органах») are; the phrase was no speaker at all, and the words were lost
// (thirty-first session, third round).
// Guards: opened by «в» / «во» / «на»; then at most one adjective (-ых / -их) and one lower-case noun in -ах / -ях, nothing
// after it (a «name» or a genitive owner, «в бригадах совхоза», names whose they are and is left as it was); the noun no
// document's word («в материалах», «в документах»: what is written, read elsewhere) and no outlet's.

import type { Token } from './speaker-phrase.ts';

export function isPluralPlaceOfAKind(all: readonly Token[], excluded: (t: Token) => boolean): boolean {
  if (all.length < 2 || all.length > 3 || !['в', 'во', 'на'].includes(all[0]!.text)) return false;
  const noun = all.at(-1)!;
  if (!/^\p{Ll}{3,}[ая]х$/u.test(noun.text) || excluded(noun)) return false;
  return all.length === 2 || /^\p{Ll}{3,}(?:ых|их)$/u.test(all[1]!.text);
}
