// The Russian forms the fifth session taught the rules (issue #13), one at a time, on made-up people,
// bodies and sentences that are in none of the fixture parts.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const speakers = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind] as const);
const texts = (text: string) => extractStatements(text).map((s) => [s.kind, s.text] as const);

describe('bodies referred back to', () => {
  it('"ведомство", "в министерстве", "там" are the body named before, in its fullest form', () => {
    const text = [
      'Министерство сельского хозяйства России намерено расширить программу льготных кредитов для аграриев.',
      '',
      'В ведомстве уточнили, что заявки начнут принимать с 1 марта.',
      '',
      'Там добавили, что лимит на одного заемщика составит 300 млн рублей.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'Министерство сельского хозяйства России', 'organisation'],
      ['indirect', 'Министерство сельского хозяйства России', 'organisation'],
    ]);
  });

  it('"ЦБ" and "регулятор" are the central bank the text names; a ministry\u2019s short name is the ministry named in full', () => {
    const text = [
      'Банк России сохранил ключевую ставку на уровне 16%.',
      'В пресс-службе ЦБ сообщили, что регулятор не исключает повышения ставки в марте.',
      'Министерство финансов Российской Федерации подготовило поправки в бюджет.',
      'В Минфине пояснили, что дефицит бюджета не превысит 1,5% ВВП.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'Банк России', 'organisation'],
      ['indirect', 'Министерство финансов Российской Федерации', 'organisation'],
    ]);
  });

  it('an acronym spelled by a body named in full, and an acronym defined in brackets', () => {
    const text = [
      'По данным Федеральной налоговой службы, сборы НДФЛ выросли на 12%.',
      'Как сообщала ранее ФНС, число самозанятых превысило 12 млн человек.',
      'АО «Западная энергосбытовая компания» (ЗЭК) повысило прогноз прибыли.',
      'В ЗЭК сообщили, что дивиденды будут выплачены в мае.',
    ].join('\n');
    expect(speakers(text).map(([, who]) => who)).toEqual([
      'Федеральная налоговая служба', 'Федеральная налоговая служба', 'Западная энергосбытовая компания',
    ]);
  });
});

describe('documents as sources', () => {
  it('"согласно отчету X", "по данным X", "как следует из доклада X", "из отчетности X следует, что"', () => {
    const text = [
      'Согласно отчету Росстата, реальные доходы населения выросли на 3%.',
      'По данным аналитической компании «Ромир», спрос на бытовую технику снизился.',
      'Как следует из доклада Счетной палаты, опубликованного в среду, половина средств не освоена.',
      'Из отчетности банка «Приокский» следует, что его прибыль сократилась вдвое.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'Росстат', 'organisation'],
      ['indirect', 'Ромир', 'organisation'],
      ['indirect', 'Счетная палата', 'organisation'],
      ['indirect', 'Приокский', 'organisation'],
    ]);
    expect(texts(text)[2]![1]).toBe('половина средств не освоена');
  });

  it('a document without its owner is the body that spoke of it; "В письме говорится, что"; "…, говорится в сообщении компании"', () => {
    const text = [
      'Ассоциация «Молочный союз» направила письмо в правительство.',
      '',
      'В письме говорится, что закупочные цены на молоко упали ниже себестоимости.',
      '',
      'Компания «Полесье-Агро» увеличила выручку на 8%, говорится в сообщении компании.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'Молочный союз', 'organisation'],
      ['indirect', 'Полесье-Агро', 'organisation'],
    ]);
  });
});

describe('names, titles and pronouns', () => {
  it('a listener between the verb and the name, a long title after a quotation, a courtesy title and the genitive', () => {
    const text = [
      '«Мы готовы к переговорам», — сказал РБК Тимофей Грачев.',
      '«Сроки сдвигаются», — отметил заместитель министра промышленности и торговли Российской Федерации Аркадий Лемешев.',
      'По словам господина Лемешева, решение примут в апреле.',
    ].join('\n');
    expect(speakers(text).map(([, who]) => who)).toEqual(['Тимофей Грачев', 'Аркадий Лемешев', 'Аркадий Лемешев']);
  });

  it('"он" after a person named after the verb, and a woman\u2019s surname keeps "она" from a man', () => {
    const text = [
      'Министр культуры области Елена Сомова заявила, что фестиваль состоится в июле.',
      '',
      'Решение поддержал директор филармонии Игорь Паршин. «Мы ждали этого три года», — сказал он.',
      '',
      '«Билеты поступят в продажу в мае», — уточнила она.',
    ].join('\n');
    expect(speakers(text).map(([, who]) => who)).toEqual(['Елена Сомова', 'Игорь Паршин', 'Елена Сомова']);
  });

  it('an outlet in quotation marks before the verb is whom it was told; a body in the genitive there is whose press office', () => {
    const text = [
      'В Минтрансе России «Уральскому рабочему» сообщили, что мост откроют в мае.',
      'В пресс-службе «Уралтрансгаза» сообщили, что ремонт газопровода завершен досрочно.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'Минтранс России', 'organisation'],
      ['indirect', 'Уралтрансгаза', 'organisation'],
    ]);
  });

  it('a title then a full name in apposition, and a person from a place', () => {
    const text = [
      'Представитель истца, адвокат Роман Сизов, сообщил, что иск будет подан повторно.',
      'Фермер из Тамбова Павел Жуков рассказал, что урожай погиб почти полностью.',
    ].join('\n');
    expect(speakers(text).map(([, who]) => who)).toEqual(['Роман Сизов', 'Павел Жуков']);
  });
});

describe('unnamed sources in their forms', () => {
  it('counted people, "один из них", "по данным источников", "их" for a group', () => {
    const text = [
      'Завод может остановить одну из линий, рассказали «Ведомостям» два сотрудника предприятия.',
      'По словам одного из них, заказов нет с сентября.',
      'По данным источников, владельцы ищут покупателя.',
      'Цены на жилье продолжат расти, считают опрошенные аналитики. По их оценке, рост составит 7%.',
    ].join('\n');
    expect(speakers(text).map(([, who]) => who)).toEqual(['anonymous', 'anonymous', 'anonymous', 'anonymous', 'anonymous']);
  });

  it('an aside that keeps the speaker unnamed, a representative of anyone, people of a body, a plural noun', () => {
    const text = [
      'Менеджер сети, попросивший не называть его имени, сообщил, что поставки из Китая сократились вдвое.',
      'Представитель «Северного порта» заявил, что терминал работает в обычном режиме.',
      'Его сосед, представившийся только по имени Антон, добавил, что воду так и не дали.',
      'Спасатели МЧС предупреждают, что лед на реке еще тонкий.',
      'Экологи опасаются, что выбросы повредят заповедник.',
    ].join('\n');
    expect(speakers(text).map(([, who]) => who)).toEqual(['anonymous', 'anonymous', 'anonymous', 'anonymous', 'anonymous']);
  });

  it('"— рассказала одна из жительниц, попросившая не указывать ее фамилию" and "Ситуацию подтвердил собеседник …" then "он"', () => {
    const text = [
      '«Света нет уже третий день», — рассказала одна из жительниц, попросившая не указывать ее фамилию.',
      '',
      'Ситуацию подтвердил собеседник агентства в энергокомпании. По его словам, ремонт займет неделю.',
    ].join('\n');
    expect(speakers(text).map(([, who]) => who)).toEqual(['anonymous', 'anonymous']);
  });
});

// Round 2 of the fifth session (d290–d299): the forms its two batches showed.
describe('round 2: names, titles and quotations', () => {
  it('«… „…“ …»: a quotation nested in Russian marks stays one quotation', () => {
    const text = '«Мы знали, что „Торпедо“ играет от обороны. Поэтому рисковали», — пояснил защитник команды Олег Мазур.';
    expect(texts(text)).toEqual([['direct', 'Мы знали, что „Торпедо“ играет от обороны. Поэтому рисковали']]);
    expect(speakers(text)).toEqual([['direct', 'Олег Мазур', 'person']]);
  });

  it('a title of more than 14 words (a chain of genitives) before a full name', () => {
    const text = 'Начальник отдела развития инфраструктуры департамента транспорта и дорожного хозяйства администрации Тверской области Марина Лисовская заявила, что ремонт моста завершат к осени.';
    expect(speakers(text)).toEqual([['indirect', 'Марина Лисовская', 'person']]);
  });

  it('a full name in an oblique case its first name tells, with a surname that does not decline, in the nominative', () => {
    const text = [
      'Операцию провела бригада под руководством заведующей отделением Ирины Ковальчук.',
      '',
      '«Пациентку выпишут через неделю», — рассказала хирург.',
      '',
      'По словам Ковальчук, таких операций в больнице проводят до десяти в месяц.',
    ].join('\n');
    expect(speakers(text).map(([, who]) => who)).toEqual(['Ирина Ковальчук', 'Ирина Ковальчук']);
  });

  it('"По словам судьи" is one person, "по его словам" inside a sentence frames it, "— сказал специалист" the person just named', () => {
    const text = [
      'Судья Тамара Гринько, оглашая решение, отметила, что доводы истца не подтверждены документами. По словам судьи, экспертиза назначена не будет.',
      '',
      'Тренер «Енисея» Павел Рудых был немногословен. «Проиграли по делу», — сказал специалист.',
      '',
      'Депутат Олег Зотов считает, что закон примут весной. Отсрочка, по его словам, обойдется бюджету дорого.',
    ].join('\n');
    expect(speakers(text).map(([kind, who]) => `${kind} ${who}`)).toEqual([
      'indirect Тамара Гринько', 'indirect Тамара Гринько', 'direct Павел Рудых', 'indirect Олег Зотов', 'indirect Олег Зотов',
    ]);
  });

  it('a full name after the word for a source, "На заводе заявили", an adverbial before a titled name after a quotation', () => {
    const text = [
      'Очевидец аварии, сотрудник соседней автомойки Денис Коломиец, рассказал, что грузовик вылетел на встречную полосу.',
      '',
      'На заводе «Уралхиммаш» заявили, что выпуск продукции не остановлен.',
      '',
      '«Мы готовы к сезону», — сказал на пресс-конференции главный тренер клуба Виктор Лобода.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'Денис Коломиец', 'person'],
      ['indirect', 'Уралхиммаш', 'organisation'],
      ['direct', 'Виктор Лобода', 'person'],
    ]);
  });

  it('a territorial office, "по" and a place, is part of a body\u2019s name', () => {
    const text = 'Как сообщили в управлении Росреестра по Курской области, число сделок с жильем выросло на 8%.';
    expect(speakers(text)).toEqual([['indirect', 'управление Росреестра по Курской области', 'organisation']]);
  });

  it('a body named by a «name» of several words after its generic noun, with an outlet told after it', () => {
    const text = 'В компании «Северная сетевая компания Карелии» «РГ» подтвердили, что ремонт подстанции завершат в мае.';
    expect(speakers(text)).toEqual([['indirect', 'Северная сетевая компания Карелии', 'organisation']]);
  });
});
