// The thirty-eighth session's reading of test-56's misses: the shapes its first run missed, in fresh words and invented
// names (none of the fixtures' sentences). Each case failed on the rules before the change but the guards (marked so),
// which pass on both.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);
const clauses = (text: string) => found(text).filter((s) => s[0] === 'indirect');

describe('English: a month\'s short form with its stop after the closing verb (attribution.ts, ADVERBIAL_BASE_RE)', () => {
  it('"…, the Transport Agency announced on Dec. 4." ends the lead\'s attribution', () => {
    expect(clauses('Cars\n\nOslo will ban cars from the old town next spring, the Transport Agency announced on Dec. 4.')).toEqual([
      ['indirect', 'Transport Agency', 'organisation', 'Oslo will ban cars from the old town next spring'],
    ]);
  });

  it('"…, the board said Nov. 30." with no "on"', () => {
    expect(clauses('Fees\n\nParking fees at the clinic will double in January, the Fenwick Health Board said Nov. 30.')).toEqual([
      ['indirect', 'Fenwick Health Board', 'organisation', 'Parking fees at the clinic will double in January'],
    ]);
  });

  it('guard: "…, the agency said on December 4." is read as before', () => {
    expect(clauses('Vans\n\nOslo will ban vans from the old town next spring, the Transport Agency said on December 4.')).toEqual([
      ['indirect', 'Transport Agency', 'organisation', 'Oslo will ban vans from the old town next spring'],
    ]);
  });
});

describe('English: a statement run by a news agency (attribution.ts, ADVERBIAL_BASE_RE)', () => {
  it('"…, the agency said in a statement carried by the state news agency on Monday." is the agency\'s lead', () => {
    expect(clauses('Maize\n\nMaize exports will be suspended until the harvest is in, the Food Reserve Agency said in a statement carried by the state news agency on Monday.')).toEqual([
      ['indirect', 'Food Reserve Agency', 'organisation', 'Maize exports will be suspended until the harvest is in'],
    ]);
  });

  it('"…, said in a statement published by The Valley Courier." names the outlet, not the clause', () => {
    expect(clauses('Bread\n\nBread prices will rise by a fifth, the Millers Association said in a statement published by The Valley Courier.')).toEqual([
      ['indirect', 'Millers Association', 'organisation', 'Bread prices will rise by a fifth'],
    ]);
  });
});

describe('English: a body\'s possessive before a post and a name, then "told the paper" (attribution.ts, sentenceSubject)', () => {
  it('the quote after "Kenya Fishermen\'s Society chairman Name Name told the paper that …" is the chairman\'s', () => {
    expect(found('Prices\n\nKenya Fishermen\'s Society chairman Otieno Wafula told the paper that prices had doubled. "We cannot go on like this," he said.')).toEqual([
      ['indirect', 'Otieno Wafula', 'person', 'prices had doubled'],
      ['direct', 'Otieno Wafula', 'person', 'We cannot go on like this'],
    ]);
  });

  it('guard: a plural possessive, "Kenya Farmers\' Society chairman …", as before', () => {
    expect(found('Feed\n\nKenya Farmers\' Society chairman Jane Wanjiru told the paper that feed had doubled. "We cannot go on like this," she said.')).toEqual([
      ['indirect', 'Jane Wanjiru', 'person', 'feed had doubled'],
      ['direct', 'Jane Wanjiru', 'person', 'We cannot go on like this'],
    ]);
  });
});

describe('English: a passive\'s named agent is whom a later pronoun means (passive-agent-named.ts)', () => {
  it('"The men\'s title was taken by Name Name of … . He told …" is his', () => {
    expect(clauses('Race\n\nThe men\'s title was taken by Peter Lindqvist of Umea in a record time. He told the local radio that he had trained all winter.')).toEqual([
      ['indirect', 'Peter Lindqvist', 'person', 'he had trained all winter'],
    ]);
  });

  it('guard: a named subject keeps the pronoun, "Anna Berg was beaten by Peter Lindqvist …. She said …"', () => {
    expect(clauses('Final\n\nAnna Berg was beaten by Peter Lindqvist in the final. She said the course had been too icy.')).toEqual([
      ['indirect', 'Anna Berg', 'person', 'the course had been too icy'],
    ]);
  });
});

describe('English: "and its members would" after a present tense (attribution.ts, ownSubjectAnd)', () => {
  it('"said the diversion costs … and its members would stop work" is two clauses', () => {
    expect(clauses('Taxis\n\nThe Harbour Taxi Guild said the diversion costs each driver an hour a day and its members would stop work on Friday.')).toEqual([
      ['indirect', 'Harbour Taxi Guild', 'organisation', 'the diversion costs each driver an hour a day'],
      ['indirect', 'Harbour Taxi Guild', 'organisation', 'its members would stop work on Friday'],
    ]);
  });

  it('guard: "the strike and the march would go ahead" stays one clause', () => {
    expect(clauses('March\n\nThe Harbour Taxi Guild said the strike and the march would go ahead.')).toEqual([
      ['indirect', 'Harbour Taxi Guild', 'organisation', 'the strike and the march would go ahead'],
    ]);
  });
});

describe('English: "and asked whether" right after the clause (attribution.ts, CLAUSE_STOP_RE)', () => {
  it('"said … had waited long enough and asked whether …" ends the clause before the question', () => {
    expect(clauses('Glen\n\nCouncillor Mary Dunn said families in the valley had waited long enough and asked whether the scheme had failed.')).toEqual([
      ['indirect', 'Mary Dunn', 'person', 'families in the valley had waited long enough'],
    ]);
  });
});

describe('English: "according to the race organisers, <Body>" (attribution.ts, accordingTo)', () => {
  it('the body named after the organisers is the source', () => {
    expect(clauses('Sportive\n\nForty of the 300 riders abandoned in the rain, according to the race organisers, Harrowgate Cycling Club.')).toEqual([
      ['indirect', 'Harrowgate Cycling Club', 'organisation', 'Forty of the 300 riders abandoned in the rain'],
    ]);
  });
});

describe('English: a place after "in" before a verb is no person (people.ts, learnFromText)', () => {
  it('"TMB Girona said" is not completed to "Platja de Girona" from "Shopkeepers in Platja de Girona complain"', () => {
    expect(clauses('Buses\n\nTMB Girona said in a statement that minimum services had been agreed.\n\nShopkeepers in Platja de Girona complain that tourists wait an hour for a bus.').map((s) => s[2])).toEqual(['organisation', 'anonymous']);
  });
});

describe('Russian: a participle phrase after the speaker of a closing frame (russian.ts, tailFrame and the bare aside)', () => {
  it('«…, считают жители, подписавшие письмо губернатору.» is the residents\' clause before the frame', () => {
    expect(clauses('Поликлиника\n\nЗакрывать поликлинику зимой нельзя, считают жители, подписавшие письмо губернатору.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'Закрывать поликлинику зимой нельзя'],
    ]);
  });

  it('guard: «Теперь, говорят местные жители, дорога занимает два часа.» stays an aside', () => {
    expect(clauses('Дорога\n\nТеперь, говорят местные жители, дорога до райцентра занимает два часа.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'дорога до райцентра занимает два часа'],
    ]);
  });
});

describe('Russian: «Как уточняется в сообщении …, …» (russian.ts, the document frame)', () => {
  it('the body of the release named before', () => {
    expect(clauses('Вода\n\nЖителям двух сел рекомендовано не купаться в реке, говорится в сообщении Управления Роспотребнадзора по Тверской области.\n\nКак уточняется в сообщении ведомства, в пробах речной воды обнаружено превышение норматива.').map((s) => [s[2], s[3]])).toEqual([
      ['organisation', 'Жителям двух сел рекомендовано не купаться в реке'],
      ['organisation', 'в пробах речной воды обнаружено превышение норматива'],
    ]);
  });
});

describe('Russian: a company\'s «name» of three words in apposition (speaker-resolver.ts)', () => {
  it('«Перевозчик, АО «…», сообщил, что …» gives the name as printed, not its masked form', () => {
    expect(clauses('Автобусы\n\nПеревозчик, АО «Тверское автотранспортное предприятие», сообщил, что на маршрут выйдут два автобуса.')).toEqual([
      ['indirect', 'Тверское автотранспортное предприятие', 'organisation', 'на маршрут выйдут два автобуса'],
    ]);
  });
});

describe('Russian: «По данным <body> в <region>, …» (russian.ts, documentOwner)', () => {
  it('a body\'s name with the region it serves after «в» is the source', () => {
    expect(clauses('Вода\n\nПо данным лаборатории Центра гигиены и эпидемиологии в Тверской области, превышение зафиксировано в трех точках.').map((s) => [s[2], s[3]])).toEqual([
      ['organisation', 'превышение зафиксировано в трех точках'],
    ]);
  });

  it('guard: «По данным лаборатории центра, …» as before', () => {
    expect(clauses('Вода\n\nПо данным лаборатории центра, превышение зафиксировано в пяти точках.').map((s) => [s[2], s[3]])).toEqual([
      ['organisation', 'превышение зафиксировано в пяти точках'],
    ]);
  });
});
