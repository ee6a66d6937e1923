// Forms read in test-15's misses (issue #13, twelfth session: test-15 made a read part; dev d580–d583, d590–d593), one
// at a time, on made-up people and sentences that are in none of the fixture parts. Each case failed on the rules before
// its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('Russian dash speech run on inside a paragraph, after the sentence that retells its speaker', () => {
  it('"Name заявил, что …. — Речь, — сказал Name.": the clause ends at its full stop, the dash speech is his direct quote', () => {
    const text = 'Вратарь Тимур Валиев признал, что команда устала к третьему периоду. — Ноги уже не ехали, но мы терпели до конца, — сказал Валиев.';
    expect(found(text)).toEqual([
      ['indirect', 'Тимур Валиев', 'команда устала к третьему периоду'],
      ['direct', 'Тимур Валиев', 'Ноги уже не ехали, но мы терпели до конца'],
    ]);
  });

  it('guard: a dash after a full stop with no author\u2019s words after it is no speech', () => {
    expect(found('Матч прошел при пустых трибунах. — Итоговый счет 2:1 в пользу хозяев.').filter(([kind]) => kind === 'direct')).toEqual([]);
  });
});

describe('Russian: two reported clauses of one frame, and bodies by what they are', () => {
  it('", а также что …": two clauses of one frame, as "… и что …"', () => {
    const text = 'В мэрии сообщили, что школы откроются в понедельник, а также что автобусы пойдут по зимнему расписанию.';
    expect(found(text).map(([kind, , clause]) => [kind, clause])).toEqual([
      ['indirect', 'школы откроются в понедельник'],
      ['indirect', 'автобусы пойдут по зимнему расписанию'],
    ]);
  });

  it('"…, и напомнил, что …": a second speech verb of the same speaker opens a clause of its own', () => {
    const text = 'Депутат Роман Гуляев заявил, что мост закрыт уже месяц, и напомнил, что ремонт обещали закончить летом.';
    expect(found(text)).toEqual([
      ['indirect', 'Роман Гуляев', 'мост закрыт уже месяц'],
      ['indirect', 'Роман Гуляев', 'ремонт обещали закончить летом'],
    ]);
  });

  it('guard: "и" with a verb that is no speech verb stays inside the clause', () => {
    const text = 'Депутат Роман Гуляев заявил, что мост закрыли, и подчеркнутые сроки сорваны.';
    expect(found(text).map(([, , clause]) => clause)).toEqual(['мост закрыли, и подчеркнутые сроки сорваны']);
  });

  it('"в пароходстве", "в дирекции", "в хокимияте", "в акимате" speak as bodies', () => {
    for (const text of [
      'Как сообщили в Амурском речном пароходстве, навигация закроется 20 октября.',
      'В дирекции выставки подтвердили, что павильон откроется в срок.',
      'В хокимияте Бухарской области сообщили, что дорогу отремонтируют к весне.',
      'В акимате Павлодара заявили, что отопление включат досрочно.',
    ]) expect(extractStatements(text).map((s) => [s.kind, s.speakerKind])).toEqual([['indirect', 'organisation']]);
  });
});

describe('a post whose field is a list with commas, before the name', () => {
  it('"Minister of Environment, Urbanization and Climate Change Name said", then "Surname said": the name is the last two words', () => {
    const text = 'Deputy Minister of Trade, Industry and Regional Planning Orhan Baysal said exports had grown. "We are on course," Baysal said.';
    expect(found(text).map(([, speaker]) => speaker)).toEqual(['Orhan Baysal', 'Orhan Baysal']);
  });

  it('"Secretary for Lands, Public Works, Housing and Urban Development Name": items of two words between the commas', () => {
    const text = 'Cabinet Secretary for Roads, Public Works, Shipping and Maritime Affairs Achieng Oduya-Were said 40 bridges would be built.';
    expect(found(text).map(([, speaker]) => speaker)).toEqual(['Achieng Oduya-Were']);
  });
});

describe('given names with a nationality\u2019s ending', () => {
  it('"Kristian Surname\u2019s car" then "Surname said": "Kristian" is a first name, not "Kristian" the nationality', () => {
    const text = 'The crash followed contact with Kristian Ostrander\u2019s car. Ostrander said he had nowhere to go.';
    expect(found(text).map(([, speaker]) => speaker)).toEqual(['Kristian Ostrander']);
  });
});

describe('Vietnamese names, and a body\u2019s place before its head word', () => {
  it('"Le Quang Dung, a researcher, said" then "According to Dung": the given name stands for the full name', () => {
    const text = 'Le Van Thanh, a port engineer, said the quay was too short. According to Thanh, ships wait two days to unload.';
    expect(found(text).map(([, speaker]) => speaker)).toEqual(['Le Van Thanh', 'Le Van Thanh']);
  });

  it('"Name, deputy director of the Ben Tre Department of Agriculture, said": the place before "Department" is no name', () => {
    const text = 'Marta Quispe, deputy director of the Alto Beni Department of Agriculture, said the frost had killed the seedlings.';
    expect(found(text).map(([, speaker]) => speaker)).toEqual(['Marta Quispe']);
  });

  it('"X forecast that …": a forecast is reported like a prediction', () => {
    expect(found('The Meteorological Service forecast that the rains would return in April.').map(([kind, speaker]) => [kind, speaker])).toEqual([
      ['indirect', 'Meteorological Service'],
    ]);
  });
});

describe('a quotation after a dash inside a Russian reported clause', () => {
  it('"Name считает, что X — «…»": the dash is the clause\u2019s copula, the quotation a partial in it', () => {
    const text = 'Аналитик Ильдар Сафин считает, что падение цен на никель — «временное явление, а не тренд».';
    expect(found(text)).toEqual([
      ['indirect', 'Ильдар Сафин', 'падение цен на никель — «временное явление, а не тренд»'],
      ['partial', 'Ильдар Сафин', 'временное явление, а не тренд'],
    ]);
  });
});

describe('Russian dash speech: verbs of manner in the author\u2019s words', () => {
  it('"— …, — улыбался Name", "— …, — рассуждает Name": the name after such a verb is the speaker', () => {
    const text = [
      'Счет открыл Павел Дымов, а победный мяч забил Олег Русинов.',
      '— Я просто подставил ногу, и мяч отскочил в ворота, — улыбался Русинов после игры.',
      '— Без такой защиты мы бы не выиграли, — рассуждает Дымов.',
    ].join('\n\n');
    expect(found(text).map(([kind, speaker]) => [kind, speaker])).toEqual([
      ['direct', 'Олег Русинов'],
      ['direct', 'Павел Дымов'],
    ]);
  });
});

describe('Russian: acronyms, unnamed people the reporter met, earlier reports, a person noun in the genitive', () => {
  it('"Агентство по регулированию естественных монополий (АРЕМ)" then "В АРЕМ подчеркнули": the acronym is spelled out', () => {
    const text = 'Агентство по защите конкуренции (АЗК) оштрафовало сеть магазинов. В АЗК подчеркнули, что проверка других сетей продолжится до конца года.';
    expect(found(text).map(([kind, speaker]) => [kind, speaker])).toEqual([['indirect', 'Агентство по защите конкуренции']]);
  });

  it('"— …, — сказал пенсионер, которого мы встретили у рынка": one the reporter met is an unnamed source', () => {
    const text = 'Экономист Игорь Лаптев считает, что цены на проезд вырастут еще раз весной.\n\n— Мы к этому привыкли, — сказал пенсионер, которого мы встретили у вокзала.';
    expect(found(text).map(([kind, speaker]) => [kind, speaker])).toEqual([['indirect', 'Игорь Лаптев'], ['direct', 'anonymous']]);
  });

  it('"Ранее сообщалось, что …": an earlier report by no one named is an unnamed source', () => {
    expect(found('Ранее сообщалось, что мост откроют к лету.')).toEqual([['indirect', 'anonymous', 'мост откроют к лету']]);
  });

  it('"По словам женщины, …" after a named woman: the person noun in -ы is the one just named', () => {
    const text = 'Соседка Ирина Белова рассказала, что слышала шум ночью. По словам женщины, машина уехала в сторону трассы.';
    expect(found(text).map(([, speaker]) => speaker)).toEqual(['Ирина Белова', 'Ирина Белова']);
  });
});

describe('English bodies: a document\u2019s author before when it came out, and names of bodies the rules read as people', () => {
  it('"A report by X published earlier this year found that …, but warned that …": X, not an unnamed source', () => {
    const text = 'A report by the Audit Commission published earlier this year found that most depots were well run, but warned that some lacked mechanics.';
    expect(found(text).map(([kind, speaker]) => [kind, speaker])).toEqual([
      ['indirect', 'Audit Commission'],
      ['indirect', 'Audit Commission'],
    ]);
  });

  it('"X City Hall", "Race Control", "X Healthwatch" are bodies; "Stuart Hall" stays a person (guard)', () => {
    const kinds = (text: string) => extractStatements(text).map((s) => s.speakerKind);
    expect(kinds('Quezon City Hall said it would extend the deadline for permits.')).toEqual(['organisation']);
    expect(kinds('Race Control announced that the incident would be investigated after the race.')).toEqual(['organisation']);
    expect(kinds('North Fenland Healthwatch welcomed the plan but said it would watch the waiting lists.')).toEqual(['organisation']);
    expect(kinds('Stuart Hall said the show would go on for another season.')).toEqual(['person']);
  });
});

describe('English: a second verb of the subject, and a person named in the object before "The Dane said"', () => {
  it('"… said his team had planned …, and described the result as "…"": the clause ends before ", and described"', () => {
    const text = 'Petra Lindvall said her crew had changed tyres early, and described the win as "a gift from the weather".';
    expect(found(text)).toEqual([
      ['indirect', 'Petra Lindvall', 'her crew had changed tyres early'],
      ['partial', 'Petra Lindvall', 'a gift from the weather'],
    ]);
  });

  it('"Third place went to Name, whose team …. The Dane said …": the one just named, not the speaker before', () => {
    const text = [
      'Joost Dekker won the stage. "It was hard," Dekker said.',
      'Third place went to Anders Kjeldsen, whose team had chased all day. The Dane said the climb had decided the race.',
    ].join('\n\n');
    expect(found(text).map(([, speaker]) => speaker)).toEqual(['Joost Dekker', 'Anders Kjeldsen']);
  });

  it('"In a statement, it called for … and warned that …": the pronoun after a short opener is the subject of both verbs', () => {
    const text = 'The Tobacco Growers Association said the cuts had forced some farmers to abandon their crops. In a statement, it called for aid and warned that exports could fall by a third.';
    expect(found(text).map(([kind, speaker, clause]) => [kind, speaker, clause])).toEqual([
      ['indirect', 'Tobacco Growers Association', 'the cuts had forced some farmers to abandon their crops'],
      ['indirect', 'Tobacco Growers Association', 'exports could fall by a third'],
    ]);
  });
});

describe('Russian: a title, a participle\u2019s aside, then the full name', () => {
  it('"Юрист, специализирующийся на …, Имя Отчество Фамилия пояснил, что …": the full name after the aside speaks', () => {
    const text = 'Соседка Нина Орлова рассказала, что слышала треск ночью.\n\nИнженер, работающий на станции двадцать лет, Олег Петрович Зуев пояснил, что опоры давно требуют замены.';
    expect(found(text).map(([, speaker]) => speaker)).toEqual(['Нина Орлова', 'Олег Петрович Зуев']);
  });
});

describe('Russian: what opens a sentence before its subject', () => {
  it('"На вопрос, знаком ли он с …, главврач ответил, что …": the question answered is no part of the subject', () => {
    const text = 'Директор школы Анна Седова заявила, что ремонт закончат к сентябрю. На вопрос, видела ли она смету, директор ответила, что документы «лежат в управлении образования».';
    expect(found(text).map(([kind, speaker]) => [kind, speaker])).toEqual([
      ['indirect', 'Анна Седова'],
      ['indirect', 'Анна Седова'],
      ['partial', 'Анна Седова'],
    ]);
  });

  it('"В официальном ответе на запрос редакции министерство подчеркнуло, что …": the body\u2019s word after the scene speaks', () => {
    const text = 'В официальном ответе на запрос редакции ведомство подчеркнуло, что нарушений при проведении торгов не выявлено.';
    expect(extractStatements(text).map((s) => [s.kind, s.speakerKind])).toEqual([['indirect', 'organisation']]);
  });

  it('guard: "В одной из частных компаний, работающих …, на условиях анонимности рассказали": a plural after the scene stays unnamed', () => {
    const text = 'В одной из частных строительных компаний, работающих в районе, на условиях анонимности рассказали, что цены на бетон выросли вдвое.';
    expect(found(text).map(([kind, speaker]) => [kind, speaker])).toEqual([['indirect', 'anonymous']]);
  });
});
