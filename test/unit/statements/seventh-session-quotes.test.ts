// Quotation conventions the seventh session taught the rules (issue #13: the lead's probes, then development texts
// d372, d373, d420, d421), one at a time, on made-up people and sentences that are in none of the fixture parts.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('Russian direct speech set off by dashes', () => {
  it('"— …, — сказал Name. — …": two direct quotations, without the dashes, said by the author\u2019s words\u2019 speaker', () => {
    const text = [
      'Глава управления дорог Вадим Сорокин заявил, что ремонт путепровода закончат к маю.',
      '— Мы не будем сдвигать сроки, — сказал Сорокин. — Асфальт уже закуплен.',
    ].join('\n\n');
    expect(found(text)).toEqual([
      ['indirect', 'Вадим Сорокин', 'ремонт путепровода закончат к маю'],
      ['direct', 'Вадим Сорокин', 'Мы не будем сдвигать сроки'],
      ['direct', 'Вадим Сорокин', 'Асфальт уже закуплен'],
    ]);
  });

  it('"— …, — добавил он." after someone named: a direct quotation by that person', () => {
    const text = [
      'Директор лицея Тамара Зуева рассказала, что занятия перенесут во вторую смену.',
      '— Родителей мы предупредили еще в пятницу, — добавила она.',
    ].join('\n\n');
    expect(found(text)).toEqual([
      ['indirect', 'Тамара Зуева', 'занятия перенесут во вторую смену'],
      ['direct', 'Тамара Зуева', 'Родителей мы предупредили еще в пятницу'],
    ]);
  });

  it('"— …? — возмущается пенсионерка Name, которая …": a question ending the part, the present of manner', () => {
    const text = '— Автобус ходит раз в час. Как нам добираться до поликлиники? — возмущается пенсионерка Зоя Лапина, которая живет на окраине.';
    expect(found(text)).toEqual([['direct', 'Зоя Лапина', 'Автобус ходит раз в час. Как нам добираться до поликлиники?']]);
  });

  it('a dash paragraph with no author\u2019s words after dash speech: the speaker named last', () => {
    const text = [
      '— Цены на корма выросли на треть, — говорит фермер Олег Прудников.',
      '— Если так пойдет и дальше, к весне стадо придется сократить.',
    ].join('\n\n');
    expect(found(text)).toEqual([
      ['direct', 'Олег Прудников', 'Цены на корма выросли на треть'],
      ['direct', 'Олег Прудников', 'Если так пойдет и дальше, к весне стадо придется сократить'],
    ]);
  });
});

describe('Russian dash speech: more wordings', () => {
  it('"- …, - сказал губернатор Name. - …": hyphens for dashes, as hasty copy types them', () => {
    const text = '- Мы не будем повышать тарифы, - сказал губернатор Андрей Вересов. - Это решение окончательное.';
    expect(found(text)).toEqual([
      ['direct', 'Андрей Вересов', 'Мы не будем повышать тарифы'],
      ['direct', 'Андрей Вересов', 'Это решение окончательное'],
    ]);
  });

  it('"Он рассказал:" then a dash paragraph: the speech the colon introduces, by the person named before it', () => {
    const text = 'Глава района Семен Ладыгин ответил на вопросы жителей. Он рассказал:\n\n— Дорогу до поселка отремонтируют летом. Деньги уже выделены.';
    expect(found(text)).toEqual([['direct', 'Семен Ладыгин', 'Дорогу до поселка отремонтируют летом. Деньги уже выделены']]);
  });
});

describe('„…“ quotations in Russian', () => {
  it('„…“, — отметила депутат Name, after someone else\u2019s quotation: her words, not the earlier speaker\u2019s', () => {
    const text = [
      '«Денег на ремонт школы в бюджете нет», — сказал глава района Петр Ганин.',
      '„Это решение ударит по сотням семей“, — отметила депутат Вера Сытина.',
    ].join('\n\n');
    expect(found(text)).toEqual([
      ['direct', 'Петр Ганин', 'Денег на ремонт школы в бюджете нет'],
      ['direct', 'Вера Сытина', 'Это решение ударит по сотням семей'],
    ]);
  });

  it('„… «name» …“, — сказал Name: guillemets inside „…“ are a nested name, not a new quotation', () => {
    const text = '„Мы дважды обыграли «Рубин» и знаем, как против них играть“, — сказал тренер Аркадий Белоусов.';
    expect(found(text)).toEqual([['direct', 'Аркадий Белоусов', 'Мы дважды обыграли «Рубин» и знаем, как против них играть']]);
  });

  it('„…, — заявил Name. — …“: cut at the author\u2019s words like «…»', () => {
    const text = '„Мы не против нового рынка, — заявил депутат Юрий Кошелев. — Мы против того, где его строят“.';
    expect(found(text)).toEqual([
      ['direct', 'Юрий Кошелев', 'Мы не против нового рынка'],
      ['direct', 'Юрий Кошелев', 'Мы против того, где его строят'],
    ]);
  });
});

describe('British straight single quotation marks inside a paragraph', () => {
  it('"…said X. \'…,\' she told the Gazette. \'…\'": each quotation opens its own sentence, apart from the reported clause', () => {
    const text = "The head of the library service, Judith Pemberton, said two branches would close. 'We have run out of options,' she told the Herald. 'Nobody in this building wanted to do it.'";
    expect(found(text)).toEqual([
      ['indirect', 'Judith Pemberton', 'two branches would close'],
      ['direct', 'Judith Pemberton', 'We have run out of options'],
      ['direct', 'Judith Pemberton', 'Nobody in this building wanted to do it.'],
    ]);
  });

  it('apostrophes inside a single-quoted quotation ("the \'80s", "rock \'n\' roll", "the drivers\' union") do not end it', () => {
    const text = "'We have not seen crowds like this since the '80s, and the drivers' union is behind us all the way,' said organiser Kieran Doyle. 'It's rock 'n' roll out there every night of the week.'";
    expect(found(text)).toEqual([
      ['direct', 'Kieran Doyle', "We have not seen crowds like this since the '80s, and the drivers' union is behind us all the way"],
      ['direct', 'Kieran Doyle', "It's rock 'n' roll out there every night of the week."],
    ]);
  });

  it('"\'Tenants\' patience is …,\' Ms Name said": a plural\u2019s possessive opening the quotation', () => {
    const text = "'Tenants' patience is running out and the landlord knows it,' Ms Carla Figueroa said.";
    expect(found(text)).toEqual([['direct', 'Carla Figueroa', "Tenants' patience is running out and the landlord knows it"]]);
  });
});

describe('British curly single quotation marks with apostrophes inside', () => {
  it('"\u2018The workers\u2019 union and the residents\u2019 groups …\u2019": two plural possessives before the closing mark', () => {
    const text = 'The leader of the council, Moira Haddow, said the plan had been paused. \u2018The workers\u2019 union and the residents\u2019 groups deserve a proper say.\u2019';
    expect(found(text)).toEqual([
      ['indirect', 'Moira Haddow', 'the plan had been paused'],
      ['direct', 'Moira Haddow', 'The workers\u2019 union and the residents\u2019 groups deserve a proper say.'],
    ]);
  });
});

describe('a quotation running over paragraphs', () => {
  it('a paragraph of quotation left open, then "…," Mr Name added: his words, not the earlier paragraph\u2019s speaker\u2019s', () => {
    const text = [
      'The harbour master, Ruth Calloway, said the new berth would open in March.',
      '"We spent two years arguing about the dredging. Nobody wants to go through that again.',
      '"But the boats are bigger now, and the port has to keep up," Mr Declan Moriarty added.',
    ].join('\n\n');
    expect(found(text).map(([kind, who]) => [kind, who])).toEqual([
      ['indirect', 'Ruth Calloway'],
      ['direct', 'Declan Moriarty'],
      ['direct', 'Declan Moriarty'],
    ]);
  });

  it('three paragraphs, the last closing with "…," one resident said, asking not to be named: unnamed throughout', () => {
    const text = [
      'Councillor Priya Raman said the estate would be rebuilt in phases. "Nobody will be moved far," she said.',
      '"They told us that in 2019 as well.',
      '"We are still waiting for the windows they promised.',
      '"I will believe it when I see a crane," one resident said, asking not to be named.',
    ].join('\n\n');
    expect(found(text).map(([kind, who]) => [kind, who])).toEqual([
      ['indirect', 'Priya Raman'],
      ['direct', 'Priya Raman'],
      ['direct', 'anonymous'],
      ['direct', 'anonymous'],
      ['direct', 'anonymous'],
    ]);
  });
});
