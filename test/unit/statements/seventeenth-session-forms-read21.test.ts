// Forms test-21's misses showed when the seventeenth session read it (issue #13; dev d940, d941, d950, d951), one kind
// at a time, on made-up people and sentences that are in none of the fixture parts. Each case failed on the rules
// before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('a given name that is also a month, opening a sentence', () => {
  it('"June Halloran, 58, whose …, said …": the first name kept', () => {
    const text = 'June Halloran, 58, whose shop was flooded twice, said the insurer had stopped answering her calls.';
    expect(found(text)).toEqual([['indirect', 'June Halloran', 'the insurer had stopped answering her calls']]);
  });

  it('"April Kowalczyk, who …, said …", then "Kowalczyk said": the full name both times', () => {
    const text = 'April Kowalczyk, who coaches the under-twelves, said the pitch had been waterlogged for a month. '
      + 'Kowalczyk said the club would ask the council for drainage.';
    expect(found(text)).toEqual([
      ['indirect', 'April Kowalczyk', 'the pitch had been waterlogged for a month'],
      ['indirect', 'April Kowalczyk', 'the club would ask the council for drainage'],
    ]);
  });

  it('"In June Brodsky said …": after a preposition the month is a date (guard)', () => {
    const text = 'In June Brodsky said the depot would close by the end of the year.';
    expect(found(text).map(([, speaker]) => speaker)).not.toContain('June Brodsky');
  });
});

describe('Russian dash speech: «после …» before the speaker, after the verb', () => {
  it('«— …, — признался после игры вратарь Name.»: the preposition opens an adverbial, not the post «посол»', () => {
    const text = 'Команда проиграла дома.\n\n— Мы подвели болельщиков. Такого больше не будет, — признался после игры вратарь Денис Шулепов.';
    expect(found(text)).toEqual([
      ['direct', 'Денис Шулепов', 'Мы подвели болельщиков. Такого больше не будет'],
    ]);
  });

  it('«— …, — сказал после тренировки Name.»: an untitled full name the same', () => {
    const text = 'Сборы продолжаются.\n\n— Нагрузки большие. Но так и должно быть, — сказал после тренировки Руслан Ибатуллин.';
    expect(found(text)).toEqual([['direct', 'Руслан Ибатуллин', 'Нагрузки большие. Но так и должно быть']]);
  });
});

describe('Russian dash speech: whom it was told, after the speaker\u2019s name', () => {
  it('«— …, — сказал главный тренер Name корреспонденту «X» сразу после игры.»: the coach', () => {
    const text = 'Команда проиграла.\n\n— Мы сыграли плохо, и это моя вина, — сказал главный тренер Олег Дымов корреспонденту «Спортивной недели» сразу после игры.';
    expect(found(text)).toEqual([['direct', 'Олег Дымов', 'Мы сыграли плохо, и это моя вина']]);
  });

  it('«— …, — сказал Surname корреспонденту «X» сразу после …» after the full name (an outlet by its initials): the same person', () => {
    const text = 'Защитник Егор Пташкин ушел с поля первым.\n\n— Поле не готово, играть на нем опасно, — сказал Пташкин корреспонденту «ВН» сразу после матча.';
    expect(found(text)).toEqual([['direct', 'Егор Пташкин', 'Поле не готово, играть на нем опасно']]);
  });
});

describe('Russian: the cast named by their roles', () => {
  it('«Исполнитель роли Гамлета Name рассказал, что …»: the actor, without the character', () => {
    const text = 'Исполнитель роли Гамлета Тимофей Ларин рассказал, что учил текст все лето.';
    expect(found(text)).toEqual([['indirect', 'Тимофей Ларин', 'учил текст все лето']]);
  });

  it('«Исполнительница роли Офелии Name признается, что …»: the actress', () => {
    const text = 'Исполнительница роли Офелии Вера Сабурова признается, что впервые играет в трагедии.';
    expect(found(text)).toEqual([['indirect', 'Вера Сабурова', 'впервые играет в трагедии']]);
  });
});

describe('a place\u2019s public by what they do there, opening a sentence', () => {
  it('"Regulars at the café say …": unnamed', () => {
    const text = 'Regulars at the café on Mill Lane say the owner kept a tab for anyone short of cash.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'the owner kept a tab for anyone short of cash']]);
  });

  it('"Patrons at the cinema said …": unnamed', () => {
    const text = 'Patrons at the Regal cinema said they had not been told about the closure.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'they had not been told about the closure']]);
  });
});
