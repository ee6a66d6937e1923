// «По его словам, без дороги остались около четырех тысяч человек. «…», — сказал он.»: «человек» after a number («около
// четырех тысяч человек», «более 300 человек», «десятки человек») is a count of people, the genitive plural that looks like
// the singular, not one unnamed person a later «он» / «она» could mean; read as a mention, it took the pronoun from the
// one named before (thirty-fifth session, test-44 r05). Guards: the phrase's last word is «человек» itself; the word right
// before it is a number in figures or a number's word (a cardinal in any case, «тысяч», «сотни», «десятков», «несколько»,
// «много»); only mentions are dropped, never a statement's speaker («Несколько человек рассказали» keeps its reading).
import type { SpeakerPhrase } from './speaker-phrase.ts';

/** A number's word before a counted noun: cardinals in their cases, the big units, and words of quantity. */
const COUNT_WORD = /^(?:[\d.,]+|(?:дв|тр|четыр|пят|шест|сем|восем|девят|десят|одиннадцат|двенадцат|пятнадцат|двадцат|тридцат|сорок|пятьдесят|шестьдесят|сто|двест|трист|четырест|пятьсот|шестьсот|семьсот|восемьсот|девятьсот|тысяч|сот|сотн|десятк|несколь|много|немного|сколь|полутор|полтор|миллион)\p{Ll}*)$/u;

/** Whether `phrase`, read out of `masked`, is a count of people («… тысяч человек»), no one a pronoun can mean. */
export function isCountOfPeople(masked: string, phrase: SpeakerPhrase): boolean {
  if (phrase.kind !== 'anonymous') return false;
  const words = masked.slice(phrase.start, phrase.end).trim().split(/\s+/u);
  if (words.length < 2 || words.at(-1)!.toLowerCase() !== 'человек') return false;
  return COUNT_WORD.test(words.at(-2)!.toLowerCase());
}
