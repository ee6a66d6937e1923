// Forms test-22's misses showed when the eighteenth session read it (issue #13; dev d960, d961, d965, d966), one kind
// at a time, on made-up people and sentences that are in none of the fixture parts. Each case failed on the rules
// before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('a possessive at a sentence\u2019s end', () => {
  it('"… lower than last year\u2019s. A source said …": the s after the apostrophe is no initial, so the sentence ends', () => {
    const text = 'Growers concede that this harvest is thinner than last year\'s. A grading official said the co-op had turned away '
      + 'a third of the crates.';
    expect(found(text)).toEqual([
      ['indirect', 'anonymous', 'this harvest is thinner than last year\'s'],
      ['indirect', 'anonymous', 'the co-op had turned away a third of the crates'],
    ]);
  });

  it('"… than anyone else\u2019s. "…"": the quotation after it is its own statement', () => {
    const text = 'Marta Delgado said her bakery\u2019s rye was darker than anyone else\u2019s. "We use the old starter. Nobody else bothers."';
    expect(found(text)).toEqual([
      ['indirect', 'Marta Delgado', 'her bakery\u2019s rye was darker than anyone else\u2019s'],
      ['direct', 'Marta Delgado', 'We use the old starter. Nobody else bothers.'],
    ]);
  });

  it('"J. S. Tanner said …": a lone capital before a full stop is still an initial (guard)', () => {
    const text = 'Committee chair J. S. Tanner said the hearing would resume in March.';
    expect(found(text)).toEqual([['indirect', 'J. S. Tanner', 'the hearing would resume in March']]);
  });
});

describe('what a body issues, after the verb that follows its clause', () => {
  it('"…, the X Department said in an announcement.": the lead is the department\u2019s', () => {
    const text = 'Bus passes for pensioners will cost twice as much from April, after the transport budget was cut by a fifth, '
      + 'the Regional Transport Department said in an announcement.';
    expect(found(text)).toEqual([['indirect', 'Regional Transport Department',
      'Bus passes for pensioners will cost twice as much from April, after the transport budget was cut by a fifth']]);
  });

  it('"…, Name Water said in an advisory issued on Friday.": an advisory too', () => {
    const text = 'Campers along the lake should boil their drinking water until further notice, Tarrawong Water said in an advisory issued on Friday.';
    expect(found(text)).toEqual([['indirect', 'Tarrawong Water', 'Campers along the lake should boil their drinking water until further notice']]);
  });

  it('"…, the ministry said in a circular on Tuesday.": and a circular', () => {
    const text = 'Pupils will sit the reading test a month later than planned, the education ministry said in a circular on Tuesday.';
    expect(found(text)).toEqual([['indirect', 'education ministry', 'Pupils will sit the reading test a month later than planned']]);
  });
});

describe('Russian: a second clause of the same speaker after a pronoun\u2019s aside', () => {
  const lead = 'Цены на гречку выросли за месяц на 9%.\n\n';
  it('«ожидает, что …, и тогда, по ее словам, …»: two clauses, both hers', () => {
    const text = `${lead}Аналитик Ольга Миронова ожидает, что урожай окажется ниже прошлогоднего, и тогда, по ее словам, цены поднимутся еще на 5%.`;
    expect(found(text)).toEqual([
      ['indirect', 'Ольга Миронова', 'урожай окажется ниже прошлогоднего'],
      ['indirect', 'Ольга Миронова', 'цены поднимутся еще на 5%'],
    ]);
  });

  it('«сообщил, что …, поскольку, по его словам, …»: the reason is his second clause', () => {
    const text = `${lead}Директор комбината Степан Вологжин сообщил, что завод остановит одну линию, поскольку, по его словам, сырья хватит только до марта.`;
    expect(found(text)).toEqual([
      ['indirect', 'Степан Вологжин', 'завод остановит одну линию'],
      ['indirect', 'Степан Вологжин', 'сырья хватит только до марта'],
    ]);
  });

  it('«жалуются, что …, а объезд, по их словам, …»: a subject before the aside keeps one clause (guard)', () => {
    const text = `${lead}Жители поселка жалуются, что дорогу закрыли еще весной, а объезд, по их словам, давно разбит грузовиками.`;
    expect(found(text)).toEqual([
      ['indirect', 'anonymous', 'дорогу закрыли еще весной, а объезд, по их словам, давно разбит грузовиками'],
    ]);
  });
});

describe('Russian: a frame in the present inside a sentence whose own frame follows it', () => {
  it('«Компания ожидает, что …, заявил генеральный директор порта Name.»: the whole sentence is his', () => {
    const text = 'Цены на гречку выросли за месяц на 9%.\n\nКомпания ожидает, что новый терминал примет первые суда уже весной, '
      + 'заявил на пресс-конференции генеральный директор порта Олег Самойлов.';
    expect(found(text)).toEqual([['indirect', 'Олег Самойлов', 'Компания ожидает, что новый терминал примет первые суда уже весной']]);
  });

  it('«Аналитик Name считает, что …»: with no frame after it, the frame\u2019s own (guard)', () => {
    const text = 'Цены на гречку выросли за месяц на 9%.\n\nАналитик Вера Кулагина считает, что цены на гречку вырастут еще на 5%.';
    expect(found(text)).toEqual([['indirect', 'Вера Кулагина', 'цены на гречку вырастут еще на 5%']]);
  });
});

describe('Russian: «рассчитывает, что» frames a clause', () => {
  it('«Name рассчитывает, что …»: counting on something, as «ожидает, что»', () => {
    const text = 'Цены на гречку выросли за месяц на 9%.\n\nГлава района Ирина Белоусова рассчитывает, что новый мост откроют до начала паводка.';
    expect(found(text)).toEqual([['indirect', 'Ирина Белоусова', 'новый мост откроют до начала паводка']]);
  });

  it('«Город рассчитывает закончить …»: with no «что», no clause (guard)', () => {
    const text = 'Цены на гречку выросли за месяц на 9%.\n\nГород рассчитывает закончить реконструкцию набережной к концу года.';
    expect(found(text)).toEqual([]);
  });
});

describe('a condition before a speaker\u2019s aside', () => {
  it('"If …, she said, …": the clause after the aside is what she said', () => {
    const text = 'Principal Dana Whitlow said the pool would stay shut over the winter. If the repair grant comes through, she said, '
      + 'swimming lessons could resume in April.';
    expect(found(text)).toEqual([
      ['indirect', 'Dana Whitlow', 'the pool would stay shut over the winter'],
      ['indirect', 'Dana Whitlow', 'swimming lessons could resume in April'],
    ]);
  });

  it('"No one was hurt, he said, but …": a clause of its own before the aside stays (guard)', () => {
    const text = 'Fire chief Omar Lindqvist said the blaze started in a storeroom. No one was hurt in the fire, he said, '
      + 'but the roof would have to be replaced.';
    expect(found(text).map(([, , clause]) => clause)).toContain('No one was hurt in the fire');
  });
});

describe('a courtesy title before a surname two people share', () => {
  it('"Ms Okafor said" after Helen Okafor and then Paul Okafor: the woman, by her given name', () => {
    const text = '"The water came through the ceiling at midnight," said Helen Okafor, who lives on the top floor. '
      + 'Her landlord, Paul Okafor, said the roofer had been booked for Monday. '
      + 'Ms Okafor said she would stay with her sister until the roof was fixed.';
    expect(found(text).at(-1)).toEqual(['indirect', 'Helen Okafor', 'she would stay with her sister until the roof was fixed']);
  });

  it('"Ms Okafor said" when the text marks the woman itself (guard)', () => {
    const text = '"The water came through the ceiling at midnight," said Ms Helen Okafor, who lives on the top floor. '
      + 'Her landlord, Paul Okafor, said the roofer had been booked for Monday. '
      + 'Ms Okafor said she would stay with her sister until the roof was fixed.';
    expect(found(text).at(-1)).toEqual(['indirect', 'Helen Okafor', 'she would stay with her sister until the roof was fixed']);
  });
});
