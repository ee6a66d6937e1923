// The thirty-fourth session: person or organisation, from the text's own evidence. A name closed by a legal form as
// printed ("B.V.", "Oy", "AS", "UAB", "SIA") is a business's (speaker-phrase.ts); a body's word inside a name, before the
// place it serves ("… Society Okanagan"), or closing one whose first word is no given name ("… Rescue Exchange"), is a
// body's (body-word-inside-name.ts); a name described between commas by a body's word, "the city's parks department",
// is a body's (body-apposed-or-they.ts); in a Russian text a Latin name reported from («как пишет X») or speaking in the
// neuter past («X сообщило») is a body's (russian-latin-body-name.ts). Made-up people, bodies and sentences in none of the
// fixture parts; each case failed on the rules before the change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);
const speakers = (text: string) => found(text).map((s) => [s[1], s[2]]);

describe('English: a legal form as printed closes a business\'s name (speaker-phrase.ts)', () => {
  it('"Maasdelta Vaart B.V. said": a body', () => {
    expect(speakers('Barge traffic on the canal will stop for two weeks in March, Maasdelta Vaart B.V. said on Monday.')).toEqual([['Maasdelta Vaart B.V.', 'organisation']]);
  });

  it('"Kallio Puu Oy said in a statement": a body', () => {
    expect(speakers('Kallio Puu Oy said in a statement that the sawmill would close for a month.')).toEqual([['Kallio Puu Oy', 'organisation']]);
  });

  it('"Fjellkraft Nett AS said": a body', () => {
    expect(speakers('Fjellkraft Nett AS said the line to the valley would be buried by 2028.')).toEqual([['Fjellkraft Nett AS', 'organisation']]);
  });
});

describe('English: a body\'s word inside a name, or closing one with no given name first (body-word-inside-name.ts)', () => {
  it('"Cedar Valley Rescue Society Okotoks said": a body', () => {
    expect(speakers('Cedar Valley Rescue Society Okotoks said the kennels were full until January.')).toEqual([['Cedar Valley Rescue Society Okotoks', 'organisation']]);
  });

  it('"Marsh Bird Watch Dorset said": a body', () => {
    expect(speakers('Marsh Bird Watch Dorset said the number of nesting pairs had halved since 2019.')).toEqual([['Marsh Bird Watch Dorset', 'organisation']]);
  });

  it('"Prairie Seed Exchange said": a body', () => {
    expect(speakers('Prairie Seed Exchange said orders for heritage wheat had tripled.')).toEqual([['Prairie Seed Exchange', 'organisation']]);
  });

  it('guard: "Helen Exchange said": a given name first, a person', () => {
    expect(speakers('Helen Exchange said the bridge would reopen on Friday.')).toEqual([['Helen Exchange', 'person']]);
  });

  it('guard: "Peter Union Hale said": a given name first, a person', () => {
    expect(speakers('Peter Union Hale said the budget would balance.')).toEqual([['Peter Union Hale', 'person']]);
  });
});

describe('English: a name described by a body\'s word between commas (body-apposed-or-they.ts)', () => {
  it('"Tallaght Leisure, the county\'s pools department, said": a body', () => {
    expect(speakers('Tallaght Leisure, the county\'s pools department, said the diving board would be replaced.')).toEqual([['Tallaght Leisure', 'organisation']]);
  });

  it('"Fenland Grain, the county\'s grain exchange, said": a body', () => {
    expect(speakers('Fenland Grain, the county\'s grain exchange, said the price of feed wheat fell by a tenth.')).toEqual([['Fenland Grain', 'organisation']]);
  });

  it('guard: "Moira Quist, the agency\'s director, said": a person', () => {
    expect(speakers('Moira Quist, the agency\'s director, said the review would take six weeks.')).toEqual([['Moira Quist', 'person']]);
  });
});

describe('English: more of the text\'s own evidence for a body, or for a person', () => {
  it('"Ashby Rovers, who lost the tie 3-1, said they would …": a body (body-apposed-or-they.ts)', () => {
    expect(speakers('Ashby Rovers, who lost the tie 3-1, said they would not appeal the red card.')).toEqual([['Ashby Rovers', 'organisation']]);
  });

  it('guard: "Tessa Brandt, who lost the seat, said they would …": a given name first, a person', () => {
    expect(speakers('Tessa Brandt, who lost the seat, said they would not stand again.')).toEqual([['Tessa Brandt', 'person']]);
  });

  it('"Corlett Grain, the Topeka elevator that takes half the county\'s crop, said in a filing that it would …": a body', () => {
    const text = 'Corlett Grain, the Topeka elevator that takes half the county\'s crop, said in a filing that it would close two sites.';
    expect(speakers(text)).toEqual([['Corlett Grain', 'organisation']]);
  });

  it('"Owner Sierra Verde Mining said in a statement": a body holding a post (speaker-phrase.ts)', () => {
    expect(speakers('Owner Sierra Verde Mining said in a statement that it had offered the union a 3% raise.')).toEqual([['Sierra Verde Mining', 'organisation']]);
  });

  it('guard: "Owner Jack Power said": a given name first, a person', () => {
    expect(speakers('Owner Jack Power said the pub would reopen in March.')).toEqual([['Jack Power', 'person']]);
  });

  it('"Enterprise Shetland said": a development agency\'s first word (speaker-phrase.ts)', () => {
    expect(speakers('Enterprise Shetland said the grant scheme would reopen in April.')).toEqual([['Enterprise Shetland', 'organisation']]);
  });

  it('"Coral Coast Line said": a shipping line\'s word, no given name first (body-word-inside-name.ts)', () => {
    expect(speakers('Coral Coast Line said the ferry would be out of service for ten days.')).toEqual([['Coral Coast Line', 'organisation']]);
  });

  it('"Tour operator Ken Halvorsen said … his bookings": a person running the trade (speaker-phrase.ts)', () => {
    expect(speakers('Tour operator Ken Halvorsen said about half of his bookings came from cruise passengers.')).toEqual([['Ken Halvorsen', 'person']]);
  });

  it('guard: "ferry operator Kestrel Sound Lines said": no given name first, a body', () => {
    expect(speakers('Ferry operator Kestrel Sound Lines said the winter timetable would start in November.')).toEqual([['Kestrel Sound Lines', 'organisation']]);
  });
});

describe('Russian: a Latin name reported from, or speaking in the neuter past, is a body (russian-latin-body-name.ts)', () => {
  it('«Как пишет Vidzemes Ziņas, …»: a body', () => {
    const text = 'Паромная переправа через Даугаву закроется на зиму. Как пишет Vidzemes Ziņas, последний рейс состоится в пятницу.';
    expect(speakers(text)).toEqual([['Vidzemes Ziņas', 'organisation']]);
  });

  it('«Liepājas Siltums, городское теплоснабжающее предприятие, сообщило»: a body', () => {
    const text = 'Liepājas Siltums, городское теплоснабжающее предприятие, сообщило, что тарифы на отопление снизятся с января.';
    expect(speakers(text)).toEqual([['Liepājas Siltums', 'organisation']]);
  });

  it('guard: «Как пишет в своём блоге экономист Имя Фамилия»: a person', () => {
    const text = 'Как пишет в своём блоге экономист Юрис Калниньш, цены на жильё в Риге перестанут расти весной.';
    expect(speakers(text)).toEqual([['Юрис Калниньш', 'person']]);
  });
});
