// Forms of the genres the development part had little of (issue #13, eighth session: dev d440–d447, d460–d463): a
// parliament's record, broadcast and podcast transcripts, Q&A interviews, a live blog, a court judgment, a police
// appeal, one at a time, on made-up people and sentences that are in none of the fixture parts.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

const directs = (text: string) => found(text).filter(([kind]) => kind === 'direct');

describe('transcripts: the words under a speaker label are no statement (the parts\u2019 convention); what they report is', () => {
  it('a correspondent\u2019s line is the programme\u2019s narration: what it reports is found, the line is no quotation', () => {
    const text = [
      'ANCHOR: Our transport correspondent, Emeka Lindqvist, is at the depot.',
      'EMEKA LINDQVIST: Northline Buses says the strike will cost it a million pounds a day.',
      'ANCHOR: And the drivers?',
      'EMEKA LINDQVIST: Their union says they will walk out again next week.',
    ].join('\n\n');
    const texts = found(text).map(([, , t]) => t);
    expect(texts).toContain('the strike will cost it a million pounds a day');
    expect(texts).toContain('they will walk out again next week');
    expect(directs(text)).toEqual([]);
  });

  it('a dateline or a single "UPDATE:" is no transcript', () => {
    const text = [
      'NAIROBI: The central bank held its rate at 10.5% on Tuesday, its governor said.',
      'UPDATE: The bank later said it would publish the minutes on Friday.',
    ].join('\n\n');
    expect(directs(text)).toEqual([]);
  });
});

describe('speakers in the genres\u2019 attributions', () => {
  it('"Name, chairwoman of the <a body of many capitalised words>, told the Post that": the person, not the body', () => {
    const text = 'Lam Pui-ying, chairwoman of the Kowloon Cross-Harbour Ferry Operators Association, told the Post that fares would rise in June.';
    expect(found(text)).toEqual([['indirect', 'Lam Pui-ying', 'fares would rise in June']]);
  });

  it('a police appeal: "the man\u2019s family said", then "they said" after their quotation, an unnamed group', () => {
    const text = [
      'In a statement released through police, the woman\u2019s family said she was "the heart of our home".',
      '"Please, if you were on the bridge that night, come forward," they said.',
    ].join('\n\n');
    expect(found(text)).toEqual([
      ['indirect', 'anonymous', 'she was "the heart of our home"'],
      ['partial', 'anonymous', 'the heart of our home'],
      ['direct', 'anonymous', 'Please, if you were on the bridge that night, come forward'],
    ]);
  });

  it('"Her family said" is unnamed; "the Hartigan family" is a family by its name, not read as unnamed', () => {
    expect(found('Her family said they had not heard from her since Sunday.')).toEqual([['indirect', 'anonymous', 'they had not heard from her since Sunday']]);
    expect(found('The Hartigan family said they had not heard from her since Sunday.').filter(([, who]) => who === 'anonymous')).toEqual([]);
  });

  it('Russian: "Председатель … Name назвал … «…» и заявил, что": the subject of the verb before "и"', () => {
    const text = 'Председатель областного союза фермеров Пётр Зимин назвал новые тарифы «грабительскими» и заявил, что хозяйства откажутся от поставок.';
    expect(found(text)).toEqual([
      ['partial', 'Пётр Зимин', 'грабительскими'],
      ['indirect', 'Пётр Зимин', 'хозяйства откажутся от поставок'],
    ]);
  });
});

describe('a court judgment', () => {
  it('"Justice Name found that": a judge\u2019s finding is the judge\u2019s reported speech', () => {
    const text = 'In a dissenting judgment, Justice Harriet Osei-Bonsu found that the council had acted within its powers.';
    expect(found(text)).toEqual([['indirect', 'Harriet Osei-Bonsu', 'the council had acted within its powers']]);
  });

  it('"The judge said" after "Justice Name" is that justice', () => {
    const text = [
      'Justice Harriet Osei-Bonsu said the contracts were written to hide who controlled the work.',
      'The judge said the tribunal had been right to look past the documents.',
    ].join('\n\n');
    expect(found(text)).toEqual([
      ['indirect', 'Harriet Osei-Bonsu', 'the contracts were written to hide who controlled the work'],
      ['indirect', 'Harriet Osei-Bonsu', 'the tribunal had been right to look past the documents'],
    ]);
  });
});

describe('financial copy', () => {
  it('"said in an interview with Bloomberg Television that": the clause after "that", not the interview', () => {
    const text = 'Governor Tomás Ferreira-Lind said in an interview with Bloomberg Television that the bank was ready to act again.';
    expect(found(text)).toEqual([['indirect', 'Tomás Ferreira-Lind', 'the bank was ready to act again']]);
  });
});

describe('Russian regional TV and Telegram', () => {
  it('"В мэрии … объясняют: …" with no quotation marks: the body\u2019s reported speech after the colon', () => {
    const text = 'В мэрии Вологды объясняют: подрядчик нарушил сроки поставки труб.';
    expect(found(text)).toEqual([['indirect', 'мэрия Вологды', 'подрядчик нарушил сроки поставки труб']]);
  });
});

describe('a headline that quotes', () => {
  it('"\u2018…\u2019: the … on …" over an interview: a direct quotation by the person the next paragraph names', () => {
    const text = [
      '\u2018Every winter we lose another village shop\u2019: the rural affairs adviser on empty high streets',
      'Gwenllian Pryce-Hughes, 58, has advised three governments on rural services. She spoke to the Gazette.',
    ].join('\n\n');
    expect(directs(text)).toEqual([['direct', 'Gwenllian Pryce-Hughes', 'Every winter we lose another village shop']]);
  });

  it('Russian: «…» as the title, then "Министр … Name рассказала …"', () => {
    const text = [
      '\u00ABМы не успеем построить дамбу до весеннего паводка\u00BB',
      'Глава управления по делам ГО и ЧС области Инна Сабурова рассказала газете о подготовке к паводку.',
    ].join('\n\n');
    expect(directs(text)).toEqual([['direct', 'Инна Сабурова', 'Мы не успеем построить дамбу до весеннего паводка']]);
  });
});

describe('first names with a nationality\u2019s ending', () => {
  it('"Adrian Mbeki-Stone said": Adrian is a first name, not a nationality', () => {
    expect(found('Adrian Mbeki-Stone said the depot would reopen in May.')).toEqual([['indirect', 'Adrian Mbeki-Stone', 'the depot would reopen in May']]);
  });
});

describe('speaker kinds in court and union copy', () => {
  it('"Counsel for X, Name, had argued that": the barrister, a person (not the body the post names)', () => {
    const found1 = extractStatements('Counsel for Harbourline, Felicity Adeyemi, had argued that the levy was unlawful.');
    expect(found1.map((s) => [s.kind, s.speaker, s.speakerKind])).toEqual([['indirect', 'Felicity Adeyemi', 'person']]);
  });

  it('"the Independent Couriers\u2019 Guild" is a body', () => {
    const found1 = extractStatements('The couriers\u2019 union, the Independent Couriers\u2019 Guild, called the ruling "a win for every rider on the road".');
    expect(found1.map((s) => [s.kind, s.speakerKind])).toEqual([['partial', 'organisation']]);
  });
});
