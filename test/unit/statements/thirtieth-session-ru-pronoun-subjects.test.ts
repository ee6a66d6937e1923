// Russian speaker misses left by the thirtieth session's first round (issue #13), second round: a subject pronoun after a
// fronted object («Замену компании он назвал «…»») and a subject pronoun with whom it was told after the verb («— признался
// он следователю», «— сказал он судье»), and «Ее муж добавил» when the text names the husband elsewhere. Made-up people,
// bodies and sentences that are in none of the fixture parts. Each case failed on the rules before its change, but the
// guards and the cases marked kept.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const who = (text: string) =>
  extractStatements(text).map((s) => (s.anonymous ? 'anonymous' : `${s.speaker} (${s.speakerKind})`));

describe('Russian: an object put first, then a subject pronoun before «назвал»', () => {
  it('«Продажу завода она назвала «…»» → the woman named before, not a body «Продажу завода она»', () => {
    const found = who('Заголовок\n\nДиректор фабрики Алевтина Сурмина не согласна с решением совета. Продажу завода она назвала «ошибкой десятилетия».');
    expect(found.at(-1)).toBe('Алевтина Сурмина (person)');
  });

  it('«Слияние банков он назвал «…»» → the man named before', () => {
    const found = who('Заголовок\n\nАналитик Тимур Загидуллин сомневается в успехе сделки. Слияние банков он назвал «рискованной авантюрой».');
    expect(found.at(-1)).toBe('Тимур Загидуллин (person)');
  });

  it('«Его решение компания назвала «…»» keeps the body that speaks, not «его» (guard: only a nominative pronoun)', () => {
    const found = who('Заголовок\n\nКомпания «Северолес» ответила на заявление министра Олега Пряхина. Его решение компания назвала «поспешным».');
    expect(found.at(-1)).not.toMatch(/^Олег Пряхин/u);
  });
});

describe('Russian: «— признался он следователю», a pronoun and whom it was told', () => {
  it('after an unnamed detainee, the pronoun is that source, unnamed', () => {
    const found = who('Заголовок\n\nЗадержанный на допросе пояснил, что хотел вернуть долг соседу. «Я не собирался никого пугать», — признался он следователю.');
    expect(found).toEqual(['anonymous', 'anonymous']);
  });

  it('after a named woman, «— сказала она полицейским» is her (kept)', () => {
    const found = who('Заголовок\n\nПродавщица киоска Лилия Гарипова рассказала, что вор ушел в сторону вокзала. «Он был в красной куртке», — сказала она полицейским.');
    expect(found).toEqual(['Лилия Гарипова (person)', 'Лилия Гарипова (person)']);
  });

  it('«— сообщил он в суде» keeps its own reading (guard: no preposition after the pronoun)', () => {
    const found = who('Заголовок\n\nАдвокат Роман Штерн заявил, что обжалует приговор. «Мы дойдем до Верховного суда», — сообщил он в суде.');
    expect(found.at(-1)).toBe('Роман Штерн (person)');
  });
});

describe('Russian: «Ее муж добавил» when the text names the husband elsewhere', () => {
  it('«Ее муж добавил, что …» → the man of her surname the text prints in full', () => {
    const found = who('Заголовок\n\nПекарню открыли супруги Глеб и Нина Шевчук. Нина Шевчук рассказала, что рецепты достались ей от бабушки. Ее муж добавил, что хлеб будут возить в три соседних села. «Печь топим дровами», — уточнил Глеб Шевчук.');
    expect(found).toEqual(['Нина Шевчук (person)', 'Глеб Шевчук (person)', 'Глеб Шевчук (person)']);
  });

  it('«Его жена пояснила» → the woman of his surname in its other form (-ов / -ова)', () => {
    const found = who('Заголовок\n\nФермер Павел Кудинов заявил, что урожай картофеля упал вдвое. Его жена пояснила, что половину посадок залило дождями. Ольга Кудинова держит при хозяйстве небольшую лавку.');
    expect(found).toEqual(['Павел Кудинов (person)', 'Ольга Кудинова (person)']);
  });

  it('no relative printed in full: the reading stays (guard)', () => {
    const found = who('Заголовок\n\nФермер Павел Кудинов заявил, что урожай картофеля упал вдвое. Его жена пояснила, что половину посадок залило дождями.');
    expect(found[1]).not.toMatch(/Кудинова/u);
  });

  it('two men of her surname printed in full: the reading stays (guard)', () => {
    const found = who('Заголовок\n\nВ мастерской работают Нина Шевчук, ее сыновья Глеб Шевчук и Артем Шевчук. Нина Шевчук рассказала, что заказы идут из Москвы. Ее муж добавил, что к весне наймут двух столяров.');
    expect(found[1]).not.toMatch(/^(?:Глеб|Артем) Шевчук/u);
  });
});

describe('Russian: «— сказал он судье», a listener in -е after the pronoun', () => {
  it('after an unnamed defendant, «— сказал он судье» is that source, unnamed', () => {
    const found = who('Заголовок\n\nСуд приговорил 41-летнего водителя к двум годам колонии-поселения. Подсудимый на заседании пояснил, что не заметил пешехода. «Я ехал медленно», — сказал он судье.');
    expect(found).toEqual(['anonymous', 'anonymous']);
  });

  it('«— сказал один из них» keeps its unnamed reading (guard: the pronoun must open the phrase)', () => {
    const found = who('Заголовок\n\nРабочие склада «Ладога-Трейд» заявили, что зарплату задерживают третий месяц. «Нам обещают выплатить к пятнице», — сказал один из них.');
    expect(found[1]).toBe('anonymous');
  });
});

describe('Russian: a quote standing alone, named by «Так … описал Name» in the next paragraph', () => {
  it('the quote is the one named after it, not the body that spoke before', () => {
    const found = who('Заголовок\n\nПарк на набережной откроют в мае, сообщили в администрации Самары.\n\n«Мы хотели, чтобы у реки снова можно было просто посидеть».\n\nТак замысел объяснил архитектор проекта Тимофей Ладыгин. По словам Ладыгина, деревья высадят уже в апреле.');
    expect(found[1]).toBe('Тимофей Ладыгин (person)');
  });

  it('«Так ситуацию прокомментировала Name» after a standing quote → her', () => {
    const found = who('Заголовок\n\nЛодочную станцию закрыли на ремонт, сообщили в мэрии.\n\n«Станция простояла без ремонта сорок лет».\n\nТак ситуацию прокомментировала Оксана Верейская в беседе с нашим корреспондентом.');
    expect(found[1]).toBe('Оксана Верейская (person)');
  });

  it('«Так считает Name» is an opinion, no naming of the quote (guard)', () => {
    const found = who('Заголовок\n\nЛодочную станцию закрыли на ремонт, сообщили в мэрии.\n\n«Станция простояла без ремонта сорок лет».\n\nТак считает Оксана Верейская, которая работает там с девяностых.');
    expect(found[1]).not.toBe('Оксана Верейская (person)');
  });

  it('a quote with its own attribution in its paragraph keeps it (guard)', () => {
    const found = who('Заголовок\n\n«Станция простояла без ремонта сорок лет», — сказал директор парка Игорь Рубцов.\n\nТак ситуацию прокомментировала Оксана Верейская.');
    expect(found[0]).toBe('Игорь Рубцов (person)');
  });
});
