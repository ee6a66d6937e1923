// A body named inside a participle phrase set off after a sentence's subject («ООО «Альфа», владеющее торговым центром
// «Бета», не выплатило …», «Фонд «X», управляющий сетью «Y», сообщил …») is what the subject owns or runs, not who the
// sentence is about: «говорится в сообщении компании» after it is the subject's.

/** A present or past active participle, or a passive one, in any case («владеющее», «управлявшей», «созданного»). */
const PARTICIPLE_RE = /^\p{Ll}+(?:ющ|ащ|ящ|вш|нн)(?:ий|ая|ое|ее|ие|его|ого|ей|ой|ему|ому|им|ым|ими|ыми|их|ых|ую|юю|ем|ом)$/u;

/** Whether a word is such a participle («подписавшие», «владеющее»). */
export function isParticipleWord(word: string): boolean {
  return PARTICIPLE_RE.test(word);
}

/** Whether the text between the last comma before `at` (in the sentence from `sentenceStart`) and `at` opens with a participle. */
export function insideParticiplePhrase(text: string, sentenceStart: number, at: number): boolean {
  const before = text.slice(sentenceStart, at);
  const comma = before.lastIndexOf(',');
  if (comma < 0) return false;
  const first = /^\s*(\p{L}+)/u.exec(before.slice(comma + 1));
  return first !== null && PARTICIPLE_RE.test(first[1]!);
}
