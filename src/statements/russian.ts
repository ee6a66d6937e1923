// Russian copy: who a speaker phrase names ("заместитель министра иностранных дел РФ Олег
// Смирнов", "источник в МИДе", "в МИД Литвы", "она") and the frames of reported speech
// ("X заявил, что …", "…, заявил X.", "По словам X, …", "Как отметил X, …"). The English
// machinery calls in here when the words are Cyrillic; the phrases it returns are the same kind.
import type { ReportedClause } from './attribution.ts';
import type { SpeakerPhrase, Token } from './speaker-phrase.ts';
import { tokenize } from './speaker-phrase.ts';
import {
  RU_ANONYMOUS_STEMS, RU_BODY_STEMS, RU_PREPOSITIONS, RU_PRONOUNS, RU_SPEECH_VERBS, RU_TRAILERS, russianRoles,
} from './vocabulary-ru.ts';

const CYRILLIC = /[\u0400-\u04FF]/u;

export function isCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/** Capitalised at a sentence start but never a name. */
const NOT_NAMES = new Set(['как', 'по', 'но', 'и', 'а', 'однако', 'при', 'это', 'так', 'в', 'во', 'на', 'с', 'о', 'по-прежнему',
  'кроме', 'между', 'после', 'тем', 'вместе', 'для', 'если', 'когда', 'хотя', 'все', 'всё',
  'сам', 'сама']); // "Сам Гаврилов написал": the emphatic pronoun is no first name
const isCapitalised = (t: Token) => /^\p{Lu}\p{L}/u.test(t.text) && !NOT_NAMES.has(t.lower);
const isAcronym = (t: Token) => /^\p{Lu}{2,}$/u.test(t.text);
const hasStem = (t: Token, stems: readonly string[]) =>
  stems.some((s) => t.lower.startsWith(s) && t.lower.length - s.length <= 4);
/** Representatives and staff unnamed are sources, not the body they speak for ("представитель Минэнерго"). */
const UNNAMED_ROLES = new Set(['представитель', 'сотрудник']);

/** Reads Russian speaker words; null when they name nobody (a verb, a place phrase, a clause). */
export function parseRussianPhrase(all: Token[]): SpeakerPhrase | null {
  let tokens = all;
  if (tokens[0] && ['в', 'во'].includes(tokens[0].lower) && tokens.length > 1) tokens = tokens.slice(1);
  while (tokens.length > 0 && RU_TRAILERS.has(tokens.at(-1)!.lower)) tokens = tokens.slice(0, -1);
  while (tokens.length > 0 && (RU_TRAILERS.has(tokens[0]!.lower) || ['сам', 'сама'].includes(tokens[0]!.lower))) tokens = tokens.slice(1);
  if (tokens.length === 0 || tokens.length > 14) return null;
  if (tokens.some((t) => RU_SPEECH_VERBS.has(t.lower))) return null;
  const span = { start: tokens[0]!.start, end: tokens.at(-1)!.end };
  // "сообщили РИА Новости в ведомстве": whom it was told, then the body that told it.
  const inBody = tokens.findIndex((t, k) => k > 0 && ['в', 'во'].includes(t.lower));
  const body = inBody > 0 ? tokens.slice(inBody + 1) : [];
  const listener = tokens.slice(0, inBody).every((t) => /^\p{Lu}/u.test(t.text) && russianRoles(t.lower) === null && !hasStem(t, RU_ANONYMOUS_STEMS));
  // ("сообщили РИА Новости в Роспотребнадзоре": after a news agency told, a capitalised word is the body's own name.)
  const agencyTold = listener && inBody > 0 && tokens.slice(0, inBody).some((t) => hasStem(t, RU_MEDIA_STEMS));
  const namedBody = agencyTold && body.length === 1 && /^\p{Lu}\p{Ll}{4,}е$/u.test(body[0]!.text);
  if (listener && body.length > 0 && body.length <= 3 && (hasStem(body[0]!, RU_BODY_STEMS) || namedBody) && !body.some((t) => RU_PREPOSITIONS.has(t.lower))) {
    const named = namedBody ? body[0]!.text.slice(0, -1)
      : body.length === 1 && /^\p{Ll}/u.test(body[0]!.text) ? bodyNominative(body[0]!.text) : body.map((t) => t.text).join(' ');
    return { kind: 'organisation', body: named, name: [], roles: [], qualifier: null, start: body[0]!.start, end: body.at(-1)!.end };
  }
  if (tokens.length === 1 && RU_PRONOUNS[tokens[0]!.lower]) {
    return { kind: 'pronoun', pronoun: RU_PRONOUNS[tokens[0]!.lower], name: [], roles: [], qualifier: null, ...span };
  }
  const preposition = tokens.findIndex((t) => RU_PREPOSITIONS.has(t.lower));
  // A full name before a preposition ends the speaker: "Андрей Силин в интервью …" says where, not who.
  const nameBefore = preposition >= 2 && isCapitalised(tokens[preposition - 1]!) && isCapitalised(tokens[preposition - 2]!)
    && !isAcronym(tokens[preposition - 1]!) && !isAcronym(tokens[preposition - 2]!)
    && russianRoles(tokens[preposition - 2]!.lower) === null; // "Посол Франции в Казахстане …" opens with its role
  if (nameBefore) return null;
  const roleAt = tokens.findIndex((t) => russianRoles(t.lower) !== null);
  if (tokens.some((t) => hasStem(t, RU_ANONYMOUS_STEMS))) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, ...span };
  }
  // The name: the last one or two capitalised words, when they are no acronym or body ("… МИД России Ирина Захарчук").
  let from = tokens.length;
  while (from > 0 && tokens.length - from < 2 && isCapitalised(tokens[from - 1]!) && !isAcronym(tokens[from - 1]!)
    && !hasStem(tokens[from - 1]!, RU_BODY_STEMS) && russianRoles(tokens[from - 1]!.lower) === null) from--;
  const name = tokens.slice(from);
  const title = tokens.slice(0, from);
  // A preposition belongs to a title ("представитель России в Женеве Николай Сидоров"), never to a bare name or role.
  if (preposition >= 0 && !(roleAt >= 0 && roleAt < preposition && name.length > 0)) return null;
  const roles = [...new Set(title.flatMap((t) => russianRoles(t.lower) ?? []))];
  // "представитель Банка России": one capitalised word after a body is whose body it is, not a name.
  const bodyOwner = name.length === 1 && roles.length > 0 && from > 0
    && (isAcronym(tokens[from - 1]!) || hasStem(tokens[from - 1]!, RU_BODY_STEMS));
  // "Постоянный представитель России", "посол Египта": one word in the genitive after a role is
  // whose post it is, not a surname (a woman's surname in -ова / -ина / -ая stays a name).
  const country = name.length === 1 && roles.length > 0 && from > 0 && russianRoles(tokens[from - 1]!.lower) !== null
    && /(?:ии|ы|[бвгджзклмнпрстфхцчшщ]а|я)$/u.test(name[0]!.lower) && !/(?:ова|ева|ёва|ина|ына|ая|ко)$/u.test(name[0]!.lower);
  if (country) return { kind: 'title', name: [], roles, qualifier: name[0]!.lower.slice(0, 4), ...span };
  if (bodyOwner) {
    const unnamed = roles.every((r) => UNNAMED_ROLES.has(r));
    return { kind: unnamed ? 'anonymous' : 'title', name: [], roles: unnamed ? [] : roles, qualifier: null, ...span };
  }
  if (name.length > 0 && (title.length === 0 || roles.length > 0)) {
    return { kind: 'name', name: name.map((t) => t.base), roles, qualifier: null, start: span.start, end: span.end };
  }
  // "МИД Эстонии", "Минфин России": a body and the country it belongs to.
  if (name.length === 1 && title.length > 0 && title.every((t) => isAcronym(t) || hasStem(t, RU_BODY_STEMS) || !isCapitalised(t))
    && title.some((t) => isAcronym(t) || hasStem(t, RU_BODY_STEMS))) {
    return { kind: 'organisation', body: tokens.map((t) => t.text).join(' '), name: [], roles: [], qualifier: null, ...span };
  }
  if (name.length > 0) return null;
  // Unnamed, or plural ("опрошенные экономисты", "дипломаты"): a source, not one titled person.
  const plural = title.some((t) => russianRoles(t.lower) !== null && /[ыи]$/u.test(t.lower) && !t.lower.endsWith('ми'));
  if (roles.length > 0 && (roles.every((r) => UNNAMED_ROLES.has(r)) || plural)) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, ...span };
  }
  // "Глава ведомства уточнила": the head of the body just named is a person, the one who spoke for it.
  if (roles.length > 0 && russianRoles(tokens[0]!.lower) !== null && tokens.length === 2 && /^\p{Ll}/u.test(tokens[1]!.text)) {
    return { kind: 'title', name: [], roles, qualifier: null, ...span };
  }
  if (tokens.some((t) => hasStem(t, RU_BODY_STEMS) || isAcronym(t))) {
    // "в сообщении банка": a lone body word is named in the nominative ("банк", "министерство").
    const body = tokens.length === 1 && /^\p{Ll}/u.test(tokens[0]!.text) ? bodyNominative(tokens[0]!.text) : tokens.map((t) => t.text).join(' ');
    return { kind: 'organisation', body, name: [], roles: [], qualifier: null, ...span };
  }
  if (roles.length > 0) return { kind: 'title', name: [], roles, qualifier: null, ...span };
  return null;
}

/** The nominative of a body noun in the genitive or prepositional (банка, министерства, компании, думы). */
/** Stems of news outlets a body tells things to ("сообщили РИА Новости", "ТАСС", "«Интерфаксу»"). */
const RU_MEDIA_STEMS = ['риа', 'тасс', 'интерфакс', 'рбк', 'ведомост', 'коммерсант', 'известия'];

function bodyNominative(word: string): string {
  const rules: [RegExp, string][] = [[/ств[аеу]$/u, 'ство'], [/ств[еи]$/u, 'ство'], [/ии$/u, 'ия'], [/ы$/u, 'а'], [/([бвгдзклмнпрстфхцчшщ])[аеу]$/u, '$1']];
  for (const [re, to] of rules) if (re.test(word)) return word.replace(re, to);
  return word;
}

/** The nominative of a name word in the genitive, for the common patterns (Сергея, Ильина, Ивановой, Ирины, Ольги). */
function nominative(word: string): string {
  const rules: [RegExp, string][] = [
    [/(ов|ев|ёв|ин|ын)а$/u, '$1'], [/ой$/u, 'а'], [/([гкх])и$/u, '$1а'], [/ея$/u, 'ей'], [/ия$/u, 'ий'], [/ы$/u, 'а'],
    [/([бвгдзклмнпрстфхжшчц])а$/u, '$1'],
  ];
  for (const [re, to] of rules) if (re.test(word)) return word.replace(re, to);
  return word;
}

/** The longest opening stretch of `tokens` that reads as a speaker ("Глава «Газпрома» Виктор Белоусов на прошлой неделе"). */
function speakerAtStart(tokens: Token[]): SpeakerPhrase | null {
  for (let n = tokens.length; n > 0; n--) {
    const phrase = parseRussianPhrase(tokens.slice(0, n));
    if (phrase) return phrase;
  }
  return null;
}

/**
 * The speaker opening a sentence; after an adverbial of place or time ("В ходе встречи Андрей
 * Литвинов подчеркнул"), the full name that ends it.
 */
function subjectPhrase(subject: Token[]): SpeakerPhrase | null {
  if (subject.length === 0) return null;
  const adverbial = RU_PREPOSITIONS.has(subject[0]!.lower) && /^\p{Lu}/u.test(subject[0]!.text);
  const named = adverbial ? speakerAtEnd(subject) : null;
  return speakerAtStart(subject) ?? (named?.kind === 'name' && named.name.length >= 2 ? named : null);
}

/** The shortest closing stretch that does ("«Ведомостям» два федеральных чиновника"). */
function speakerAtEnd(tokens: Token[]): SpeakerPhrase | null {
  for (let k = 0; k < tokens.length; k++) {
    const phrase = parseRussianPhrase(tokens.slice(k));
    if (phrase) return phrase;
  }
  return null;
}

function trimmedClause(masked: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && /[\s,:;\u2013\u2014-]/u.test(masked[s]!)) s++;
  while (e > s && /[\s,.;:!]/u.test(masked[e - 1]!)) e--;
  return tokenize(masked.slice(s, e)).length >= 3 ? { start: s, end: e } : null;
}

const cueOf = (t: Token) => ({ text: t.text, start: t.start, end: t.end });
/** Words that open a sentence without being its subject: "При этом он отметил, что …". */
const RU_OPENERS = /^\s*(?:При этом|В свою очередь|Кроме того|Между тем|Вместе с тем|Тем временем|Однако|Также|Позднее|Ранее|Затем)\s*,?\s*/u;

/** A wire's agency tag before the first sentence: "ИНТЕРФАКС - ". */
const AGENCY_RE = /^\s*\p{Lu}{3,}\s+[-\u2013\u2014]\s+/u;

/** "В пресс-службе подрядчика, компании «СеверМостСтрой», сообщили": the business the apposition names. */
function companyInApposition(masked: string, from: number, cueStart: number): SpeakerPhrase | null {
  const m = /,\s*(?:компани[ия]|банка|фонда|группы|холдинга|концерна|корпорации|предприятия|завода|оператора|перевозчика)\s+\u00AB([^\u00BB]{2,60})\u00BB\s*,?\s*$/u
    .exec(masked.slice(from, cueStart));
  if (!m) return null;
  const at = from + m.index + m[0].indexOf(m[1]!);
  return { kind: 'organisation', body: m[1]!, name: [], roles: [], qualifier: null, start: at, end: at + m[1]!.length };
}

/** "…, что стоимость может превысить … и что часть средств выделит …": two clauses of one frame. */
function splitAtAndThat(masked: string, clause: { start: number; end: number }): { start: number; end: number }[] {
  const and = /,?\s+и\s+что\s+/u.exec(masked.slice(clause.start, clause.end));
  if (!and) return [clause];
  const first = trimmedClause(masked, clause.start, clause.start + and.index);
  const rest = trimmedClause(masked, clause.start + and.index + and[0].length, clause.end);
  return first && rest ? [first, ...splitAtAndThat(masked, rest)] : [clause];
}

/** Reported speech in one Russian sentence, masked[start, end). */
export function russianClauses(masked: string, start: number, end: number): ReportedClause[] {
  // "…, сообщил X, добавив, что …", "X отказался от комментариев, отметив лишь, что …": the gerund's clause
  // is said by whoever the part before it names.
  const gerund = /,\s*(добавив|отметив|подчеркнув|заявив|пояснив|указав|напомнив|уточнив|признав|предупредив)(?:\s+(?:лишь|также|при\s+этом|только))?\s*,\s*что\s+/u.exec(masked.slice(start, end));
  if (gerund) {
    const at = start + gerund.index;
    const head = russianClauses(masked, start, at);
    const whoTokens = tokenize(masked.slice(start, at), start);
    const verb = whoTokens.findIndex((t) => RU_SPEECH_VERBS.has(t.lower) || /(?:ся|сь)$/u.test(t.lower) || /л[аи]?$/u.test(t.lower));
    const phrase = head[0]?.phrase ?? (verb > 0 ? speakerAtStart(whoTokens.slice(0, verb)) : null);
    const clause = trimmedClause(masked, at + gerund[0].length, end);
    const cueAt = at + gerund[0].indexOf(gerund[1]!);
    if (phrase && clause) return [...head, { ...clause, cue: { text: gerund[1]!, start: cueAt, end: cueAt + gerund[1]!.length }, phrase }];
  }
  const from = start + (AGENCY_RE.exec(masked.slice(start, end))?.[0].length ?? 0);
  const sentence = masked.slice(from, end);
  const tokens = tokenize(sentence, from);

  // "По словам дипломата, …", "По его словам, …".
  // "По информации собеседника агентства, …", "По мнению аналитика, …": the same frame.
  const bySlovam = /^\s*[Пп]о\s+(?:(\p{L}+)\s+(словам|мнению)|(словам|информации|мнению|оценке|оценкам)\s+([^,]{1,120}?))\s*,\s*/u.exec(sentence);
  if (bySlovam) {
    const cueWord = bySlovam[2] ?? bySlovam[3]!;
    const cueAt = from + bySlovam.index + bySlovam[0].indexOf(cueWord);
    const whoText = bySlovam[1] ?? bySlovam[4]!;
    const whoAt = from + bySlovam.index + bySlovam[0].indexOf(whoText);
    const parsed = parseRussianPhrase(tokenize(whoText, whoAt));
    // "по словам" governs the genitive: "Сергея Ильина" is Сергей Ильин.
    const phrase = parsed?.kind === 'name' ? { ...parsed, name: parsed.name.map(nominative) } : parsed;
    const clause = trimmedClause(masked, from + bySlovam.index + bySlovam[0].length, end);
    if (phrase && clause) return [{ ...clause, cue: { text: cueWord, start: cueAt, end: cueAt + cueWord.length }, phrase }];
  }

  // "Письмо, по данным источников “Ъ”, направлено …": what follows the aside.
  const aside = /^[^,]{1,80},\s*[Пп]о\s+(словам|данным|информации)\s+([^,]{1,120}?)\s*,\s*(?=\p{Ll})/u.exec(sentence);
  if (aside) {
    const cueAt = from + aside.index + aside[0].indexOf(aside[1]!);
    const whoAt = cueAt + aside[1]!.length + aside[0].slice(aside[0].indexOf(aside[1]!) + aside[1]!.length).indexOf(aside[2]!);
    const parsed = parseRussianPhrase(tokenize(aside[2]!, whoAt));
    const phrase = parsed?.kind === 'name' ? { ...parsed, name: parsed.name.map(nominative) } : parsed;
    const clause = trimmedClause(masked, from + aside.index + aside[0].length, end);
    if (phrase && clause) return [{ ...clause, cue: { text: aside[1]!, start: cueAt, end: cueAt + aside[1]!.length }, phrase }];
  }

  // "Как отметил X, …", "Как сообщили «Ъ» два источника, знакомые с ходом переговоров, …".
  const kak = /^\s*[Кк]ак\s+(\p{L}+)\s+([^,]{1,120}?)\s*,\s*(?:(?:знающ|знаком|близк|осведомл|пожелавш|попросивш|участвующ)[^,]*,\s*)?/u.exec(sentence);
  if (kak && RU_SPEECH_VERBS.has(kak[1]!.toLowerCase())) {
    const cueAt = from + kak.index + kak[0].indexOf(kak[1]!);
    const whoAt = cueAt + kak[1]!.length + kak[0].slice(kak[0].indexOf(kak[1]!) + kak[1]!.length).indexOf(kak[2]!);
    const phrase = speakerAtEnd(tokenize(kak[2]!, whoAt));
    const clause = trimmedClause(masked, from + kak.index + kak[0].length, end);
    if (phrase && clause) return [{ ...clause, cue: { text: kak[1]!, start: cueAt, end: cueAt + kak[1]!.length }, phrase }];
  }

  // "X заявил во вторник, что …", "Стороны выразили уверенность в том, что …".
  for (let k = 1; k < tokens.length; k++) {
    if (!RU_SPEECH_VERBS.has(tokens[k]!.lower)) continue;
    const that = /^[^.,!?"]{0,60}?,\s*что\s+/u.exec(masked.slice(tokens[k]!.end, end));
    if (!that) continue;
    const opener = RU_OPENERS.exec(masked.slice(from, tokens[k]!.start));
    const subject = opener ? tokens.slice(0, k).filter((t) => t.start >= from + opener[0].length) : tokens.slice(0, k);
    // "Ольга Семенова, заместитель главы Росстата, заявила": the name before its apposition.
    const comma = masked.slice(from, tokens[k]!.start).indexOf(',');
    const beforeComma = comma > 0 ? subject.filter((t) => t.end <= from + comma) : [];
    const phrase = companyInApposition(masked, from, tokens[k]!.start) ?? subjectPhrase(beforeComma) ?? subjectPhrase(subject);
    const clause = trimmedClause(masked, tokens[k]!.end + that[0].length, end);
    if (phrase && clause) return splitAtAndThat(masked, clause).map((c) => ({ ...c, cue: cueOf(tokens[k]!), phrase }));
  }

  // "…, говорится в сообщении банка.": the body whose statement it is.
  const statement = /,\s*(говорится)\s+в\s+(?:сообщении|заявлении|релизе|документе|письме|докладе|отчете|отчёте|коммюнике)\s+([^,.]{2,80}?)\s*\.?\s*$/u.exec(sentence);
  if (statement) {
    const whoAt = from + statement.index + statement[0].indexOf(statement[2]!, statement[0].indexOf(statement[1]!) + statement[1]!.length);
    const who = parseRussianPhrase(tokenize(statement[2]!, whoAt));
    const cueAt = from + statement.index + statement[0].indexOf(statement[1]!);
    const clause = trimmedClause(masked, from, from + statement.index);
    if (who && clause) return [{ ...clause, cue: { text: statement[1]!, start: cueAt, end: cueAt + statement[1]!.length }, phrase: who }];
  }

  // "…, заявил заместитель министра Павел Гусев.", "…, рассказали «Ведомостям» два чиновника."
  for (let comma = sentence.lastIndexOf(','); comma > 0; comma = sentence.lastIndexOf(',', comma - 1)) {
    const after = tokenize(sentence.slice(comma + 1), from + comma + 1);
    const verb = after[0];
    if (!verb || !RU_SPEECH_VERBS.has(verb.lower)) continue;
    // The speaker first, then perhaps where it was said: "министр Андрей Силин в интервью «Интерфаксу»".
    const phrase = speakerAtStart(after.slice(1));
    const clause = trimmedClause(masked, from, from + comma);
    if (phrase && clause) return [{ ...clause, cue: cueOf(verb), phrase }];
    break;
  }
  return [];
}

/**
 * "Об этом заявил в среду замминистра Олег Самойлов.": the sentence names who said the sentence
 * before it. The verb and the speaker after it, or null.
 */
export function aboutThisAttribution(masked: string, start: number, end: number): { phrase: SpeakerPhrase; cue: ReportedClause['cue'] } | null {
  const m = /^\s*[Оо]б\s+этом\s+/u.exec(masked.slice(start, end));
  if (!m) return null;
  const tokens = tokenize(masked.slice(start + m[0].length, end), start + m[0].length);
  const k = tokens.findIndex((t) => RU_SPEECH_VERBS.has(t.lower));
  if (k < 0 || k > 4) return null;
  // "Об этом говорится в сообщении министерства": the body whose statement it is.
  const phrase = speakerAtEnd(tokens.slice(k + 1)) ?? (k > 0 ? speakerAtStart(tokens.slice(0, k)) : null);
  return phrase ? { phrase, cue: cueOf(tokens[k]!) } : null;
}

