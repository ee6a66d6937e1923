// «По словам тренера, нападающий Кирилл Мазуров получил травму …», «По словам главы района, водитель автобуса Михаил Орлов
// успел …»: a sentence opening with «по словам» and a post alone has the post's clause after the comma, and the person the
// clause names is its subject, not the post's holder. The sentence's subject was read from its first words, so «словам
// тренера, нападающий Кирилл Мазуров» was noted as one person holding both posts, and «тренера» then went to the player.
// Now the subject is read after the frame. Guards: only «по словам / мнению / оценке / данным / информации» opening the
// sentence, and only when the frame holds no capitalised word (a name or a body there, «По словам тренера Игоря Семенова,»,
// «По данным МЧС,», is read as before), the comma within twelve words, and the clause opening with a lower-case word (a
// role) before a capitalised one: a clause opening with a bare name, «По словам тренера, Шаповалов восстановился …», is
// read as before (test-17 r04: its «— добавил специалист» after it stays the coach's).

const FRAME_RE = /^\s*[Пп]о\s+(?:словам|мнению|оценке|данным|информации)\s+((?:[\p{Ll}-]+\s+){0,11}?[\p{Ll}-]+)\s*,\s*(?=\p{Ll}+\s+(?:[\p{Ll}-]+\s+){0,3}\p{Lu})/u;

/** Where the subject of a sentence opening with «По словам <post>,» begins (after the comma); else the sentence's start. */
export function subjectStartAfterFrame(masked: string, start: number, end: number): number {
  const frame = FRAME_RE.exec(masked.slice(start, end));
  return frame ? start + frame[0].length : start;
}
