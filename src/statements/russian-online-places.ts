// Places online where no one is named: «В соцсетях пишут, что …», «В городских пабликах пишут», «По информации местных
// телеграм-каналов, …». The people who wrote there are not named, so they are an unnamed source, as «Жители пишут в
// соцсетях» is (test-20 r08, test-21 r08, test-19 r04). A channel or page of someone named («в телеграм-канале мэрии», «в
// своем телеграм-канале») is that one's and is not read here: only plural places, or «интернете» / «сети», with no word
// after them.
import type { WrittenWord } from './written-word.ts';

/** Places online in the locative plural (and the web in the singular), lower case. */
const ONLINE_PLACES_LOCATIVE = /^(?:соцсетях|сетях|пабликах|чатах|телеграм-каналах|telegram-каналах|тг-каналах|каналах|мессенджерах|форумах|блогах|комментариях|интернете|соцсети|чате|фан-чате|телеграм-чате|паблике)$/u;
/**
 * One chat or page of people no one names, in the singular (thirtieth session): «В фан-чате пишут», «в родительском чате
 * возмущаются», «в городском паблике пишут». Not «в телеграм-канале» alone, which is mostly someone's own channel, named
 * before («написал в телеграм-канале»).
 */
const ONE_ONLINE_PLACE = new Set(['интернете', 'соцсети', 'чате', 'фан-чате', 'телеграм-чате', 'паблике']);
/** Pointing and owning words shaped as adjectives, whose chat or page is someone's («в своем чате», «в этом паблике»). */
const OWNING_WORDS = /^(?:сво|наш|ваш|мо|тво|эт|т|одн)(?:ем|ём|ом)$/u;
/** The same in the genitive plural, after «по информации» / «по данным» / «по сообщениям». */
const ONLINE_SOURCES_GENITIVE = /^(?:соцсетей|пабликов|чатов|телеграм-каналов|telegram-каналов|тг-каналов|каналов|блогов|блогеров|форумов|сми)$/u;
/** Lower-case adjectives that may describe them ("городских", "местных", "социальных", "анонимных"). */
const ADJECTIVE_PLURAL = /^\p{Ll}{3,}(?:ых|их)$/u;
const ADJECTIVE_SINGULAR_LOCATIVE = /^\p{Ll}{3,}(?:ом|ем|ой|ей)$/u;

/**
 * «в соцсетях», «в городских пабликах», «в местных чатах», «в социальных сетях», «в интернете»: the preposition, up to two
 * lower-case adjectives, the place, and nothing after it.
 * Guards: «в» / «во» / «на» first; every word lower case (no «в телеграм-канале Name»); nothing after the place (not «в
 * пабликах мэрии», a body's pages); «сетях» only after «социальных» (not «в аптечной сети», «в торговых сетях»);
 * «каналах» not alone.
 */
export function isUnnamedOnlinePlace<W extends WrittenWord>(all: readonly W[], isBody?: (w: W) => boolean): boolean {
  if (all.length < 2 || all.length > 6 || !['в', 'во', 'на'].includes(all[0]!.lower)) return false;
  if (!all.slice(1).every((w) => /^\p{Ll}/u.test(w.text))) return false;
  // (Forty-first session: «В телеграм-каналах томских разработчиков пишут», «в чатах дольщиков пишут»: whose pages, people
  // of a kind in the genitive plural, perhaps after one plural adjective, none named; the place is still no one's named.
  // Guards: the caller's body test says no body's word («в пабликах мэрии», «в чатах управляющих компаний» stay out); a
  // people's ending, «-ов», «-ев», «-ей», «-ан»; up to two words after the place.)
  const placeAt = all.findIndex((w, k) => k > 0 && ONLINE_PLACES_LOCATIVE.test(w.lower));
  const whose = placeAt > 0 ? all.slice(placeAt + 1) : [];
  const people = whose.length >= 1 && whose.length <= 2 && isBody !== undefined && /^\p{Ll}{3,}(?:ов|ев|ей|ан)$/u.test(whose.at(-1)!.lower)
    && !isBody(whose.at(-1)!) && whose.slice(0, -1).every((w) => ADJECTIVE_PLURAL.test(w.lower));
  const words = people ? all.slice(1, placeAt + 1) : all.slice(1);
  if (words.length > 3) return false;
  const place = words.at(-1)!.lower;
  if (!ONLINE_PLACES_LOCATIVE.test(place)) return false;
  const before = words.slice(0, -1);
  const singular = ONE_ONLINE_PLACE.has(place);
  // (Guard: «в своем чате», «в нашем паблике», «в этом чате»: an owner or a pointer, someone's chat, not read here.)
  if (before.some((w) => OWNING_WORDS.test(w.lower))) return false;
  // («каналах» only as «в телеграм-каналах» or after an adjective; «сетях» only as «в социальных сетях», never «в аптечной
  // сети», «в торговых сетях», chains of shops.)
  if (place === 'каналах' && before.length === 0) return false;
  if (place === 'сетях') return before.length === 1 && before[0]!.lower === 'социальных';
  return before.every((w) => (singular ? ADJECTIVE_SINGULAR_LOCATIVE : ADJECTIVE_PLURAL).test(w.lower));
}

/**
 * «местных телеграм-каналов», «городских пабликов», «СМИ», «ряда СМИ»: sources online or in the press, none named, in the
 * genitive after «по информации» / «по данным» / «по сообщениям» / «по словам».
 * Guards: up to two lower-case adjectives (or «ряда» / «некоторых») before; nothing after the source (not «телеграм-каналов
 * мэрии», a body's channels); a capitalised or quoted name anywhere means a named one.
 */
export function isUnnamedOnlineSources(who: readonly WrittenWord[]): boolean {
  if (who.length < 1 || who.length > 3) return false;
  const last = who.at(-1)!;
  if (!ONLINE_SOURCES_GENITIVE.test(last.lower) || (last.lower === 'сми' ? last.text !== 'СМИ' : !/^\p{Ll}/u.test(last.text))) return false;
  if (last.lower === 'каналов' && who.length === 1) return false;
  return who.slice(0, -1).every((w) => /^\p{Ll}/u.test(w.text) && (ADJECTIVE_PLURAL.test(w.lower) || ['ряда'].includes(w.lower)));
}

/** The same sources in the nominative plural, as the subject of «пишут» / «сообщают» (thirty-first session). */
const ONLINE_SOURCES_NOMINATIVE = /^(?:сми|соцсети|паблики|телеграм-каналы|telegram-каналы|тг-каналы|каналы|блогеры|издания|газеты)$/u;
const ADJECTIVE_PLURAL_NOMINATIVE = /^\p{Ll}{3,}(?:ые|ие)$/u;

/**
 * «Как пишут латвийские СМИ, …», «местные телеграм-каналы сообщают», «пишут СМИ», «ряд СМИ»: the press or pages online, none
 * named, as a subject: an unnamed source, as «по данным местных СМИ» is (dev d1430).
 * Guards: nothing after the source (not «СМИ региона», «издания холдинга «…»»: someone's); no capitalised or quoted word
 * but «СМИ» itself and a first word opening the sentence; «СМИ» only in capitals; «каналы», «издания», «газеты» only after an adjective (bare «издания» may be
 * an outlet's publications named before); the adjectives lower case, in the nominative plural (or «ряд», «некоторые»).
 */
export function isUnnamedOnlineSourcesNominative(who: readonly WrittenWord[]): boolean {
  if (who.length < 1 || who.length > 3) return false;
  const last = who.at(-1)!;
  if (!ONLINE_SOURCES_NOMINATIVE.test(last.lower) || (last.lower === 'сми' ? last.text !== 'СМИ' : !/^\p{Ll}/u.test(last.text))) return false;
  const before = who.slice(0, -1);
  if (['каналы', 'издания', 'газеты'].includes(last.lower) && before.length === 0) return false;
  // (The first word may be capitalised, opening the sentence: «Латвийские СМИ сообщают», «Ряд СМИ пишет».)
  return before.every((w, i) => (i === 0 || /^\p{Ll}/u.test(w.text)) && (ADJECTIVE_PLURAL_NOMINATIVE.test(w.lower) || (i === 0 && ['ряд', 'некоторые', 'многие'].includes(w.lower))));
}

/**
 * Whether a word is a place online in the locative, a chat or a page («чате», «пабликах», «соцсетях»): «Рабочие в чате
 * предприятия пишут» is people where they wrote, never whom a body told (forty-fourth session, test-62 r10).
 */
export function isOnlinePlaceWord(lower: string): boolean {
  return ONLINE_PLACES_LOCATIVE.test(lower);
}
