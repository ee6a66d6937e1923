// Russian kinds the twentieth session's six blind texts missed (issue #13; dev d1030–d1035), one kind at a time, on
// made-up bodies, people and sentences that are in none of the fixture parts. Each case failed on the rules before its
// change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('Russian: whom a verb of quoting has as its object («— цитирует футболиста пресс-служба клуба»)', () => {
  it('«— цитирует вратаря пресс-служба клуба»: the goalkeeper named before, not the club that relays his words', () => {
    const text = 'Вратарь «Шторма» Максим Елагин отразил пенальти.\n\n'
      + '«Я заранее знал, куда будет бить соперник, мы смотрели видео всю неделю», — цитирует вратаря пресс-служба клуба.';
    expect(found(text).at(-1)).toEqual(['direct', 'Максим Елагин', 'Я заранее знал, куда будет бить соперник, мы смотрели видео всю неделю']);
  });

  it('«— цитирует ее сайт театра»: the pronoun, the actress named before', () => {
    const text = 'Премьера состоялась в субботу. Главную роль сыграла актриса Полина Гречко.\n\n'
      + '«Эту роль я ждала почти десять лет и до последнего не верила, что она будет моей», — цитирует ее сайт театра.';
    expect(found(text).at(-1)).toEqual(['direct', 'Полина Гречко', 'Эту роль я ждала почти десять лет и до последнего не верила, что она будет моей']);
  });

  it('«— цитирует учительницу пресс-служба школы»: a feminine word for a person in the accusative', () => {
    const text = 'Школа № 4 вышла в финал олимпиады. Команду готовила учительница физики Зинаида Ломова.\n\n'
      + '«Ребята занимались по субботам весь год, и никто не пропустил ни одного занятия», — цитирует учительницу пресс-служба школы.';
    expect(found(text).at(-1)).toEqual(['direct', 'Зинаида Ломова', 'Ребята занимались по субботам весь год, и никто не пропустил ни одного занятия']);
  });

  it('«— приводит слова губернатора ТАСС» (no verb of quoting): whose words, as before (guard)', () => {
    const text = 'Губернатор края Олег Ремизов провел совещание.\n\n'
      + '«Все школы откроются в срок, подрядчики успевают с ремонтом», — приводит слова губернатора ТАСС.';
    expect(found(text).at(-1)).toEqual(['direct', 'Олег Ремизов', 'Все школы откроются в срок, подрядчики успевают с ремонтом']);
  });
});

describe('Russian: a second speech verb of the same speaker after «, но» / «, однако» («признает, что …, но настаивает, что …»)', () => {
  it('«Она признает, что …, но настаивает, что …»: two clauses, both hers', () => {
    const text = 'Архитектор Вера Сомова спроектировала новый квартал.\n\n'
      + 'Она признает, что сроки стройки оказались слишком жесткими, но настаивает, что проект удалось сохранить почти без изменений.';
    expect(found(text)).toEqual([
      ['indirect', 'Вера Сомова', 'сроки стройки оказались слишком жесткими'],
      ['indirect', 'Вера Сомова', 'проект удалось сохранить почти без изменений'],
    ]);
  });

  it('«…, однако заверил, что …» (a verb in the past, as the cue): the second clause is his too, not cut off', () => {
    const text = 'На комбинате сменилось руководство.\n\n'
      + 'Новый директор комбината Рустам Каримов признал, что план по отгрузкам в этом году сорван, однако заверил, что к весне цеха выйдут на полную мощность.';
    expect(found(text)).toEqual([
      ['indirect', 'Рустам Каримов', 'план по отгрузкам в этом году сорван'],
      ['indirect', 'Рустам Каримов', 'к весне цеха выйдут на полную мощность'],
    ]);
  });

  it('«…, но при этом добавила, что …»', () => {
    const text = 'Город готовится к зиме.\n\n'
      + 'Вице-мэр Анна Дробот сообщила, что все котельные прошли проверку, но при этом добавила, что в двух районах еще меняют трубы.';
    expect(found(text).map(([, , t]) => t)).toEqual(['все котельные прошли проверку', 'в двух районах еще меняют трубы']);
  });

  it('«…, но отказался назвать …» (no «что» after the verb): still his own act, the clause ends before it (guard)', () => {
    const text = 'Торговая сеть ищет инвестора.\n\nВладелец сети Игорь Лапин подтвердил, что получил несколько предложений о покупке, но отказался назвать покупателей.';
    expect(found(text)).toEqual([['indirect', 'Игорь Лапин', 'получил несколько предложений о покупке']]);
  });
});
