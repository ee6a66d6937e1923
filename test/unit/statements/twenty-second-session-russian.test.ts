// Russian kinds test-25's nine Russian texts missed (issue #13; the twenty-second session), one kind at a time, on
// made-up bodies, people and sentences that are in none of the fixture parts. Each case failed on the rules before its
// change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('Russian: a word for a person, then a name with a patronymic, opening a sentence with no speech in it', () => {
  it('«Лесник Name Patronymic Surname работает …. Он считает, что …»: the man named so, not the one quoted before', () => {
    const text = 'Глава Ключевского поселения Борис Андреевич Сомов рассказал, что дорогу к кордону размыло.\n\n'
      + 'Лесник Аркадий Фомич Турчанинов служит на кордоне тридцать лет. Он считает, что мост через ручей простоит еще зиму.';
    expect(found(text).at(-1)).toEqual(['indirect', 'Аркадий Фомич Турчанинов', 'мост через ручей простоит еще зиму']);
  });

  it('«Уроженка поселка Name Patronymic Surname, которой 90 лет, … — вспоминает она»: the woman named so', () => {
    const text = 'Директор библиотеки Галина Петрова сообщила, что здание отремонтируют к лету.\n\n'
      + 'Уроженка поселка Вера Степановна Лукина, которой в марте исполнится 90 лет, ходит в библиотеку каждую неделю.\n\n'
      + '— Я сюда еще девочкой бегала за книжками, — вспоминает она.';
    expect(found(text).at(-1)).toEqual(['direct', 'Вера Степановна Лукина', 'Я сюда еще девочкой бегала за книжками']);
  });

  it('the same name read with a known post before it, the first name kept (guard)', () => {
    const text = 'Пенсионер Аркадий Петрович Турчанинов рассказал, что автобус не ходит вторую неделю.';
    expect(found(text)).toEqual([['indirect', 'Аркадий Петрович Турчанинов', 'автобус не ходит вторую неделю']]);
  });
});

describe('Russian: a post with whose team or country before an apposed titled name', () => {
  it('«Бывший вратарь сборной Италии, эксперт Name считает, что …»: the named expert, not «Италии»', () => {
    const text = 'Бывший вратарь сборной Италии, эксперт «Советского спорта» Роман Ветлугин считает, что клубу нужен новый тренер.';
    expect(found(text)).toEqual([['indirect', 'Роман Ветлугин', 'клубу нужен новый тренер']]);
  });
});

describe('Russian: the subject ends at the verb in any tense, and a place after the role is no verb', () => {
  it('«Житель села Name Surname привез …. «…», — сказал он»: the man', () => {
    const text = 'Житель села Кварели Шота Мебуке привез на рынок две тонны хурмы.\n\n'
      + '«Стоим с утра, покупателей почти нет», — сказал он корреспонденту.';
    expect(found(text)).toEqual([['direct', 'Шота Мебуке', 'Стоим с утра, покупателей почти нет']]);
  });
});

describe('Russian: a surname alone opening a sentence, after the text printed the full name in another case', () => {
  it('«Сам Name записал обращение. «…», — сказал нападающий»: the full name, no «Сам»', () => {
    const text = 'Клуб на месяц лишился Душана Радовановича.\n\n'
      + 'Сам Радованович записал обращение к болельщикам.\n\n'
      + '«Я скоро вернусь на поле», — сказал нападающий.';
    expect(found(text)).toEqual([['direct', 'Душан Радованович', 'Я скоро вернусь на поле']]);
  });
});

describe('Russian: a body in guillemets after "в" and its word', () => {
  it('«В партии «Зеленый край» считают, что …»: the party, not a person', () => {
    const text = 'В партии «Зеленый край» считают, что свалку у реки нужно закрыть до весны.';
    expect(found(text)).toEqual([['indirect', 'Зеленый край', 'свалку у реки нужно закрыть до весны']]);
  });
});

describe('Russian: one post nobody holds, right after a named body spoke', () => {
  it('«В компании «…» объяснили, что …. По словам диспетчера, …»: an unnamed member of its staff', () => {
    const text = '— Воду отключили без предупреждения, — рассказала жительница дома Анна Кравец.\n\n'
      + 'В компании «Водоканал-Север» объяснили, что на магистрали произошла авария. По словам диспетчера, воду дадут к вечеру.';
    expect(found(text).at(-1)).toEqual(['indirect', 'anonymous', 'воду дадут к вечеру']);
  });

  it('the post held by the one the text named stays theirs (guard)', () => {
    const text = 'Диспетчер Олег Рябов рассказал, что на магистрали произошла авария.\n\n'
      + 'В компании «Водоканал-Север» подтвердили, что бригада уже работает. По словам диспетчера, воду дадут к вечеру.';
    expect(found(text).at(-1)).toEqual(['indirect', 'Олег Рябов', 'воду дадут к вечеру']);
  });
});

describe('Russian: a relaying frame in the present at the end of a sentence that has its own', () => {
  it('«Водитель заявил, что …, сообщает пресс-служба ГИБДД»: the clause ends before the relay', () => {
    const text = 'Водитель заявил, что не заметил пешехода из-за тумана, сообщает пресс-служба ГИБДД.';
    expect(found(text).map(([kind, , said]) => [kind, said])).toEqual([['indirect', 'не заметил пешехода из-за тумана']]);
  });
});
