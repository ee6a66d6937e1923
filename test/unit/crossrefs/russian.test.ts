import { describe, expect, it } from 'vitest';
import { resolveDateExpressions } from '../../../src/crossrefs/dates.ts';
import { eventDateOf } from '../../../src/crossrefs/event-date.ts';
import { extractRussianEntities, type KnownName } from '../../../src/crossrefs/russian-entities.ts';
import { nameSkeleton } from '../../../src/text/transliterate.ts';

const resolved = (text: string, published?: string) => resolveDateExpressions(text, published).map((m) => [m.text, m.date]);

describe('Russian date expressions', () => {
  it('reads full dates, dates without a year, and abbreviated months', () => {
    expect(resolved('Заседание прошло 4 декабря 2009 года в Брюсселе.')).toEqual([['4 декабря 2009 года', '2009-12-04']]);
    expect(resolved('БРЮССЕЛЬ, 4 дек - РИА Новости.', '2009-12-04')).toEqual([['4 дек', '2009-12-04']]);
    expect(resolved('3 мая и 3 марта', '2009-12-01')).toEqual([
      ['3 мая', '2010-05-03'],
      ['3 марта', '2010-03-03'],
    ]);
  });

  it('reads weekdays back from publication, forward after looking-ahead words', () => {
    // 5 Dec 2009 was a Saturday.
    expect(resolved('Министры встретились в пятницу.', '2009-12-05')).toEqual([['в пятницу', '2009-12-04']]);
    expect(resolved('Заседание состоится в пятницу.', '2009-12-01')).toEqual([['в пятницу', '2009-12-04']]);
    expect(resolved('накануне встречи во вторник', '2009-12-05')).toEqual([['во вторник', '2009-12-08']]);
  });

  it('reads вчера, сегодня and завтра against the publication day', () => {
    expect(resolved('Вчера в Брюсселе, а сегодня в Москве; завтра — в Риме.', '2009-12-05')).toEqual([
      ['Вчера', '2009-12-04'],
      ['сегодня', '2009-12-05'],
      ['завтра', '2009-12-06'],
    ]);
  });
});

describe('extractRussianEntities', () => {
  const known = new Map<string, KnownName>([
    [nameSkeleton('lavrov'), { key: 'person:lavrov', name: 'Sergei Lavrov', kind: 'person' }],
    [nameSkeleton('rasmussen'), { key: 'person:rasmussen', name: 'Anders Fogh Rasmussen', kind: 'person' }],
    [nameSkeleton('brussels'), { key: 'brussels', name: 'Brussels', kind: 'other' }],
  ]);
  const keys = (text: string) => extractRussianEntities(text, (sk) => known.get(sk)).map((e) => e.key);

  it('resolves declined Cyrillic names to the Latin names the corpus knows', () => {
    expect(keys('В Брюсселе глава МИД Сергей Лавров встретился с Андерсом Фог Расмуссеном.')).toEqual(
      expect.arrayContaining(['brussels', 'person:lavrov', 'person:rasmussen']),
    );
  });

  it('maps names transliteration cannot reach through the table, and adjectives to their country', () => {
    expect(keys('Совет Россия-НАТО обсудил ДОВСЕ; российский министр прилетел из Москвы, американский — из США.')).toEqual([
      'nato-russia council',
      'cfe treaty',
      'russia',
      'russia',
      'united states',
      'united states',
    ]);
  });

  it('keys an unknown name by its skeleton, so its declined forms meet', () => {
    const a = keys('Заявление сделал Рогозин.');
    const b = keys('Об этом сообщил постпред Рогозину.');
    expect(a).toHaveLength(1);
    expect(a).toEqual(b);
  });
});

describe('eventDateOf on a Russian report', () => {
  it('counts вчера from the publication date', () => {
    const text = 'Вчера в Брюсселе прошло заседание Совета Россия—НАТО на уровне министров иностранных дел, первое после войны в Грузии.';
    const d = eventDateOf({
      id: 'k',
      outlet: 'kommersant',
      headline: 'x',
      dates: { published: { date: '2009-12-05', how: 'test' } },
      dateline: null,
      addresses: [],
      paragraphs: [text],
      text,
      language: 'ru',
    });
    expect(d).toMatchObject({ date: '2009-12-04' });
    expect(d!.how).toMatch(/Вчера/);
  });
});
