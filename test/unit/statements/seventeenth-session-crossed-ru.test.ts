// Russian words for people outside the closed lists («курьер», «охранник», «таксист», «студентка», «потерпевшая»,
// «задержанный»), crossed with frames of speech in made-up sentences (seventeenth session; none of the sentences is in a
// fixture part). Each case failed on the rules before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

const LEAD = 'В посёлке Сосновка в понедельник утром произошла авария на трассе.';

describe('a lower-case word for a person by its ending, after the verb or after an adverbial: found, unnamed', () => {
  for (const [verb, noun] of [['заявил', 'курьер'], ['сообщил', 'охранник'], ['рассказала', 'потерпевшая'], ['пояснил', 'задержанный'],
    ['рассказала', 'студентка'], ['сообщил', 'таксист'], ['рассказала', 'пострадавшая']] as const) {
    it(`«…, ${verb} ${noun}»`, () => {
      expect(found(`${LEAD} Дорогу к посёлку перекрыли ещё в воскресенье вечером, ${verb} ${noun}.`)).toEqual([
        ['indirect', 'anonymous', 'Дорогу к посёлку перекрыли ещё в воскресенье вечером'],
      ]);
    });
  }

  it('«Как рассказала полицейским потерпевшая, …»', () => {
    expect(found(`${LEAD} Как рассказала полицейским потерпевшая, незнакомец подбежал к ней сзади и выхватил сумку.`)).toEqual([
      ['indirect', 'anonymous', 'незнакомец подбежал к ней сзади и выхватил сумку'],
    ]);
  });

  it('«В понедельник машинист сообщил, что …», «Вчера дворник рассказал, что …»', () => {
    expect(found(`${LEAD} В понедельник машинист сообщил, что автобус опоздал почти на два часа из-за пробки.`)).toEqual([
      ['indirect', 'anonymous', 'автобус опоздал почти на два часа из-за пробки'],
    ]);
    expect(found(`${LEAD} Вчера дворник рассказал, что автобус опоздал почти на два часа из-за пробки.`)).toEqual([
      ['indirect', 'anonymous', 'автобус опоздал почти на два часа из-за пробки'],
    ]);
  });

  it('guard: «— пишет нам подписчица» after a mayor was quoted: unnamed (the word is a woman\'s, the mayor a man)', () => {
    const text = 'Мэр города Роман Кутепов пообещал дать тепло до конца недели. «Если подрядчик не успеет, разговор будет другим», — написал он. Жители жалуются на холод. «Греем воду в кастрюлях третью неделю», — пишет нам подписчица.';
    expect(found(text)).toContainEqual(['direct', 'anonymous', 'Греем воду в кастрюлях третью неделю']);
  });

  it('guard: a bare «— сказал подсудимый» after the defendant, named, spoke: that man', () => {
    const text = 'Суд в Самаре вынес приговор бывшему директору управляющей компании Олегу Лапину. В последнем слове Лапин сказал, что раскаивается и вернул деньги жильцам. — Я понимал, что поступаю неправильно, но надеялся всё исправить, — сказал подсудимый.';
    expect(found(text)).toContainEqual(['direct', 'Олег Лапин', 'Я понимал, что поступаю неправильно, но надеялся всё исправить']);
  });

  it('guard: «По словам авторов письма» stays no one (a post the rules know, not a word by its ending)', () => {
    const text = 'Аптеки попросили отсрочить маркировку лекарств. По словам авторов письма, почти треть небольших аптек в регионах не закупила сканеры.';
    expect(found(text).map((s) => s[1])).not.toContain('anonymous');
  });
});

describe('such a word opening a sentence, capitalised only as the sentence\'s first word: no body', () => {
  for (const [noun, verb] of [['Курьер', 'пояснил'], ['Охранник', 'заявил'], ['Потерпевшая', 'рассказала'], ['Студентка', 'рассказала'], ['Сварщик', 'сообщил']] as const) {
    it(`«${noun} ${verb}, что …» with nobody named: unnamed, no body «${noun}»`, () => {
      expect(found(`${LEAD} ${noun} ${verb}, что автобус опоздал почти на два часа из-за пробки.`)).toEqual([
        ['indirect', 'anonymous', 'автобус опоздал почти на два часа из-за пробки'],
      ]);
    });
  }

  it('guard: a surname of that shape after the full name («Олег Мельник … Мельник заявил»): that man', () => {
    const text = 'Фермер Олег Мельник третий год выращивает клубнику под Тамбовом. Мельник заявил, что урожай в этом году вдвое меньше прошлогоднего.';
    expect(found(text)).toContainEqual(['indirect', 'Олег Мельник', 'урожай в этом году вдвое меньше прошлогоднего']);
  });

  it('guard: «Ответчик пояснил» in a court story is no member of the public (a party to a case is as often a company)', () => {
    const text = 'Арбитражный суд рассмотрел иск порта к складу. Ответчик пояснил, что часть партий хранилась с нарушением режима.';
    expect(found(text).map((s) => s[1])).not.toContain('anonymous');
  });
});

describe('one word for a kind of business: the business the text names, as in English "the carrier"', () => {
  const lead = 'Автобусы компании «Северный путь» в понедельник не вышли на линию.';
  for (const sentence of ['Рейсы возобновят уже в среду утром, заявил перевозчик.', 'Перевозчик заявил, что рейсы возобновят уже в среду утром.',
    'Как сообщил перевозчик, рейсы возобновят уже в среду утром.', 'Рейсы возобновят уже в среду утром, — пояснил перевозчик.']) {
    it(sentence, () => {
      expect(found(`${lead} ${sentence}`)).toEqual([['indirect', 'Северный путь', 'рейсы возобновят уже в среду утром'.replace(/^р/u, sentence.startsWith('Рейсы') ? 'Р' : 'р')]]);
    });
  }

  it('guard: «Перевозчики говорят, что …», the plural, is a group, unnamed', () => {
    const text = 'В Томской области до конца года оснастят терминалами все автобусы. Перевозчики говорят, что комиссия банка съедает до 2% выручки.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'комиссия банка съедает до 2% выручки']]);
  });
});

describe('«По словам» / «По мнению» and such a word in the genitive', () => {
  for (const who of ['курьера', 'спасателя', 'студентки', 'воспитательницы', 'потерпевшего', 'задержанного']) {
    it(`«По словам ${who}, …» with nobody named: unnamed`, () => {
      expect(found(`${LEAD} По словам ${who}, автобус опоздал почти на два часа из-за пробки.`)).toEqual([
        ['indirect', 'anonymous', 'автобус опоздал почти на два часа из-за пробки'],
      ]);
    });
  }

  it('guard: «По словам архитектора» after the architect named spoke: that person', () => {
    const text = 'Архитектор Ольга Лаврова представила проект набережной. «Мы сохраним все старые липы», — сказала она. По мнению архитектора, работы займут не меньше двух лет.';
    expect(found(text)).toContainEqual(['indirect', 'Ольга Лаврова', 'работы займут не меньше двух лет']);
  });
});

describe('a bare word for people by what they are to the story, where nobody was quoted: unnamed', () => {
  for (const [who, verb] of [['Пенсионерка', 'рассказала'], ['Очевидец', 'рассказал']] as const) {
    it(`«${who} ${verb}, что …»`, () => {
      expect(found(`${LEAD} ${who} ${verb}, что автобус опоздал почти на два часа из-за пробки.`)).toEqual([
        ['indirect', 'anonymous', 'автобус опоздал почти на два часа из-за пробки'],
      ]);
    });
  }

  it('«…, рассказал очевидец»', () => {
    expect(found(`${LEAD} Дорогу к посёлку перекрыли ещё в воскресенье вечером, рассказал очевидец.`)).toEqual([
      ['indirect', 'anonymous', 'Дорогу к посёлку перекрыли ещё в воскресенье вечером'],
    ]);
  });

  it('guard: a bare «— сказал водитель» after the trucker named was quoted: that man', () => {
    const text = 'Водитель фуры Сергей Малыгин простоял на трассе девять часов. «Никто ничего не объяснял», — сказал Малыгин. «Воды не было ни у кого», — добавил водитель.';
    expect(found(text)).toContainEqual(['direct', 'Сергей Малыгин', 'Воды не было ни у кого']);
  });
});

describe('«Как сообщил X в беседе с журналистами, …»: where or to whom it was said, after the speaker, names no one', () => {
  it('a full name', () => {
    expect(found(`${LEAD} Как сообщил Иван Петров в беседе с журналистами, дорогу к посёлку перекрыли ещё в воскресенье.`)).toEqual([
      ['indirect', 'Иван Петров', 'дорогу к посёлку перекрыли ещё в воскресенье'],
    ]);
  });

  it('a pronoun after the one named', () => {
    const text = 'Продавщица Мария Белова в понедельник утром попала в аварию на трассе. Как рассказала она в беседе с журналистами, дорогу к посёлку перекрыли ещё в воскресенье.';
    expect(found(text)).toEqual([['indirect', 'Мария Белова', 'дорогу к посёлку перекрыли ещё в воскресенье']]);
  });

  it('a body', () => {
    expect(found(`${LEAD} Как сообщила администрация района в беседе с журналистами, дорогу к посёлку перекрыли ещё в воскресенье.`).map((s) => s[1])).toEqual(['администрация района']);
  });

  it('guard: «Как сообщили «Вестнику» в пресс-службе мэрии, …»: the paper told is no speaker', () => {
    const text = 'Мэрия Старогорска закрыла мост на ремонт. Как сообщили «Вестнику» в пресс-службе мэрии, движение по мосту планируется открыть 20 декабря.';
    expect(found(text).map((s) => s[1])).not.toContain('Вестнику');
  });
});

describe('such a word described by whose or where they are: unnamed, not the one quoted last', () => {
  const lead = 'Перевозчик сократил число рейсов. «Сейчас у нас на линии двенадцать машин вместо восемнадцати», — рассказал директор компании Павел Гребенщиков.';
  for (const subject of ['Охранник соседнего магазина', 'Кондуктор одного из автобусов', 'Машинист электрички, который ездит на работу тем же автобусом,']) {
    it(`«${subject} рассказал, что …»`, () => {
      expect(found(`${lead} ${subject} рассказал, что зарплату в компании задерживают второй месяц.`)).toContainEqual(
        ['indirect', 'anonymous', 'зарплату в компании задерживают второй месяц'],
      );
    });
  }

  it('guard: a bare «— добавил таксист» after the taxi driver named was quoted: that man', () => {
    const text = 'Таксист Олег Рябов третий год возит пассажиров в аэропорт. «Заказов стало вдвое меньше», — сказал Рябов. «Бензин дорожает каждую неделю», — добавил таксист.';
    expect(found(text)).toContainEqual(['direct', 'Олег Рябов', 'Бензин дорожает каждую неделю']);
  });
});

describe('a kind of business in the genitive or after an adverbial: the business the text names', () => {
  const lead = 'Автобусы компании «Северный путь» в понедельник не вышли на линию.';
  for (const sentence of ['По словам перевозчика, рейсы возобновят уже в среду утром.', 'По мнению перевозчика, рейсы возобновят уже в среду утром.',
    'В понедельник перевозчик сообщил, что рейсы возобновят уже в среду утром.']) {
    it(sentence, () => {
      expect(found(`${lead} ${sentence}`)).toEqual([['indirect', 'Северный путь', 'рейсы возобновят уже в среду утром']]);
    });
  }
});
