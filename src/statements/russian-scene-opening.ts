// A Russian sentence that opens with where something happened, then the event: «В Центральном районе Перми сгорел дом», «На
// Северном шоссе столкнулись два грузовика». Read as a sentence subject, the words up to the first comma make a "body"
// («Центральном районе Перми сгорел дом»), which a later «По предварительным данным» or «там» then took for the body that
// spoke last, over the body that did («Об этом сообщили в ГУ МЧС …»). Such a subject is a place and an event, no body.

import type { SpeakerPhrase } from './speaker-phrase.ts';
import { tokenize } from './speaker-phrase.ts';

/** A Russian verb in the past tense, lower case («сгорел», «столкнулись», «произошла»). */
const PAST_VERB = /^\p{Ll}{2,}(?:л|ла|ло|ли)(?:сь|ся)?$/u;
/** Nouns of a place in the locative («районе», «микрорайоне», «поселке», «улице»), never a body's word. */
const PLACE_LOCATIVE = /^(?:районе|микрорайоне|округе|поселке|посёлке|поселении|селе|деревне|городе|квартале|крае|области|республике|улице|переулке|проспекте|шоссе|бульваре|площади|трассе)$/u;
/** Verbs of saying, whose subject may well be a body («В Минздраве сообщили» is read elsewhere). */
const SAYING = /^(?:сообщ|заяв|рассказ|отмет|уточн|поясн|подтверд|добав|сказ|говор|пиш|писа|объяв|призна|напомн|предупред|счита|заверил|опроверг)/u;

/**
 * Whether `subject`, read as a sentence's subject, is a scene and an event instead: the sentence opens with «В» / «Во» / «На»
 * right before it, it was read as a body, and a lower-case verb in the past tense that is no verb of saying lies inside it,
 * or a noun of a place in the locative lies inside it or right after it («В Центральном районе Перми …», read as a body
 * «Центральном»).
 * Guards: only a body ("organisation") subject; only right after the opening preposition; its first word a capitalised
 * adjective in the locative (a place's name; «В департаменте … области» is a body); a verb of saying keeps it; a place
 * noun only as the second word or the next word («В Центральном банке» has none).
 */
export function isRussianSceneAndEvent(masked: string, sentenceStart: number, subject: SpeakerPhrase): boolean {
  if (subject.kind !== 'organisation') return false;
  if (!/^\s*(?:В|Во|На)\s+$/u.test(masked.slice(sentenceStart, subject.start))) return false;
  const words = tokenize(masked.slice(subject.start, subject.end), subject.start);
  // (A place's name: a capitalised adjective in the locative first, «Центральном», «Советском»; not «В департаменте …
  // области», a body's word first, whose name holds a place.)
  if (!/^\p{Lu}\p{Ll}+(?:ом|ем|ой|ей)$/u.test(words[0]?.text ?? '')) return false;
  const next = /^\s+(\p{Ll}+)/u.exec(masked.slice(subject.end, subject.end + 30))?.[1];
  if (PLACE_LOCATIVE.test(words[1]?.text ?? '') || (words.length === 1 && next !== undefined && PLACE_LOCATIVE.test(next))) return true;
  return words.some((t, k) => k >= 1 && /^\p{Ll}/u.test(t.text) && PAST_VERB.test(t.text) && !SAYING.test(t.lower));
}
