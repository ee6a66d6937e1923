/**
 * «Как рассказал в беседе с корреспондентом «…» начальник отдела Name, …. По словам собеседника, …»: a bare «собеседник»
 * (or «собеседница»), with no more than the outlet it spoke to after it, is the one the text has just quoted, when that
 * was a person it named and nobody was named since; it stays an unnamed source after an unnamed one («сообщил источник
 * …. По словам собеседника агентства, …», the usual case). (Thirty-first session, second round: d1450, d1492.)
 * Guards: the word alone or with an outlet's word or name («агентства», «портала», «РБК», «“Ъ”», «издания»); no
 * describing aside after it («собеседник, близкий к компании», «собеседник в одной из компаний»); no word before it that
 * makes it another («Еще один собеседник», «Другой собеседник», «знакомый с ситуацией собеседник»).
 */
export function isBareInterlocutor(text: string, start: number, end: number): boolean {
  const printed = text.slice(start, end);
  if (!/^собеседни(?:к|ка|ку|ком|це|ца|цы|цей)(?:\s+(?:агентства|портала|издания|газеты|редакции|телеканала|сайта|журнала|[«“"„][^»”"]{1,40}[»”"“]|\p{Lu}[\p{L}.]{1,10}))?$/u.test(printed)) return false;
  if (!/^\s*(?:[.;:!?]|,(?!\s*(?:знающ|знаком|близк|осведомл|пожелавш|попросивш|\p{Ll}+(?:ющ|ящ|вш)\p{Ll}+)))/u.test(text.slice(end, end + 40))) return false;
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1]?.toLowerCase() ?? '';
  return !/^(?:один|одна|одного|одной|другой|другая|другого|еще|ещё|второй|второго|третий|новый|\p{Ll}+(?:ый|ий|ой|ая|ого|ему|ым))$/u.test(before) || /^(?:словам|мнению)$/u.test(before);
}
