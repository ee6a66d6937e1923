// A foreign body named in Latin letters after a Russian word for its kind: «газета The Times», «издание Financial Times»,
// «концерн Siemens Healthineers». The Russian parser read the Latin words as a person's first name and surname («The
// Times» a person); the kind word says it is a body (thirty-first session, a probe of foreign names in Russian text).
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { RU_BUSINESS_KIND_STEMS } from './vocabulary-ru.ts';

/** Russian words for an outlet's or a business's kind, any case: «газета», «издания», «агентству», «концерн». */
// (A business's kinds: vocabulary-ru.ts's RU_BUSINESS_KIND_STEMS, one list with russian-legal-form-names.ts's «Перевозчик
// «Name»»; thirty-fourth session's second round.)
const KIND_RE = new RegExp(`^(?:газет|издани|агентств|журнал|портал|телеканал|радиостанци|${RU_BUSINESS_KIND_STEMS.join('|')})\\p{Ll}*$`, 'u');

/**
 * A word of a body's name in Latin letters: capitalised, «The», or a joining «of» / «and» / «&» inside it; the letters any
 * of the Latin script's, a Latvian or Lithuanian name's «Jūrmalas», «Ogļu» among them (thirty-fourth session).
 */
const LATIN_WORD_RE = /^(?:\p{Lu}[\p{L}'.-]*|of|and|&|for)$/u;
const LATIN_ONLY_RE = /^[\p{Script=Latin}'.&-]+$/u;

/**
 * Thirty-fourth session, second round: more kinds of body before a Latin name («ассоциация экспедиторов Latvijas
 * Ekspeditori», «Подрядчик работ UAB Pajūrio Statyba», «общество охраны наследия Mantojuma Sargi»), perhaps after one or two
 * adjectives («Стивидорная компания SIA …», «Латвийская ассоциация …»), and one or two lower-case genitives between the
 * kind and the name («работ», «экспедиторов»).
 */
const MORE_KIND_RE = /^(?:ассоциаци|обществ|предприяти|фабрик|завод|комбинат|верф|подрядчик|перевозчик|оператор|застройщик|поставщик|производител|фирм|банк|концерн|объединени|союз|организаци|\p{Ll}*перевозчик)\p{Ll}{0,3}$/u;

/**
 * A Latin-letter legal form opening a foreign company's name: Latvian SIA / AS, Lithuanian UAB / AB, Estonian AS / OÜ,
 * Finnish Oy / Oyj, German GmbH / AG, Polish Sp., English Ltd / LLC / plc. With one of these first, the Latin words are a
 * company's even with no Russian kind word before them («Эстонская AS Tallinna Kaubasadam сообщила»).
 */
const LATIN_LEGAL_FORM_RE = /^(?:SIA|AS|UAB|AB|OÜ|OU|Oy|Oyj|GmbH|AG|SE|SA|Sp|Ltd|LLC|plc|PLC|Inc|BV|NV|ApS|A\/S)$/u;

/** A Russian adjective (any case and gender), capitalised or not: «Стивидорная», «эстонской», «латвийский». */
const RU_ADJECTIVE_RE = /^[\p{Lu}\p{Ll}][\u0430-\u044F\u0451]+(?:ая|яя|ый|ий|ой|ое|ее|ые|ие|ую|юю|ого|его|ому|ему|ых|их|ым|им|ыми|ими)$/u;

/**
 * The body's name when `words` are a kind word and one to four Latin words after it («Газета The Times» → The Times), or
 * null. Guards: the kind word first (a person's post, «Член Европарламента Sarah McKenzie», is no kind); every word after
 * it Latin, the first and last capitalised; nothing else in the phrase. (Second round: up to two adjectives may come before
 * the kind word and up to two lower-case Cyrillic words after it; a Latin legal form first in the name stands for the kind
 * word. Guard: a post before the Latin words, «Директор», «Член Европарламента», is no kind and no adjective, so a
 * foreign person named in Latin letters after a post reads as before.)
 */
export function latinBodyAfterKind(words: readonly { text: string }[]): string | null {
  if (words.length < 2 || words.length > 9) return null;
  let i = 0;
  while (i < 2 && i < words.length && RU_ADJECTIVE_RE.test(words[i]!.text)) i++;
  const kindAt = i;
  const kind = words[kindAt]?.text.toLowerCase() ?? '';
  const hasKind = KIND_RE.test(kind) || MORE_KIND_RE.test(kind);
  if (hasKind) {
    i++;
    const before = i;
    while (i < words.length && i - before < 2 && /^[\u0430-\u044F\u0451]+$/u.test(words[i]!.text)) i++;
  } else if (kindAt === 0 && words.length > 5) return null;
  if (!hasKind && kindAt > 0 && words.length - kindAt > 5) return null;
  const name = words.slice(i).map((w) => w.text);
  if (name.length < 1 || name.length > 5) return null;
  if (!name.every((w) => LATIN_WORD_RE.test(w) && LATIN_ONLY_RE.test(w)) || !/^\p{Lu}/u.test(name[0]!) || !/^\p{Lu}/u.test(name.at(-1)!)) return null;
  // (The first form: a kind word first, one to four Latin words, as before.)
  if (hasKind && kindAt === 0 && i === 1 && name.length <= 4) return name.join(' ');
  // (Otherwise a company's legal form in Latin letters must open the name, and another word follow it; or, after a kind
  // word with an adjective or a genitive, two Latin words or more.)
  if (LATIN_LEGAL_FORM_RE.test(name[0]!) && name.length >= 2) return name.join(' ');
  if (hasKind && name.length >= 2) return name.join(' ');
  return null;
}

/** A verb of saying in the neuter past: «сообщило», «заявило», «предупредило», «пообещало», «уточнило». */
const NEUTER_SAYING = '(?:сообщ|заяв|предупред|отмет|пообещ|подтверд|объяв|уточн|поясн|напомн|добав|ответ|призна|указ|рассказ|опроверг|выступ)\\p{Ll}*ло(?:сь)?';

/**
 * «Как пишет Dienas Bizness, …», «Как сообщает Baltijas Osta»: a name of two words or more in Latin letters, in a Russian
 * text, where the text tells what it writes or reports («как пишет», «как сообщает», «как передаёт», «по данным», «по
 * информации»), is an outlet or a body: a Russian text prints a person's name in Cyrillic, and one who writes is then
 * named with a post or a blog («Как пишет в своём блоге экономист …»). Guards: every word Latin and capitalised, the
 * first no given name («John Smith»); the text mostly Cyrillic; the name right after the phrase, nothing between.
 * The same name with a verb of saying in the neuter past after it is a body's too (below).
 */

export function latinNameReportingInRussian(text: string, name: readonly string[], givenFirst: boolean): boolean {
  if (name.length < 2 || givenFirst || !name.every((w) => LATIN_ONLY_RE.test(w) && /^\p{Lu}/u.test(w))) return false;
  const cyrillic = (text.match(/[\u0400-\u04FF]/gu) ?? []).length;
  if (cyrillic < 2 * (text.match(/[A-Za-z]/gu) ?? []).length) return false;
  const escaped = name.map((w) => escapeRegExp(w)).join('\\s+');
  // («Jūrmalas Ūdens, муниципальное предприятие, сообщило», «… Mantojuma Sargi предупредило»: a verb of saying in the
  // neuter past right after the name, or after a description between commas, agrees with a body's word, «предприятие»,
  // «общество», never with a person, who is «сообщил» / «сообщила».)
  if (new RegExp(`(?<![\\p{L}])${escaped}(?:,[^,.!?\\n]{1,80},)?\\s+(?:${NEUTER_SAYING})(?![\\p{L}])`, 'u').test(text)) return true;
  return new RegExp(`(?:[Кк]ак\\s+(?:пишет|пишут|сообщает|сообщил[аио]?|передаёт|передает|отмечает)|[Пп]о\\s+(?:данным|информации|сообщению|словам))\\s+${escaped}(?![\\p{L}])`, 'u').test(text);
}
