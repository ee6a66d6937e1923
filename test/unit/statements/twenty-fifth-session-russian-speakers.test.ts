// Russian speakers the twenty-fifth session's round on test-30 and test-31 took (issue #13; "Russian speakers"), on
// made-up people, bodies and sentences that are in none of the fixture parts. Each case failed on the rules before its
// change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const who = (text: string) =>
  extractStatements(text).map((s) => (s.anonymous ? 'anonymous' : `${s.speaker} (${s.speakerKind})`));

describe('Russian copy in straight double marks read as in «…» (russian-straight-quotes.ts)', () => {
  const text = 'ЯРОСЛАВЛЬ. 3 марта. - ООО "Северный мукомол" (СМ) приостановило работу мельницы, говорится в сообщении компании.\n\n'
    + 'Работы продлятся две недели, уточнили в пресс-службе СМ.';

  it('«ООО "X" (СМ) …, говорится в сообщении компании», then «в пресс-службе СМ»: the company by its name', () => {
    expect(who(text)).toEqual(['Северный мукомол (organisation)', 'Северный мукомол (organisation)']);
  });

  it('every statement\'s text is the text as printed, straight marks and all (guard)', () => {
    for (const s of extractStatements(text)) expect(s.text).toBe(text.slice(s.start, s.end));
    expect(extractStatements(text)[0]!.text).toContain('"Северный мукомол"');
  });

  it('English copy in straight marks is left as it is (guard)', () => {
    expect(who('"We will reopen the mill in two weeks," said Anna Berg, the plant\'s manager.')).toEqual(['Anna Berg (person)']);
  });
});

describe('Russian: a research firm\'s analysts, the firm named with its legal form (research-firm.ts)', () => {
  it('«Аналитики ИК «Восточный капитал» пишут» → Восточный капитал', () => {
    expect(who('Аналитики ИК «Восточный капитал» пишут в обзоре, что спрос на зерно вырастет.')).toEqual(['Восточный капитал (organisation)']);
  });

  it('a bank\'s analysts in the genitive stay as they were (guard)', () => {
    expect(who('Аналитики Промторгбанка пишут в обзоре, что спрос на зерно вырастет.')).toEqual(['Промторгбанк (organisation)']);
  });
});

describe('Russian: a man\'s first name in the instrumental, put in the nominative with his surname (russian.ts)', () => {
  it('«с тренером Игорем Колесниковым» … «Сам Колесников признал» → Игорь Колесников', () => {
    expect(who('Клуб расстался с главным тренером Игорем Колесниковым по соглашению сторон.\n\nСам Колесников в беседе с журналистами признал, что команда устала после травм.'))
      .toEqual(['Игорь Колесников (person)']);
  });

  it('«Алексеем» → Алексей', () => {
    expect(who('Клуб продлил контракт с капитаном Алексеем Гурьяновым на два года.\n\nСам Гурьянов в беседе с журналистами признал, что команда готова к сезону.'))
      .toEqual(['Алексей Гурьянов (person)']);
  });
});

describe('A full stop inside a short «name» ends no sentence (stop-inside-quoted-name.ts)', () => {
  it('«в эфире программы «Утро. Псков» заявила» is the named person\'s', () => {
    expect(who('Жители жалуются на автобусы.\n\nГлава района Ольга Кремнева в эфире программы «Утро. Псков» заявила, что маршрут вернут в марте.'))
      .toEqual(['Ольга Кремнева (person)']);
  });

  it('a quoted sentence with its own stop is still split where it ends (guard)', () => {
    expect(who('Глава района Ольга Кремнева заявила, что маршрут вернут в марте. Водители это подтвердили.'))
      .toEqual(['Ольга Кремнева (person)']);
  });
});

describe('Russian: a given name alone is a person, not a body (speaker-resolver.ts)', () => {
  it('«— говорит Марина» after «Одна из них, Марина Голованова,» → Марина Голованова', () => {
    expect(who('Проект получил грант.\n\nВ работе участвуют четверо студентов. Одна из них, Марина Голованова, строит модель.\n\n— Это возможность работать с данными, — говорит Марина.'))
      .toEqual(['Марина Голованова (person)']);
  });

  it('«Оксана, мама двоих детей, рассказала» and then «— говорит она»: Оксана, a person', () => {
    expect(who('Фонд помогает семьям.\n\nОксана, мама двоих детей, рассказала, что раньше ездила в больницу по три часа.\n\n«Теперь врач приезжает сам», — говорит она.'))
      .toEqual(['Оксана (person)', 'Оксана (person)']);
  });

  it('a lone word no given name is still a body (guard)', () => {
    expect(who('Роскосмос сообщил, что запуск перенесен на апрель.')).toEqual(['Роскосмос (organisation)']);
  });
});

describe('Russian: a lone name described by kin or post after a comma is a person (russian-name-described-as-person.ts)', () => {
  it('«Злата, мама троих детей, рассказала» (a name no list holds)', () => {
    expect(who('Фонд помогает семьям.\n\nЗлата, мама троих детей, рассказала, что раньше ездила в больницу по три часа.'))
      .toEqual(['Злата (person)']);
  });

  it('a body described after a comma stays a body (guard)', () => {
    expect(who('Цены выросли.\n\nПромсталь, крупнейший производитель арматуры в регионе, сообщила, что поднимет цены с апреля.'))
      .toEqual(['Промсталь (organisation)']);
  });
});

describe('Russian: a word for a person opening the sentence before one name is no first name (speaker-resolver.ts)', () => {
  it('«Продавец Тимур, который …, говорит» → Тимур', () => {
    expect(who('Цены на рынке выросли.\n\nПродавец Тимур, который торгует фруктами на рынке уже десять лет, говорит, что закупщики вывезли урожай еще в сентябре.'))
      .toEqual(['Тимур (person)']);
  });

  it('«Пенсионерка Галина говорит» → Галина', () => {
    expect(who('Цены на рынке выросли.\n\nПенсионерка Галина говорит, что закупщики вывезли урожай еще в сентябре.'))
      .toEqual(['Галина (person)']);
  });

  it('a first name and surname stay whole (guard)', () => {
    expect(who('Цены на рынке выросли.\n\nТимур Ахмедов говорит, что закупщики вывезли урожай еще в сентябре.'))
      .toEqual(['Тимур Ахмедов (person)']);
  });
});

describe('Russian: a named person the text says works as a post holds it (russian-works-as.ts)', () => {
  it('«Name работает медсестрой …» then «— признается медсестра» after another spoke', () => {
    expect(who('Министр здравоохранения области Олег Сурков заявил, что проблема в кадрах.\n\nАнна Петровна Лыкова работает медсестрой в селе Кочево уже 30 лет.\n\n«Уйти не могу, кто тогда к старикам пойдет?» — признается медсестра.'))
      .toEqual(['Олег Сурков (person)', 'Анна Петровна Лыкова (person)']);
  });
});

describe('Russian: a Kommersant regional edition «Ъ-Region» is whom it was told, not a body (russian.ts)', () => {
  it('«…, сообщили «Ъ-Поволжье» в компании» → the company the sentence names', () => {
    expect(who('Перевозчик «Волжские линии» с 1 марта отменяет рейсы в Казань. Решение связано с ростом цен на топливо, сообщили «Ъ-Поволжье» в компании.'))
      .toEqual(['Волжские линии (organisation)']);
  });
});
