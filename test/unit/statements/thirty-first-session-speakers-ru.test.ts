// Russian speaker resolution the thirty-first session found by writing six fresh texts first (dev d1449–d1454) and
// reading what the extractor missed on them (issue #13). Made-up people and sentences that are in none of the fixture
// parts. Each case failed on the rules before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const who = (text: string) =>
  extractStatements(text).map((s) => (s.anonymous ? 'anonymous' : `${s.speaker} (${s.speakerKind})`));
const said = (text: string) => extractStatements(text).map((s) => `${s.kind}: ${s.text}`);

describe('Russian: an attribution inside one quoted sentence, «…, — подчеркнул Name, — …» (quote-spans.ts)', () => {
  const text = 'Заголовок\n\n«Мост через Тобол мы откроем, — пообещал глава округа Степан Вилков, — даже если подрядчик опять сорвет сроки».';
  it('is two pieces, each the named speaker\'s', () => {
    expect(said(text)).toEqual(['direct: Мост через Тобол мы откроем', 'direct: даже если подрядчик опять сорвет сроки']);
    expect(who(text)).toEqual(['Степан Вилков (person)', 'Степан Вилков (person)']);
  });

  it('a speaker\'s own aside between dashes stays one quotation (guard)', () => {
    const aside = 'Заголовок\n\n«Мост через Тобол мы, — и это главное, — откроем к зиме», — пообещал глава округа Степан Вилков.';
    expect(said(aside)).toEqual(['direct: Мост через Тобол мы, — и это главное, — откроем к зиме']);
  });
});

describe('Russian: an adverbial participle\'s phrase before the subject (russian-gerund-opener.ts)', () => {
  it('«Подводя итоги сезона, директор заповедника Name заявил, что …» → the director', () => {
    expect(who('Подводя итоги сезона, директор заповедника Арсений Гладков заявил, что число туристов выросло на треть.'))
      .toEqual(['Арсений Гладков (person)']);
  });

  it('«Комментируя решение суда, Name сообщила, что …» → her', () => {
    expect(who('Комментируя решение суда, Вероника Зайцева сообщила, что подаст жалобу в апелляционную инстанцию.'))
      .toEqual(['Вероника Зайцева (person)']);
  });

  it('an adjective opening the subject, «Старшая медсестра, работавшая там, …», is not a gerund (guard)', () => {
    expect(who('Старшая медсестра Ксения Юрьева, работавшая там, сообщила, что отделение закроют на карантин.'))
      .toEqual(['Ксения Юрьева (person)']);
  });
});

describe('Russian: a name in the instrumental after a role, taken up by the role (russian-instrumental-name.ts)', () => {
  it('«с защитником Тимуром Латыповым … Защитник признался, что …» → Тимур Латыпов', () => {
    const text = 'Клуб расторг контракт с защитником Тимуром Латыповым. Защитник признался, что давно хотел вернуться в Казань.';
    expect(who(text)).toEqual(['Тимур Латыпов (person)']);
  });

  it('«с нападающим Данилой Котовым … Нападающий сообщил» → Данила Котов', () => {
    const text = 'Команда подписала контракт с нападающим Данилой Котовым. Нападающий сообщил, что сезон начнет в основном составе.';
    expect(who(text)).toEqual(['Данила Котов (person)']);
  });

  it('a man\'s nominative «Андрей Луговой» is not a woman\'s instrumental (guard)', () => {
    expect(who('Андрей Луговой сообщил, что сезон начнется в сентябре.')).toEqual(['Андрей Луговой (person)']);
  });
});

describe('Russian: a full name before its apposition, the apposition ending in a body (russian.ts)', () => {
  it('«Об этом рассказал Name, директор АО «…», на выставке в Казани» → the name', () => {
    const text = 'Выпуск тракторов вырос на четверть. Об этом рассказал Марат Сайфуллин, генеральный директор АО «Камский тракторный завод», на выставке в Казани.';
    expect(who(text)).toEqual(['Марат Сайфуллин (person)']);
  });

  it('«Name, директор завода «…», напомнил, что …» → the name, not the factory', () => {
    expect(who('Глеб Рябцев, директор завода «Уралпресс», напомнил, что цех закроют на ремонт в марте.'))
      .toEqual(['Глеб Рябцев (person)']);
  });

  it('«Name, директор …, согласился …, но напомнил, что …» → the name', () => {
    expect(who('Глеб Рябцев, директор литейного завода, согласился с критикой, но напомнил, что цех закроют на ремонт в марте.'))
      .toEqual(['Глеб Рябцев (person)']);
  });

  it('«В пресс-службе подрядчика, компании «…», сообщили» keeps the business (guard)', () => {
    expect(who('В пресс-службе подрядчика, компании «Уралпресс», сообщили, что цех закроют на ремонт в марте.'))
      .toEqual(['Уралпресс (organisation)']);
  });
});

describe('Russian: a case ending after a number and a hyphen is no initial (sentences.ts)', () => {
  it('«… с 1980-х. Она рассказала, что …» → the woman named before', () => {
    const text = 'Заголовок\n\nПенсионерка Зинаида Карпова живет в этом бараке с 1980-х. Она рассказала, что крыша течет каждую весну.';
    expect(who(text)).toEqual(['Зинаида Карпова (person)']);
  });
});

describe('Russian: a post that is an adjective, «Старшая по дому Name» (russian-adjective-post.ts)', () => {
  it('«Старшая по подъезду Name рассказала, что …» → her, not a body «Старшая»', () => {
    expect(who('Старшая по подъезду Раиса Гончар рассказала, что лифт не работает с понедельника.'))
      .toEqual(['Раиса Гончар (person)']);
  });

  it('«Дежурный по вокзалу Name сообщил, что …» → him', () => {
    expect(who('Дежурный по вокзалу Ефим Логинов сообщил, что электрички задерживаются на полчаса.'))
      .toEqual(['Ефим Логинов (person)']);
  });

  it('a body «Комитет по туризму» before a verb is read as before (guard)', () => {
    expect(extractStatements('Комитет по туризму сообщил, что турпоток вырос на десять процентов.').map((s) => s.speakerKind))
      .toEqual(['organisation']);
  });
});

describe('Russian: a colon or semicolon before «по его словам» ends the clause (sentences.ts)', () => {
  it('«уверен, что …: по его словам, …» → two clauses of the one speaker', () => {
    const text = 'Заголовок\n\nФермер Илья Брагин уверен, что урожай в этом году будет скромным: по его словам, дожди начались слишком поздно.';
    expect(said(text)).toEqual(['indirect: урожай в этом году будет скромным', 'indirect: дожди начались слишком поздно']);
    expect(who(text)).toEqual(['Илья Брагин (person)', 'Илья Брагин (person)']);
  });

  it('a colon before a quotation is read as before (guard)', () => {
    const text = 'Заголовок\n\nФермер Илья Брагин уверен, что урожай в этом году будет скромным: «Дожди начались слишком поздно».';
    expect(said(text)[0]).toBe('indirect: урожай в этом году будет скромным');
  });
});
