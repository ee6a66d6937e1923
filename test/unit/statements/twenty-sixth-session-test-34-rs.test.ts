// Russian speakers the twenty-sixth session's second round on test-34 took (issue #13; "Russian speakers wrong"), on
// made-up people, places and sentences that are in none of the fixture parts. Each case failed on the rules before its
// change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const who = (text: string) =>
  extractStatements(text).map((s) => (s.anonymous ? 'anonymous' : `${s.speaker} (${s.speakerKind})`));

describe('Russian: a question after its quotation, «— спрашивает Name» (vocabulary-ru.ts RU_QUOTE_ONLY_VERBS)', () => {
  it('«— спрашивает ветеран ансамбля Name» → the asker', () => {
    expect(who('«Мы здесь полвека поем. Кто же нас выгонит на улицу?» — спрашивает ветеран ансамбля Тамара Фоминична Ерошкина.'))
      .toEqual(['Тамара Фоминична Ерошкина (person)']);
  });

  it('«— спросил он» after a named man → him', () => {
    expect(who('Фермер Роман Кудинов выслушал чиновников до конца.\n\n«А зерно куда девать, если элеватор закроют?» — спросил он.'))
      .toEqual(['Роман Кудинов (person)']);
  });

  it('«Name спросил, что будет …» reports nothing: a question, not a clause (guard)', () => {
    expect(who('Корреспондент Глеб Сорокин спросил, что станет с мельницей после продажи.')).toEqual([]);
  });
});

describe('Russian: a settlement\'s name before a first name and patronymic (russian-settlement-name-before-name.ts)', () => {
  it('«жительница деревни Малая Сосновая Зинаида Павловна» → Зинаида Павловна, not «Сосновая Зинаида Павловна»', () => {
    expect(who('«Автобус ходит раз в неделю, а лекарства кончаются», — жалуется жительница деревни Малая Сосновая Зинаида Павловна.'))
      .toEqual(['Зинаида Павловна (person)']);
  });

  it('«житель села Большой Луговой Степан Ильич» → Степан Ильич', () => {
    expect(who('«Лодку мы держим на всякий случай», — говорит житель села Большой Луговой Степан Ильич.'))
      .toEqual(['Степан Ильич (person)']);
  });

  it('a full name after the settlement stays whole: «из деревни Выселки Таисия Андреевна Мохова» (guard)', () => {
    expect(who('Пенсионерка из деревни Выселки Таисия Андреевна Мохова рассказала, что за хлебом ходит в соседнее село.'))
      .toEqual(['Таисия Андреевна Мохова (person)']);
  });

  it('a name printed surname first stays so: «Огородникова Зинаида Павловна» (guard)', () => {
    expect(who('«Справку так и не выдали», — говорит Огородникова Зинаида Павловна.'))
      .toEqual(['Огородникова Зинаида Павловна (person)']);
  });
});

describe('Russian: a description with a body\'s word in it before a named woman, then «она» (russian-body-word-in-description.ts, russian-verb-after-described-name.ts)', () => {
  it('«Наладчица пульта управления Name пришла на станцию …», then «— рассказывает она» → her', () => {
    expect(who('Наладчица пульта управления Ксения Бармина пришла на станцию шесть лет назад. Новую систему она изучала вместе с инженерами из Казани.\n\n«Поначалу путалась в кнопках. Теперь работаю вслепую», — рассказывает она.'))
      .toEqual(['Ксения Бармина (person)']);
  });

  it('«Техник отдела управления Name сказала, что …» → her, not «Техник отдела управление Татьяна»', () => {
    expect(who('Техник отдела управления Татьяна Саввина сказала, что пробы теперь берут дважды в смену.'))
      .toEqual(['Татьяна Саввина (person)']);
  });

  it('a body\'s own name after its kind stays a body\'s: «Канал районной компании «Водоканал Озерска» сообщает» (guard)', () => {
    expect(who('Канал районной компании «Водоканал Озерска» сообщает, что воду подадут к вечеру.')[0]).not.toMatch(/\(person\)$/u);
  });
});
