import { RU_SPEECH_VERBS } from './vocabulary-ru.ts';

/**
 * The gender a Russian verb of saying shows for a post or a word for a person as its subject: a past tense's «-л» /
 * «-ла» («Глава ведомства также уточнил», «— подчеркнула инфекционист»), a reflexive's «-лся» / «-лась», a short form's
 * bare / «-а» («Депутат уверен», «убеждена»). Russian posts are masculine nouns whoever holds them, so the verb is what
 * tells a man from a woman where two or more people of the post were named (thirty-first session, second round).
 * Guards: only a word of RU_SPEECH_VERBS (or «уверен» / «убежден»), right after the phrase (past «также», «тоже»,
 * «однако», «в свою очередь», «при этом», «в ответ» and commas) or right before it («— сказала терапевт»); a present
 * tense or a plural shows none.
 */
export function russianVerbGenderAt(text: string, start: number, end: number): 'm' | 'f' | null {
  const after = /^(?:[\s,]+(?:также|тоже|однако|же|затем|позже|потом|еще|ещё|уже|в\s+свою\s+очередь|при\s+этом|в\s+ответ))*[\s,]+(\p{Ll}+)/u.exec(text.slice(end, end + 60));
  const before = /(?:^|[\s—–-])(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
  return genderOfVerb(after?.[1]) ?? (before && /[—–-]\s*\p{Ll}+\s+$/u.test(text.slice(Math.max(0, start - 30), start)) ? genderOfVerb(before[1]) : null);
}

function genderOfVerb(word: string | undefined): 'm' | 'f' | null {
  if (!word || !(RU_SPEECH_VERBS.has(word) || /^(?:уверен|убежден|убеждён)а?$/u.test(word))) return null;
  if (/(?:л|лся|ен|ён)$/u.test(word)) return 'm';
  if (/(?:ла|лась|ена|ёна)$/u.test(word)) return 'f';
  return null;
}
