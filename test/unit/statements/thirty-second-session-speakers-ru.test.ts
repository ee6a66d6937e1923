// Russian speakers, which the thirty-second session's third probe of Russian speaker resolution found by writing six
// fresh texts first (dev d1529–d1534) and reading what the extractor missed on them, with d1499 and d1502 left by the
// thirty-first session (issue #13). Made-up people and sentences that are in none of the fixture parts. Each case failed
// on the rules before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const who = (text: string) =>
  extractStatements(text).map((s) => (s.anonymous ? 'anonymous' : `${s.speaker} (${s.speakerKind})`));

describe('Russian: a foreign name of three words (russian-compound-foreign-name.ts)', () => {
  it('a listed Spanish given name after a country\'s genitive, «посол Страны Name Name Surname» → all three words', () => {
    expect(who('Посол Аргентины Хуан Пабло Сотело заявил, что делегация приедет в марте.'))
      .toEqual(['Хуан Пабло Сотело (person)']);
  });

  it('a first name the lists lack, printed in two cases, «Name Surname Surname» and «По словам Name-ы …» → all three', () => {
    const text = 'Заголовок\n\nДиректор фонда Эльвира Рамос Кинтана сообщила, что грант продлят. '
      + 'По словам Эльвиры Рамос Кинтаны, заявки примут до мая.';
    expect(who(text)).toEqual(['Эльвира Рамос Кинтана (person)', 'Эльвира Рамос Кинтана (person)']);
  });

  it('a three-word name opening the sentence, «Name Name Surname признался, что …»', () => {
    expect(who('Заголовок\n\nПедро Антонио Вальверде признался, что не ожидал такого снега.'))
      .toEqual(['Педро Антонио Вальверде (person)']);
  });

  it('a country\'s genitive before a two-word name, printed once, is no first name (guard)', () => {
    expect(who('Министр финансов Эквадора Мигель Сантана заявил, что дефицит сократится.'))
      .toEqual(['Мигель Сантана (person)']);
  });

  it('a word for a person printed in two cases before a Russian name is no first name (guard)', () => {
    const text = 'Заголовок\n\nПенсионерка Зинаида Ряхова рассказала, что счет вырос вдвое. '
      + 'Соседи пенсионерки Зинаиды Ряховой подтвердили, что платят столько же.';
    expect(who(text)[0]).toBe('Зинаида Ряхова (person)');
  });
});

describe('Russian: a priest called by «Отец» and his given name (russian-clergy-address.ts)', () => {
  it('«Отец Name добавил» opening a sentence → the full name printed with that given name', () => {
    const text = 'Заголовок\n\nНастоятель храма иерей Серафим Грачев рассказал, что колокол отольют к Пасхе. '
      + 'Отец Серафим добавил, что деньги собирают всем приходом.';
    expect(who(text)).toEqual(['Серафим Грачев (person)', 'Серафим Грачев (person)']);
  });

  it('with a patronymic printed, «Name Patronymic Surname» → all three', () => {
    const text = 'Заголовок\n\nБлагочинный протоиерей Лаврентий Петрович Ковров провел службу и сказал, что храм откроют весной. '
      + 'Отец Лаврентий уточнил, что роспись закончат летом.';
    expect(who(text)).toEqual(['Лаврентий Петрович Ковров (person)', 'Лаврентий Петрович Ковров (person)']);
  });

  it('two people of one given name: neither is picked for «Отец Name» (guard)', () => {
    const text = 'Заголовок\n\nНастоятель Серафим Грачев и звонарь Серафим Лыков рассказали о колоколе. '
      + 'Отец Серафим добавил, что деньги собирают всем приходом.';
    expect(who(text).at(-1)).not.toBe('Серафим Лыков (person)');
  });
});

describe('Russian: a post the lists lack, with «по» (russian-post-with-po.ts) and «вице-» (vocabulary-ru.ts)', () => {
  it('«Латвийский вице-канцлер по … Name Surname в комментарии для … сказала» → the person, no body «Латвийский»', () => {
    expect(who('Заголовок\n\nЛатвийский вице-канцлер по налоговой политике Илзе Баумане в комментарии для LSM сказала, что ставки не изменятся.'))
      .toEqual(['Илзе Баумане (person)']);
  });

  it('«Еврокомиссар по … Name Surname заявил» opening the sentence → the person', () => {
    expect(who('Заголовок\n\nЕврокомиссар по рыболовству Андрис Калниньш заявил, что квоты сохранят.'))
      .toEqual(['Андрис Калниньш (person)']);
  });

  it('«По словам вице-канцлера» after «вице-канцлер Name Surname» → that person', () => {
    const text = 'Заголовок\n\nАвстрийский вице-канцлер Франц Айхингер заявил, что бюджет примут в срок. '
      + 'По словам вице-канцлера, спорных статей осталось две.';
    expect(who(text)).toEqual(['Франц Айхингер (person)', 'Франц Айхингер (person)']);
  });

  it('a body with «по», «Комитет по … Республики …», stays no person (guard)', () => {
    expect(who('Заголовок\n\nКомитет по туризму Республики Алтай сообщил, что сезон откроют в июне.'))
      .not.toContain('Республики Алтай (person)');
  });
});

describe('Russian: a post opening the sentence before a bare surname (speaker-resolver.ts fullNamesFromText)', () => {
  it('«Министр Surname сказал: «…»» → the surname, no first name «Министр»', () => {
    expect(who('Заголовок\n\nМинистр Голубцов сказал: «Паром пустим к майским праздникам».')).toEqual(['Голубцов (person)']);
  });

  it('«Директор Surname-а сказала, что …» → the surname', () => {
    expect(who('Заголовок\n\nДиректор Ляхова сказала, что бассейн закроют на ремонт.')).toEqual(['Ляхова (person)']);
  });

  it('«Глава Adjective-ского айыл окмоту Name Surname уулу отметил … — сказал он» keeps the person (guard)', () => {
    const text = 'Заголовок\n\nГлава Кызыл-Булакского айыл окмоту Азамат Токтогул уулу отметил, что мост починят. «Бревна уже завезли», — сказал он.';
    expect(who(text)).toEqual(['Азамат Токтогул уулу (person)', 'Азамат Токтогул уулу (person)']);
  });

  it('with the full name printed before, «Министр Surname» is still that person (guard)', () => {
    const text = 'Заголовок\n\nВ порт приехал министр транспорта Аркадий Голубцов. Министр Голубцов сказал: «Паром пустим к маю».';
    expect(who(text)).toEqual(['Аркадий Голубцов (person)']);
  });
});

describe('Russian: a standing quote\'s speaker named in the next paragraph (russian-quote-named-after.ts)', () => {
  it('«Так описывает ситуацию … Name Surname» in the present tense → that person', () => {
    const text = 'Заголовок\n\n«Лед на переправе трескается уже к обеду».\n\nТак описывает ситуацию паромщик Степан Ульев. '
      + 'По его словам, переправу закроют раньше срока.';
    expect(who(text)).toEqual(['Степан Ульев (person)', 'Степан Ульев (person)']);
  });

  it('«Эти слова принадлежат … Name-у Surname-у» in the dative → the person in the nominative, and «По его словам» after it', () => {
    const text = 'Заголовок\n\n«Лед на переправе трескается уже к обеду».\n\nЭти слова принадлежат паромщику Степану Ульеву. '
      + 'По его словам, переправу закроют раньше срока.';
    expect(who(text)).toEqual(['Степан Ульев (person)', 'Степан Ульев (person)']);
  });

  it('a woman\'s surname that does not decline, «… принадлежат … Name-е Surname» → her name in the nominative', () => {
    const text = 'Заголовок\n\n«Лед на переправе трескается уже к обеду».\n\nЭти слова принадлежат смотрительнице Алевтине Гринчук. '
      + 'По ее словам, переправу закроют раньше срока.';
    expect(who(text)).toEqual(['Алевтина Гринчук (person)', 'Алевтина Гринчук (person)']);
  });

  it('«Эти участки принадлежат фермеру Name Surname» after a standing quote gives it no speaker (guard)', () => {
    const text = 'Заголовок\n\n«Лед на переправе трескается уже к обеду».\n\nЭти участки принадлежат фермеру Степану Ульеву.';
    expect(who(text)).not.toContain('Степан Ульев (person)');
  });
});
