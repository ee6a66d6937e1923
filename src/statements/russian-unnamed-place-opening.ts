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
  return null;
}
