// «Говорят в селе, что …», «Рассказали местные жители, что …», «Пишут пользователи местных пабликов, что …», «Утверждают
// в соцсетях, что …»: a verb of saying opens the sentence and who said it comes after it, before «, что»; read as «Как
// говорят в селе, …» is, who after the verb (thirty-second session, dev d1517, d1519, d1520). The sentence's only frame
// had been looked for from its second word on, so nothing was found.
// «Передают из Звездного, что …», «Передают с места событий, что …», «Из Резекне передают, что …»: what is reported from a
// place, no one named, an unnamed source (dev d1519, d1520, d1522).
// Guards: the verb the sentence's first word (perhaps after «Также» / «Кроме того» / «При этом»), capitalised, a verb of
// saying the lists know, in the third person (-ет / -ит / -ют / -ят / -ут / -ат, or the past -л / -ла / -ли / -ло: no
// «Напомним, что», «Отмечу, что», the writer's own); one to eight words before «, что», no comma and no «о» / «об» / «про»
// first («Рассказали о том, что» names no one); the caller reads who and keeps nothing when no one is read. A place
// reported from only after «передают» / «сообщают», opened by «из» / «с» / «со», one to three words, none a body's
// (the caller's test: «Из пресс-службы передают» is the body's, left to other rules).

import { tokenize } from './speaker-phrase.ts';
import type { Token } from './speaker-phrase.ts';

const OPENER = String.raw`(?:(?:Также|Кроме\s+того|При\s+этом)\s*,?\s+)?`;
const VERB_FIRST_RE = new RegExp(String.raw`^\s*${OPENER}(\p{Lu}\p{Ll}+)\s+([^,.!?:;«»"]{1,120}?)\s*,\s*что\s+`, 'u');
const FROM_PLACE_FIRST_RE = new RegExp(String.raw`^\s*${OPENER}([Ии]з|[Сс]о?)\s+([^,.!?:;«»"]{1,60}?)\s+(передают|сообщают)\s*,\s*что\s+`, 'u');
const THIRD_PERSON = /(?:ет|ит|ют|ят|ут|ат|ёт|л|ла|ли|ло)$/u;
const REPORTING = /^(?:передают|сообщают)$/u;

export interface VerbFirstFrame {
  /** The verb of saying, its offset inside the sentence. */
  cue: { text: string; start: number };
  /** Who said it, as tokens with offsets inside the sentence. */
  who: Token[];
  /** A place reported from (no one named): the caller gives it to an unnamed source when no body's word is among `who`. */
  fromPlace: boolean;
  clauseStart: number;
}

/** The frame opening `sentence`, or null; `isSpeechVerb` is the caller's list of verbs of saying (lower case). */
export function russianVerbFirstFrame(sentence: string, isSpeechVerb: (lower: string) => boolean): VerbFirstFrame | null {
  const fromFirst = FROM_PLACE_FIRST_RE.exec(sentence);
  if (fromFirst) {
    const placeAt = fromFirst.index + fromFirst[0].indexOf(fromFirst[1]!);
    const cueAt = fromFirst.index + fromFirst[0].lastIndexOf(fromFirst[3]!);
    const who = tokenize(sentence.slice(placeAt, placeAt + fromFirst[1]!.length + 1 + fromFirst[2]!.length), placeAt);
    if (who.length >= 2 && who.length <= 4) return { cue: { text: fromFirst[3]!, start: cueAt }, who, fromPlace: true, clauseStart: fromFirst.index + fromFirst[0].length };
  }
  const m = VERB_FIRST_RE.exec(sentence);
  if (!m) return null;
  const verb = m[1]!.toLowerCase();
  if (!isSpeechVerb(verb) || !THIRD_PERSON.test(verb)) return null;
  const cueAt = m.index + m[0].indexOf(m[1]!);
  const whoAt = cueAt + m[1]!.length + m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length).indexOf(m[2]!);
  const who = tokenize(m[2]!, whoAt);
  if (who.length === 0 || who.length > 8 || /^(?:о|об|обо|про)$/u.test(who[0]!.lower) || who.some((t) => isSpeechVerb(t.lower))) return null;
  const fromPlace = REPORTING.test(verb) && /^(?:из|с|со)$/u.test(who[0]!.lower) && who.length >= 2 && who.length <= 4;
  return { cue: { text: m[1]!, start: cueAt }, who, fromPlace, clauseStart: m.index + m[0].length };
}
