// A place that names no one opens the sentence, then a verb of saying in the plural and «, что»: the people there are an
// unnamed source (forty-third session, dev d2430–d2435). Three places (and two more, forty-fourth session, below):
// - online: «В сети пишут, что …», «В сети обсуждают, что …», «В соцсетях обсуждают, что …». «в сети» alone is the web
//   only before a verb of talk online (пишут, обсуждают, шутят, спорят, возмущаются …); «В сети пообещали» after a chain
//   of shops named is the chain and is left to other rules, as «в сети магазинов «…»» is. «обсуждают» frames a clause
//   here only, after a place online: «обсуждают, что делать» elsewhere asks and reports nothing.
// - the scene: «На месте рассказали, что …», «На месте происшествия нам пояснили, что …»: whoever was there, unnamed, as
//   «очевидцы» are.
// - hearsay at a place people work or pass: «В порту говорят, что …», «На рынке поговаривают, что …», as «В городе
//   говорят» and «В кулуарах говорят» are (dev d2310, d2314); only «говорят» / «поговаривают», so «В порту сообщили»
//   stays the port's.
// Guards: the place the sentence's first words (perhaps after «Также» / «При этом» / «Кроме того»); at most one
// lower-case word of what happened after «на месте» and a listener («нам», «корреспонденту», «журналистам»); the verb
// in the plural, right before «, что».

import { RU_BODY_STEMS } from './vocabulary-ru.ts';

const OPENER = String.raw`(?:(?:Также|Кроме\s+того|При\s+этом)\s*,?\s+)?`;
const LISTENER = String.raw`(?:\s+(?:нам|корреспонденту|корреспондентам|журналистам|редакции))?`;
const ONLINE_VERB = '(?:пишут|писали|обсуждают|обсуждали|шутят|спорят|возмущаются|возмущались|жалуются|жаловались|утверждают|уверяют|предполагают|говорят|поговаривают)';
const ONLINE_ONLY = new RegExp(String.raw`^\s*${OPENER}([Вв])\s+(сети|интернете|соцсетях|социальных\s+сетях|(?:\p{Ll}{3,}(?:ых|их)\s+)?(?:пабликах|чатах|телеграм-каналах))\s+(${ONLINE_VERB})\s*,\s*что\s+`, 'u');
// (Forty-fourth session, dev d2471: a group or a page in a social network the sentence names, whose people no one names —
// «В группе района во «ВКонтакте» возмущаются», «В сообществе поселка в «Одноклассниках» пишут». Guard: the network named
// in guillemets right after up to two lower-case words of whose group it is, then a verb of talk online.)
const NETWORK_GROUP = new RegExp(String.raw`^\s*${OPENER}([Вв])\s+((?:группе|сообществе|паблике|чате)(?:\s+\p{Ll}+){0,2}\s+во?\s+«(?:ВКонтакте|Одноклассниках|Телеграме|Telegram|Фейсбуке)»)\s+(${ONLINE_VERB})\s*,\s*что\s+`, 'u');
const SCENE = new RegExp(String.raw`^\s*${OPENER}([Нн]а)\s+(месте(?:\s+(?:происшествия|аварии|пожара|событий|трагедии|ЧП|обрушения|взрыва))?)${LISTENER}\s+(рассказали|сообщили|пояснили|уточнили|подтвердили|рассказывают|говорят|утверждают)\s*,\s*что\s+`, 'u');
const HEARSAY = new RegExp(String.raw`^\s*${OPENER}([Вв]о?|[Нн]а)\s+(порту|рынке|вокзале|причале|пристани|базаре|аэропорту)\s+(говорят|поговаривают)\s*,\s*что\s+`, 'u');
// (Forty-fourth session, dev d2471, d2472: a room or a platform where staff or travellers talk, which no body is called by
// — «В ординаторской говорят», «На вокзале объясняют», «На проходной рассказывают» — with a verb of saying in the present
// plural, as «В кулуарах говорят» is: whoever is there, unnamed. Guard: only these places, never a body's word («В
// больнице признают» is the hospital the text names), and the present tense, so that a past «На вокзале сообщили» is left
// to the rules that read it.)
const STAFF_ROOM = new RegExp(String.raw`^\s*${OPENER}([Вв]о?|[Нн]а)\s+(вокзале|перроне|платформе|ординаторской|учительской|курилке|проходной|вахте)\s+(говорят|поговаривают|объясняют|рассказывают|уверяют|утверждают|жалуются|признают|шутят)\s*,\s*что\s+`, 'u');

// (Forty-fifth session, dev d2514: «В бане говорят, что …». Hearsay at any place named by one lower-case noun («В бане», «В столовой») in the
// locative, not only the six above: every «В/На <place> говорят, что» of dev is unnamed (d1521, d2314, d2431 «В кулуарах»,
// d2471, d2473 «В аэропорту», though the airport is named), and the read parts have none. Guards: only «говорят» /
// «поговаривают»; not a body's word («В министерстве говорят» is left to the rules that read a body), nor the
// adverbials «в итоге», «в частности», «в принципе», «в целом» that open a sentence and name no place.)
const ANY_PLACE_HEARSAY = new RegExp(String.raw`^\s*${OPENER}([Вв]о?|[Нн]а)\s+(\p{Ll}{3,}(?:е|и|у|ой|ах|ях))\s+(говорят|поговаривают)\s*,\s*что\s+`, 'u');
// (And a settlement by its name, «В Заречье говорят, что …» (dev d870: a village, unnamed; it had been read as a body
// «Заречье»). Guards: one capitalised word in small letters after its capital, not a body's short name in «Мин-», «Рос-»,
// «Гос-» nor one with a body's stem.)
const NAMED_PLACE_HEARSAY = new RegExp(String.raw`^\s*${OPENER}([Вв]о?|[Нн]а)\s+(\p{Lu}\p{Ll}{3,}(?:-\p{Lu}?\p{Ll}+)?)\s+(говорят|поговаривают)\s*,\s*что\s+`, 'u');
const NOT_PLACES = new Set(['итоге', 'частности', 'принципе', 'целом', 'общем', 'основном', 'свою', 'очереди', 'ответ', 'связи', 'результате', 'случае', 'конце', 'начале', 'середине', 'числе', 'деле', 'самом', 'глазах']);
const isBodyPlace = (word: string) => RU_BODY_STEMS.some((stem) => word.startsWith(stem));

export interface UnnamedPlaceOpening {
  /** The verb, its offset inside the sentence. */
  cue: { text: string; start: number };
  /** The place's words (from the preposition), their offset inside the sentence. */
  place: { start: number; end: number };
  clauseStart: number;
}

/** The frame opening `sentence`, or null. */
export function unnamedPlaceOpening(sentence: string): UnnamedPlaceOpening | null {
  for (const re of [ONLINE_ONLY, NETWORK_GROUP, SCENE, HEARSAY, STAFF_ROOM]) {
    const m = re.exec(sentence);
    if (!m) continue;
    const placeAt = m.index + m[0].indexOf(m[1]!);
    const placeEnd = placeAt + m[0].slice(m[0].indexOf(m[1]!)).indexOf(m[2]!) + m[2]!.length;
    const cueAt = m.index + m[0].lastIndexOf(m[3]!);
    return { cue: { text: m[3]!, start: cueAt }, place: { start: placeAt, end: placeEnd }, clauseStart: m.index + m[0].length };
  }
  const common = ANY_PLACE_HEARSAY.exec(sentence);
  const named = common ? null : NAMED_PLACE_HEARSAY.exec(sentence);
  const any = common && !NOT_PLACES.has(common[2]!) ? common
    : named && !/^(?:Мин|Рос|Гос)/u.test(named[2]!) ? named : null;
  if (any && !isBodyPlace(any[2]!.toLowerCase())) {
    const placeAt = any.index + any[0].indexOf(any[1]!);
    const placeEnd = any.index + any[0].indexOf(any[2]!, placeAt - any.index) + any[2]!.length;
    const cueAt = any.index + any[0].lastIndexOf(any[3]!);
    return { cue: { text: any[3]!, start: cueAt }, place: { start: placeAt, end: placeEnd }, clauseStart: any.index + any[0].length };
  }
  return null;
}
