// The English forms the sixth session taught the rules from test-6's misses (issue #13), one at a time, on made-up
// people and sentences that are in none of the fixture parts (fixtures/statements/README.md, "Sixth session: English
// rules from test-6's misses").
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const withKind = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind] as const);
const spans = (text: string) => extractStatements(text).map((s) => [s.kind, s.text] as const);

describe('quotations without an attribution of their own', () => {
  it('after a sentence about a person: "X was unmoved. Asked …, she shrugged. "…""', () => {
    const text = [
      'Councillor Ruth Abernethy said the depot would cost the town its last open field.',
      'Ms. Abernethy was unmoved by the promise of jobs. Asked whether a smaller depot would do, she shrugged. "A smaller depot is still a depot on a field."',
    ].join('\n');
    expect(withKind(text)).toEqual([
      ['indirect', 'Ruth Abernethy', 'person'],
      ['direct', 'Ruth Abernethy', 'person'],
    ]);
  });

  it('after a sentence about someone other than the earlier statement\u2019s speaker', () => {
    const text = 'Harbour master Owen Price said the quay would reopen on Monday. Fenwick was not so sure. "I will believe it when I see a boat tied up there."\n\nSkipper Alan Fenwick has fished from the quay for thirty years.';
    expect(withKind(text)).toEqual([
      ['indirect', 'Owen Price', 'person'],
      ['direct', 'Alan Fenwick', 'person'],
    ]);
  });

  it('a lead-in ending in a colon: its subject, named or not', () => {
    const text = [
      'Greta Lindahl, who has run the ferry cafe since 1996, was blunter when I visited her in June: "The tourists come for a day and leave nothing but litter."',
      'A lorry driver I met at the border crossing asked me: "Why would anyone wait nine hours for a stamp?"',
    ].join('\n');
    expect(withKind(text)).toEqual([
      ['direct', 'Greta Lindahl', 'person'],
      ['direct', 'anonymous', 'anonymous'],
    ]);
  });
});

describe('who a phrase names', () => {
  it('an occupational title before a name is no part of it ("Trustee", "Constable", "Commuter")', () => {
    const text = [
      'Trustee Beatrice Oyelaran said the levy would fall hardest on renters.',
      'Detective Constable Aled Pryce said the van had been found burnt out.',
      'Commuter Farida Noor said she had waited two hours.',
    ].join('\n');
    expect(withKind(text)).toEqual([
      ['indirect', 'Beatrice Oyelaran', 'person'],
      ['indirect', 'Aled Pryce', 'person'],
      ['indirect', 'Farida Noor', 'person'],
    ]);
  });

  it('keeps the Irish particle Ó, and Ní / Mac', () => {
    const text = 'Seosamh Ó Dónaill, the harbour board\u2019s chairman, said the pier would be rebuilt by spring. Aoife Ní Mhurchú said the grant was too small.';
    expect(withKind(text)).toEqual([
      ['indirect', 'Seosamh Ó Dónaill', 'person'],
      ['indirect', 'Aoife Ní Mhurchú', 'person'],
    ]);
  });

  it('"the Pole said", "the New Zealander added": the person just named', () => {
    const text = [
      'Rovers coach Andrzej Zielonka said his side had deserved the point.',
      '"We never stopped running," the Pole said.',
      'Winger Tama Reihana, who scored twice, said the pitch had been heavy. "It was like running in sand," the New Zealander added.',
    ].join('\n');
    expect(withKind(text)).toEqual([
      ['indirect', 'Andrzej Zielonka', 'person'],
      ['direct', 'Andrzej Zielonka', 'person'],
      ['indirect', 'Tama Reihana', 'person'],
      ['direct', 'Tama Reihana', 'person'],
    ]);
  });

  it('"the son of one victim" is an unnamed source', () => {
    const text = 'Outside the court, the son of one victim said the family would appeal against the sentence.';
    expect(withKind(text)).toEqual([['indirect', 'anonymous', 'anonymous']]);
  });

  it('a family name written first before a hyphenated given name, then alone with an age', () => {
    const text = [
      'Coach Han Jae-won said the squad would be named on Friday. Asked whether goalkeeper Seo Min-ho would play, Han said the decision was not made.',
      'Seo, 34, told reporters that he was fit.',
    ].join('\n');
    expect(withKind(text)).toEqual([
      ['indirect', 'Han Jae-won', 'person'],
      ['indirect', 'Han Jae-won', 'person'],
      ['indirect', 'Seo Min-ho', 'person'],
    ]);
  });

  it('"More from X, who says": the one it is from', () => {
    const text = '10:42 More from Ines Falk, who says the bridge will stay shut until the river drops.';
    expect(withKind(text)).toEqual([['indirect', 'Ines Falk', 'person']]);
  });

  it('a live blog\u2019s time stamp before the subject: "he writes" is that person', () => {
    const text = [
      'The operator\u2019s director, Nadia Karim, said crews were out. "We are doing what we can," she said.',
      '11:05 Viewer Colin Marsh has sent a photo of the flooded square. "The water came up in ten minutes," he writes.',
    ].join('\n');
    expect(withKind(text).at(-1)).toEqual(['direct', 'Colin Marsh', 'person']);
  });

  it('"The Town manager" (a team or body before the role word)', () => {
    const text = 'Albion boss Kevin Roche watched from the stand. The Albion manager claimed the goal was "clearly offside" and vowed to complain.';
    expect(withKind(text)).toEqual([
      ['indirect', 'Kevin Roche', 'person'],
      ['partial', 'Kevin Roche', 'person'],
    ]);
  });
});

describe('third check batch (d312–d313)', () => {
  it('a West African honorific is no part of a name, and "The Irish-born coach was …:" is the coach just named', () => {
    const text = [
      'Market union chairman Alhaji Bello Sani said the stalls would reopen next week.',
      'The club\u2019s coach, Declan Moriarty, said the squad was tired. The Irish-born coach was calmer after the game: "We will learn more from this than from any win."',
    ].join('\n');
    expect(withKind(text)).toEqual([
      ['indirect', 'Bello Sani', 'person'],
      ['indirect', 'Declan Moriarty', 'person'],
      ['direct', 'Declan Moriarty', 'person'],
    ]);
  });

  it('a lead that calls a business by its workplace ("the distillery announced"), then names it', () => {
    const text = [
      'One of Scotland\u2019s smallest whisky makers will stop production in March, the distillery announced on Friday, citing the cost of barley.',
      'Glenardoch Distillers, which has operated on Islay since 1881, said it would keep its visitor centre open.',
    ].join('\n\n');
    expect(withKind(text)).toEqual([
      ['indirect', 'Glenardoch Distillers', 'organisation'],
      ['indirect', 'Glenardoch Distillers', 'organisation'],
    ]);
  });
});

describe('fourth check batch (d314–d315)', () => {
  it('"Paramedics in X say" (a people plural in -ics), "The figures, published by X, show that"', () => {
    const text = [
      'Paramedics in the valleys say crews are waiting hours outside the county hospital.',
      'The figures, published by the Northern Fire Service, show that call-outs rose by a fifth last year.',
    ].join('\n');
    expect(withKind(text)).toEqual([
      ['indirect', 'anonymous', 'anonymous'],
      ['indirect', 'Northern Fire Service', 'organisation'],
    ]);
  });

  it('"X, the water utility serving …, warned that", then "The utility said"', () => {
    const text = 'Kessler Wasserwerke, the water utility serving the lower Rhine valley, warned on Monday that it may limit supplies. The utility said its wells had fallen to a record low.';
    expect(withKind(text)).toEqual([
      ['indirect', 'Kessler Wasserwerke', 'organisation'],
      ['indirect', 'Kessler Wasserwerke', 'organisation'],
    ]);
  });
});

describe('body or person', () => {
  it('what the text says of a name: "X said its …", and names ending in a business word or a country', () => {
    const text = [
      'Ärzte der Welt said its clinics in the camp had run out of insulin.',
      'The contractor, Brookfield Environmental, said a shortage of drivers had caused the delays.',
      'Transport Scotland said the new timetable would start in May.',
    ].join('\n');
    expect(withKind(text)).toEqual([
      ['indirect', 'Ärzte der Welt', 'organisation'],
      ['indirect', 'Brookfield Environmental', 'organisation'],
      ['indirect', 'Transport Scotland', 'organisation'],
    ]);
  });

  it('a body described by an apposition with a relative clause, and bodies of a kind left unnamed', () => {
    const text = [
      'Fundación Río Claro, a nonprofit that runs clinics in the valley, said its doctors had treated 300 people.',
      'Shops on the high street say the roadworks have halved their takings.',
    ].join('\n');
    expect(withKind(text)).toEqual([
      ['indirect', 'Fundación Río Claro', 'organisation'],
      ['indirect', 'anonymous', 'anonymous'],
    ]);
  });
});

describe('reported speech', () => {
  it('a clause ends at "and praised" / "but warned that", and the second frame is read', () => {
    const text = 'Dr. Ivo Brandt, a paediatrician at the county hospital, welcomed the scheme but warned that rural families would struggle to reach the clinics.';
    expect(spans(text)).toEqual([['indirect', 'rural families would struggle to reach the clinics']]);
    const second = 'Coach Lena Sorensen said it was "a deserved win" and praised the crowd for its patience.';
    expect(spans(second)).toEqual([
      ['indirect', 'it was "a deserved win"'],
      ['partial', 'a deserved win'],
    ]);
  });

  it('"called … "…" and said he would …" after a subject with an abbreviated title and an apposition', () => {
    const text = 'State Sen. Paul Ingram, a Democrat whose district borders the reservoir, called the plan "reckless" and said he would ask the auditor to review it.';
    expect(withKind(text).filter(([kind]) => kind === 'indirect')).toEqual([['indirect', 'Paul Ingram', 'person']]);
  });

  it('a wire lead with its attribution at the end, a long listener before "that", a clause past ", although …"', () => {
    const text = [
      'OSLO, June 2 (Reuters) - Fjordline Bank, Norway\u2019s fifth-largest lender, is in talks to buy a Danish rival, according to two people familiar with the matter, in what would be its first deal abroad.',
      'The people said a deal could be signed in July, although the price had not been agreed.',
      'Its chief executive, Siri Holm, told a meeting of shareholders at the bank\u2019s headquarters in Bergen on Tuesday that the bank had room to grow.',
    ].join('\n');
    expect(spans(text)).toEqual([
      ['indirect', 'Fjordline Bank, Norway\u2019s fifth-largest lender, is in talks to buy a Danish rival'],
      ['indirect', 'a deal could be signed in July, although the price had not been agreed'],
      ['indirect', 'the bank had room to grow'],
    ]);
  });

  it('"until 6pm." ends a sentence, and "announced here" is only where', () => {
    const text = 'The warning runs until 6pm. A forecaster told us the worst of the wind had passed.\nBEIJING, May 3 (Xinhua) -- Chinese engineers have built a bridge in eleven days, officials announced here on Monday.';
    expect(withKind(text)).toEqual([
      ['indirect', 'anonymous', 'anonymous'],
      ['indirect', 'anonymous', 'anonymous'],
    ]);
  });
});

describe('round 2 (test-7)', () => {
  it('the first of two family names is the person named in full ("Castaño" for "Name Castaño Ruiz")', () => {
    const text = '"The wells are dry," said Marisol Ferrer Llull, a hydrologist at the basin authority. Ferrer said the aquifer had dropped by four metres.';
    expect(withKind(text)).toEqual([
      ['direct', 'Marisol Ferrer Llull', 'person'],
      ['indirect', 'Marisol Ferrer Llull', 'person'],
    ]);
  });

  it('an opening participle clause is no subject; the titled name after it speaks', () => {
    const text = 'Speaking for the fishing villages, Chief Kofi Mensah-Badu, the headman of Ankobra, said the catch had halved.';
    expect(withKind(text)).toEqual([['indirect', 'Kofi Mensah-Badu', 'person']]);
  });

  it('a time adverbial without a comma opens no speaker phrase; "the council" is the council the text named', () => {
    const text = 'Brenmoor Borough Council defended the charges. Last night the council said it would refund every driver.';
    expect(withKind(text)).toEqual([['indirect', 'Brenmoor Borough Council', 'organisation']]);
  });

  it('a role with a lower-case field before the name: a later "He said" is that person', () => {
    const text = 'Winger Tom Ellery said the pitch was heavy. Castleford head of recruitment Ian Pardoe-West was furious. He said the try should never have stood.';
    expect(withKind(text)).toEqual([
      ['indirect', 'Tom Ellery', 'person'],
      ['indirect', 'Ian Pardoe-West', 'person'],
    ]);
  });

  it('an age, or a post without an article, between commas after a quotation\u2019s speaker', () => {
    const text = [
      'Relief agencies said the camp was full.',
      '"We slept under a truck for a week," Amina Yusufu, 29, told the BBC.',
      '"Every second counts," Kenji Mori, head of the agency\u2019s warning division, told reporters.',
    ].join('\n');
    expect(withKind(text).slice(1)).toEqual([
      ['direct', 'Amina Yusufu', 'person'],
      ['direct', 'Kenji Mori', 'person'],
    ]);
  });

  it('a post and a name after a body\u2019s name: the person speaks, not the body', () => {
    const text = 'Federation of Alpine Ski Schools chief executive Dr Petra Lindqvist said bookings had fallen by a third.';
    expect(withKind(text)).toEqual([['indirect', 'Petra Lindqvist', 'person']]);
  });

  it('a lone name described, then "said it": a body', () => {
    const text = 'Condorair, the airport\u2019s largest customer, said it expected to cut three routes.';
    expect(withKind(text)).toEqual([['indirect', 'Condorair', 'organisation']]);
  });

  it('a utility named by what it does is a body; "Our reporter Name" is the named person', () => {
    const text = [
      'About 8,000 homes are without power, according to Northern Grid Distribution.',
      'Our correspondent Elin Parry is in Aberaeron. She says the harbour wall has been breached.',
    ].join('\n');
    expect(withKind(text)).toEqual([
      ['indirect', 'Northern Grid Distribution', 'organisation'],
      ['indirect', 'Elin Parry', 'person'],
    ]);
  });

  it('a person noun as the post before a name; "alleged that" reports', () => {
    const text = [
      'Retired lorry driver Dennis Hobart, 68, said he had paid the fine twice.',
      'Former alderman Rajesh Kulkarni alleged that the board had hidden the losses.',
    ].join('\n');
    expect(withKind(text)).toEqual([
      ['indirect', 'Dennis Hobart', 'person'],
      ['indirect', 'Rajesh Kulkarni', 'person'],
    ]);
  });

  it('a second verb of the same subject after an abbreviation\u2019s full stop ("… 6 a.m., but conceded that …")', () => {
    const text = 'Depot manager Carla Huxley said the first bus left at 6 a.m., but conceded that two routes had not run at all.';
    expect(withKind(text)).toEqual([
      ['indirect', 'Carla Huxley', 'person'],
      ['indirect', 'Carla Huxley', 'person'],
    ]);
  });

  it('a document with its own title in apposition speaks for its author', () => {
    const text = 'The Coalition\u2019s yearly review, Broken Promises, found that only a third of the wells had been repaired.';
    expect(withKind(text)).toEqual([['indirect', 'Coalition', 'organisation']]);
  });
});
