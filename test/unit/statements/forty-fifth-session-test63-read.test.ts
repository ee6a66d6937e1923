// The forty-fifth session's reading of test-63's misses: a hyphenated post opening the phrase ("Judge-Executive Name
// Name said"; speaker-phrase.ts), a lower-case field after "for the" in a post ("Cabinet member for the environment
// Name"; speaker-phrase.ts), a person's trade or an affiliation's description in apposition ("Name, a freight
// operator,", "Name of the Centre for X, a …-based group,"; person-before-apposed-kind.ts), the South Slavic "na"
// inside a body's name (vocabulary.ts NAME_PARTICLES), a finding opened by "In his written judgment,"
// (finding-in-own-judgment.ts), another group's ", as <plural> complained about …" left out of the clause
// (attribution.ts AS_TAIL), and in Russian a library's keeper («библиотекарь»; vocabulary-ru.ts), a Georgian man's name
// in «-ги» (russian-georgian-mans-name-in-i.ts) and a bare «говорится в сообщении» after «…, сообщает <body>»
// (russian.ts authorOf: a verb of the document's stem is no document); in fresh words and invented names (none of the
// fixtures' sentences). Each case failed on the rules before the change but the guards (marked so), which pass on both.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);

const ROADS = 'County holds off on gravel road repairs\n\n';
const PARKS = 'Overnight camping ban for Seacliff car parks\n\n';
const RIVER = 'Floating rubbish blocks the river again\n\n';
const CHAPEL = 'Chapel may sell its organ, court rules\n\n';
const FARMS = 'Growers left waiting after cannery closes\n\n';
const CLUB = 'В Верхнеозерском клубе нет отопления\n\n';
const ORCHARD = 'Фермеры недовольны ценой на хурму\n\n';
const RABIES = 'В селе ввели карантин по бешенству\n\n';

describe('English: posts before a name', () => {
  it('a hyphenated post opening the phrase, "Judge-Executive Name Name said", is the post, the name the person\'s', () => {
    expect(found(`${ROADS}Judge-Executive Marla Pettit said the gravel would not be laid before April.\n\n"We would rather do it once and do it right," Pettit said.`)).toEqual([
      ['indirect', 'Marla Pettit', 'person', 'the gravel would not be laid before April'],
      ['direct', 'Marla Pettit', 'person', 'We would rather do it once and do it right'],
    ]);
  });

  it('a field after "for the" in a lower-case post, "Cabinet member for the environment Name Name told …"', () => {
    expect(found(`${PARKS}Tents will no longer be allowed on the Seacliff car parks from April, Eastmoor Borough Council has confirmed.\n\nCabinet member for the environment Delia Rusk told the paper that the council had received 90 complaints and that some tents had stayed for a month.`)).toEqual([
      ['indirect', 'Eastmoor Borough Council', 'organisation', 'Tents will no longer be allowed on the Seacliff car parks from April'],
      ['indirect', 'Delia Rusk', 'person', 'the council had received 90 complaints'],
      ['indirect', 'Delia Rusk', 'person', 'some tents had stayed for a month'],
    ]);
  });
});

describe('English: what an apposition describes (person-before-apposed-kind.ts)', () => {
  it('"Name, a freight operator, said": a given name and a surname, a person\'s trade', () => {
    expect(found(`${FARMS}Growers say the closure came without warning.\n\nSimon Velotti, a freight operator, said his trucks had been parked in the yard since Monday.`)).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the closure came without warning'],
      ['indirect', 'Simon Velotti', 'person', 'his trucks had been parked in the yard since Monday'],
    ]);
  });

  it('"Name of the Centre for X, a …-based group, described … and said": the group is the centre, the name a person', () => {
    expect(found(`${RIVER}Dunja Marević of the Centre for Clean Rivers, a Tuzla-based group, described the scene as "a disgrace for the valley" and said old dumps upstream had never been closed.`)).toEqual([
      ['partial', 'Dunja Marević', 'person', 'a disgrace for the valley'],
      ['indirect', 'Dunja Marević', 'person', 'old dumps upstream had never been closed'],
    ]);
  });

  it('guard: a name whose first word is no given name, "Kestrel Lines, a ferry operator, said", stays the body', () => {
    expect(found(`${FARMS}Kestrel Lines, a ferry operator, said its boats would keep running through the winter.`)).toEqual([
      ['indirect', 'Kestrel Lines', 'organisation', 'its boats would keep running through the winter'],
    ]);
  });
});

describe('English: a body named with the South Slavic "na"', () => {
  it('"The operator, <Name> na <Name>, said … but that …" and "According to the plant\'s operator" are the body', () => {
    expect(found(`${RIVER}The town council said on Monday that the rubbish had come down from upstream.\n\nThe operator, Elektrane na Uni, said in a statement that boats would be sent to the dam next week but that the clearing could take a month. According to the plant's operator, about 3,000 cubic metres were lifted out last year.`)).toEqual([
      ['indirect', 'town council', 'organisation', 'the rubbish had come down from upstream'],
      ['indirect', 'Elektrane na Uni', 'organisation', 'boats would be sent to the dam next week'],
      ['indirect', 'Elektrane na Uni', 'organisation', 'the clearing could take a month'],
      ['indirect', 'Elektrane na Uni', 'organisation', 'about 3,000 cubic metres were lifted out last year'],
    ]);
  });
});

describe('English: findings and tails', () => {
  it('"In his written judgment, the Chancellor …, Name, found that … and that …": the one who decides, both clauses', () => {
    expect(found(`${CHAPEL}In his written judgment, the Chancellor of the diocese, Piers Anwell, found that the sale would cause "some loss" to the chapel's character and that the need for repairs outweighed it.`)).toEqual([
      ['indirect', 'Piers Anwell', 'person', 'the sale would cause "some loss" to the chapel\'s character'],
      ['partial', 'Piers Anwell', 'person', 'some loss'],
      ['indirect', 'Piers Anwell', 'person', 'the need for repairs outweighed it'],
    ]);
  });

  it('guard: "found" with no judgment before it stays no statement', () => {
    expect(found(`${CHAPEL}The verger, Piers Anwell, found that the organ's bellows had split.`)).toEqual([]);
  });

  it('", as foreign tourists complained about …" after a reported clause is the writer\'s, left out', () => {
    expect(found(`${PARKS}Parish head Bram Oster said the ban was also hurting the cafes, as visiting walkers complained about the locked gates.`)).toEqual([
      ['indirect', 'Bram Oster', 'person', 'the ban was also hurting the cafes'],
    ]);
  });

  it('guard: ", as <plural> continued to …", a cause with no one\'s speech in it, runs on as before', () => {
    expect(found(`${PARKS}The Seacliff Traders' Guild said trade had fallen by a third, as older visitors continued to stay away in the wet weeks.`)).toEqual([
      ['indirect', 'Seacliff Traders Guild', 'organisation', 'trade had fallen by a third, as older visitors continued to stay away in the wet weeks'],
    ]);
  });

  it('guard: ", as officials promised …" (a verb of promising) runs on as before', () => {
    expect(found(`${PARKS}Parish head Bram Oster said the gates would reopen in May, as officials promised last week.`)).toEqual([
      ['indirect', 'Bram Oster', 'person', 'the gates would reopen in May, as officials promised last week'],
    ]);
  });
});

describe('Russian: a library\'s keeper and a Georgian man\'s name', () => {
  it('«— рассказывает библиотекарь <place> Name Name» is the librarian named, not the body before', () => {
    expect(found(`${CLUB}Администрация района обещает, что котел заменят до конца января.\n\n«Зал у нас тесный, на тридцать мест. Хор еще поместится, а оркестр уже нет», — рассказывает библиотекарь Верхнеозерского поселения Ольга Старикова.`)).toEqual([
      ['indirect', 'Администрация района', 'organisation', 'котел заменят до конца января'],
      ['direct', 'Ольга Старикова', 'person', 'Зал у нас тесный, на тридцать мест. Хор еще поместится, а оркестр уже нет'],
    ]);
  });

  it('«Гиорги Name-дзе» is his name as printed, and «Name-дзе добавил» goes on from him', () => {
    expect(found(`${ORCHARD}«Сад у меня маленький, а машину до пункта надо нанимать», — говорит фермер из Очамчире Гиорги Чавчанидзе.\n\nЧавчанидзе добавил, что в этом году будет продавать хурму на рынке сам.`)).toEqual([
      ['direct', 'Гиорги Чавчанидзе', 'person', 'Сад у меня маленький, а машину до пункта надо нанимать'],
      ['indirect', 'Гиорги Чавчанидзе', 'person', 'в этом году будет продавать хурму на рынке сам'],
    ]);
  });

  it('guard: a woman\'s genitive «Ольги Name-дзе» is still Ольга', () => {
    expect(found(`${ORCHARD}По словам Ольги Беридзе, урожай в этом году плохой.`)).toEqual([
      ['indirect', 'Ольга Беридзе', 'person', 'урожай в этом году плохой'],
    ]);
  });

  it('«…, говорится в сообщении» after «…, сообщает <body>» and «Как уточняется в сообщении инспекции» is the body\'s, not a place read as a name', () => {
    expect(found(`${RABIES}В селе Заречное Гороховского района введен карантин после того, как у енота подтвердили болезнь, сообщает Государственная инспекция ветеринарии Тверской области.\n\nКак уточняется в сообщении инспекции, карантин продлится 40 дней. На это время запрещены вывоз скота из села и проведение ярмарок, говорится в сообщении.`)).toEqual([
      ['indirect', 'Государственная инспекция ветеринарии Тверской области', 'organisation', 'В селе Заречное Гороховского района введен карантин после того, как у енота подтвердили болезнь'],
      ['indirect', 'Государственная инспекция ветеринарии Тверской области', 'organisation', 'карантин продлится 40 дней'],
      ['indirect', 'Государственная инспекция ветеринарии Тверской области', 'organisation', 'На это время запрещены вывоз скота из села и проведение ярмарок'],
    ]);
  });

  it('guard: «Как говорится в письме» after «<post> Name Name направил письмо …» is still the sender\'s', () => {
    expect(found(`${RABIES}Председатель профсоюза Иван Рябов направил письмо губернатору.\n\nКак говорится в письме, зарплату ветеринарам не платят три месяца.`)).toEqual([
      ['indirect', 'Иван Рябов', 'person', 'зарплату ветеринарам не платят три месяца'],
    ]);
  });
});
