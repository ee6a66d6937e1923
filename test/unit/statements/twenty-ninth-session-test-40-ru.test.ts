// Russian clauses, bodies and people the twenty-ninth session took from test-40's Russian misses (issue #13), on made-up
// people, bodies and sentences that are in none of the fixture parts. Each case failed on the rules before its change, but
// the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const who = (text: string) =>
  extractStatements(text).map((s) => (s.anonymous ? 'anonymous' : `${s.speaker} (${s.speakerKind})`));
const said = (text: string) => extractStatements(text).map((s) => `${s.kind}: ${s.text}`);

describe('Russian: a verbless head with a dash before a colon, then the attribution (russian.ts, tailFrame)', () => {
  it('«Итог — рост тарифов на треть: за два года …, пояснили в мэрии» → the whole sentence, not only what follows the colon', () => {
    expect(said('Итог — рост тарифов на треть: за два года стоимость проезда выросла с 40 до 54 рублей, пояснили в мэрии.'))
      .toEqual(['indirect: Итог — рост тарифов на треть: за два года стоимость проезда выросла с 40 до 54 рублей']);
  });

  it('a head with a verb in the past, «Итог — ремонт отложили: …», is cut at the colon as before (guard)', () => {
    expect(said('Итог — ремонт отложили: подрядчик так и не получил металл для пролетов, признали в администрации.'))
      .toEqual(['indirect: подрядчик так и не получил металл для пролетов']);
  });

  it('a head with no dash, «Ремонт снова откладывается: …», is cut at the colon as before (guard)', () => {
    expect(said('Ремонт моста снова откладывается: подрядчик так и не получил металл, признали в администрации района.'))
      .toEqual(['indirect: подрядчик так и не получил металл']);
  });
});

describe('Russian: a named body\'s analysts, the body in guillemets (research-firm.ts)', () => {
  it('«Аналитики «Бета Индекс» ожидают, что …» → the body, not a person «Бета Индекс»', () => {
    expect(who('Продажи упали.\n\nАналитики «Бета Индекс» ожидают, что цены на жилье стабилизируются к лету.'))
      .toEqual(['Бета Индекс (organisation)']);
  });

  it('after the clause, with the body\'s kind: «…, считают экономисты компании «Орион Финанс»» → the body', () => {
    expect(who('Цены на жилье стабилизируются к лету, считают экономисты компании «Орион Финанс».'))
      .toEqual(['Орион Финанс (organisation)']);
  });

  it('analysts an outlet polled, «Аналитики, опрошенные «Деловым курьером»», stay unnamed (guard)', () => {
    expect(who('Аналитики, опрошенные «Деловым курьером», ожидают, что цены на жилье стабилизируются к лету.'))
      .toEqual(['anonymous']);
  });
});

describe('Russian: a post word after someone spoke, the post\'s holder named before only bare (holder-named-later.ts)', () => {
  it('«Спортсменка призналась» after the winner spoke → the winner, not the runner-up called «призер» further down', () => {
    expect(who('Первой финишировала Ксения Рябова, второй — Ольга Денисюк.\n\n«Трасса была тяжелой, но я справилась», — сказала Рябова после гонки.\n\nСпортсменка призналась, что готовилась к старту два месяца.\n\nСеребряный призер Ольга Денисюк рассказала, что упала на последнем спуске.'))
      .toEqual(['Ксения Рябова (person)', 'Ксения Рябова (person)', 'Ольга Денисюк (person)']);
  });

  it('a post given in the quote\'s own sentence, «цитирует директора театра Name пресс-служба», still reaches «Директор» (guard)', () => {
    expect(who('Театр «Зеркало» закрыл сезон.\n\n— Мы довольны сезоном, — цитирует директора театра Игната Белова пресс-служба.\n\nДиректор также отметил, что труппа уедет на гастроли в Казань.'))
      .toEqual(['Игнат Белов (person)', 'Игнат Белов (person)']);
  });
});

describe('Russian: data of a study no one is named with (russian.ts, documentOwner)', () => {
  it('«По данным лабораторных исследований, …» → unnamed, not the body the text is about', () => {
    expect(who('Мэрия Твери закрыла городской пляж.\n\nПо данным лабораторных исследований, в воде превышено содержание кишечной палочки.'))
      .toEqual(['anonymous']);
  });

  it('a study with its owner, «По данным исследований мэрии», stays the owner\'s (guard)', () => {
    expect(who('Мэрия Твери закрыла городской пляж.\n\nПо данным исследований мэрии, в воде превышено содержание кишечной палочки.'))
      .toEqual(['Мэрия Твери (organisation)']);
  });
});

describe('Russian: a document and where it was sent (russian.ts, documentOwner)', () => {
  it('«…, говорится в письме ассоциации в областную прокуратуру» → the association, the prosecutors only the addressee', () => {
    expect(who('Ассоциация «Чистый берег» проверила пляжи области.\n\nВода в реке непригодна для купания, говорится в письме ассоциации в областную прокуратуру.'))
      .toEqual(['Чистый берег (organisation)']);
  });
});

describe('Russian: a park or a zoo that speaks as one (vocabulary-ru.ts, russian-bodies-introduced-by-kind.ts)', () => {
  it('«…, уточнили в зоопарке» after «В пресс-службе зоопарка «Лесная сказка» сообщили» → that zoo', () => {
    expect(who('В пресс-службе зоопарка «Лесная сказка» сообщили, что рысь родила троих котят.\n\nКотята здоровы и уже открыли глаза, уточнили в зоопарке.'))
      .toEqual(['Лесная сказка (organisation)', 'Лесная сказка (organisation)']);
  });

  it('«…, уточнили в парке» after «парка развлечений «Жар-птица»» (what the park is for between) → that park', () => {
    expect(who('В пресс-службе парка развлечений «Жар-птица» сообщили, что колесо обозрения закроют на ремонт.\n\nРаботы продлятся до конца апреля, уточнили в парке.'))
      .toEqual(['Жар-птица (organisation)', 'Жар-птица (organisation)']);
  });

  it('«Отдыхавшие в музее туристы рассказали» → the tourists, unnamed, not a body «музее туристы»', () => {
    expect(who('Музей закрыли на ремонт.\n\nОтдыхавшие в музее туристы рассказали, что в залах третий день нет отопления.'))
      .toEqual(['anonymous']);
  });

  it('the same in a park, «Гулявшие в парке жители рассказали», now that «парке» is a body\'s word (guard)', () => {
    expect(who('Лось вышел к пруду.\n\nГулявшие в парке жители рассказали, что видели его у пруда около полудня.'))
      .toEqual(['anonymous']);
  });

  it('«парковок», a word that begins as «парк» does, is no body (guard)', () => {
    expect(who('Проект платных парковок раскритиковала депутат Анна Корнеева.\n\nОна заявила, что мэрия пытается заработать на жителях окраин.'))
      .toEqual(['Анна Корнеева (person)']);
  });
});

describe('Russian: a first name alone after a hyphenated word for a person and the full name (people.ts)', () => {
  it('«Школьница-волонтер Дарина Мухина …» then «— говорит Дарина» → the full name, not «Школьница-волонтер Дарина»', () => {
    expect(who('Школьница-волонтер Дарина Мухина помогает в приюте по выходным.\n\n«Я прихожу сюда каждую субботу», — говорит Дарина.'))
      .toEqual(['Дарина Мухина (person)']);
  });

  it('the same after a plain word for a person, «Студентка Дарина Мухина»', () => {
    expect(who('Студентка Дарина Мухина помогает в приюте по выходным.\n\n«Я прихожу сюда каждую субботу», — говорит Дарина.'))
      .toEqual(['Дарина Мухина (person)']);
  });
});
