// «Как рассказали в бригадах, …», «— говорят в оленеводческих бригадах»: a place of a kind in
// the locative plural, with no name (the crews, the farms, the schools: no one of them named), is an unnamed source, as
// bodies of a kind («в правоохранительных органах») are; the phrase was no speaker at all, and the words were lost
// (thirty-first session, third round).
// Guards: opened by «в» / «во» / «на»; then at most one adjective (-ых / -их) and one lower-case noun in -ах / -ях, nothing
// after it (a «name» or a genitive owner, «в бригадах совхоза», names whose they are and is left as it was); the noun no
// document's word («в материалах», «в документах»: what is written, read elsewhere) and no outlet's.
// («В хозяйствах уверяют, что …» opening a sentence: the preposition's capital is the sentence's; russian.ts's clause loop
// passes the whole stretch before the verb, the preposition in lower case (thirty-second session, dev d1517). Not here, for
// the sentence's speaker is also read from shorter openings, so «В хозяйствах района уверяют» would lose its guard.)

import type { Token } from './speaker-phrase.ts';

export function isPluralPlaceOfAKind(all: readonly Token[], excluded: (t: Token) => boolean): boolean {
  if (all.length < 2 || all.length > 3 || !['в', 'во', 'на'].includes(all[0]!.text)) return false;
  const noun = all.at(-1)!;
  if (!/^\p{Ll}{3,}[ая]х$/u.test(noun.text) || excluded(noun)) return false;
  return all.length === 2 || /^\p{Ll}{3,}(?:ых|их)$/u.test(all[1]!.text);
}

// «Говорят в селе, что …», «…, говорят на рынке», «Торговля шла вяло, говорят в городе»: the one settlement, town or market the
// text is about, in the locative singular right after «в» / «на», is its people talking, no one named, an unnamed source, as
// «В деревне говорят» opening a sentence is read (thirty-second session; dev d1517, d1518, d1521).
// Guards: exactly the preposition and one lower-case word from a short list of places where people are (no adjective, no
// name after it: «в селе Жаны-Жер», «в городской думе» are left as they were); no administrative unit («в районе», «в
// области», «в регионе» speak for their offices, which the rules read elsewhere).
const ONE_PLACE_OF_PEOPLE = /^(?:деревне|селе|поселке|посёлке|кишлаке|ауле|станице|хуторе|райцентре|городе|рынке)$/u;

export function isPeopleOfOnePlace(all: readonly Token[]): boolean {
  return all.length === 2 && ['в', 'во', 'на'].includes(all[0]!.lower) && all[1]!.text === all[1]!.lower && ONE_PLACE_OF_PEOPLE.test(all[1]!.text)
    && (all[0]!.lower === 'на') === (all[1]!.text === 'рынке');
}
