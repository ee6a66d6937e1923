// The thirty-fifth session's misses left in dev and the read parts, by shape: each rule's case in fresh words and invented
// names (none of the fixtures' sentences). Each case failed on the rules before the change but the guards (marked so),
// which pass on both.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);
const clauses = (text: string) => found(text).filter((s) => s[0] === 'indirect');

describe('English: a "that" verb that is a noun too, right before "said" (attribution.ts SAID_AFTER_NOUN)', () => {
  it('"An envoy from a Baltic state said …": "state" is the noun, the clause follows "said"', () => {
    expect(clauses('Harbour talks\n\nAn envoy from a Baltic state said the talks were going well.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the talks were going well'],
    ]);
  });

  it('"A delegate of one member state told reporters …" the same', () => {
    expect(clauses('Quotas\n\nA delegate of one member state told reporters the quota would be cut.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the quota would be cut'],
    ]);
  });

  it('guard: a document\'s noun before "said" is read as before ("Her report said …" is still hers)', () => {
    const text = 'Sea wall\n\nThe council\'s engineer, Morwenna Tregear, had advised against the plan. Her report said the wall would fail within ten years.';
    expect(clauses(text).map((c) => c.slice(0, 3))).toEqual([['indirect', 'Morwenna Tregear', 'person']]);
  });

  it('guard: "states that" with nothing after it but its clause is still the verb', () => {
    expect(clauses('Berths\n\nThe Harbour Board states that berths will be allocated by lottery.')).toEqual([
      ['indirect', 'Harbour Board', 'organisation', 'berths will be allocated by lottery'],
    ]);
  });
});

describe('English: an aside after a gerund subject, or one opened by "especially" (aside-after-clause-subject.ts)', () => {
  it('"Doctors warn discharging patients, particularly at weekends, can …" is an unnamed clause', () => {
    expect(clauses('Discharges\n\nDoctors warn discharging patients, particularly at weekends, can leave them without care.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'discharging patients, particularly at weekends, can leave them without care'],
    ]);
  });

  it('"insisted the levy, especially in winter, was …": a noun subject with such an aside too', () => {
    expect(clauses('Levy\n\nCouncillor Bryn Talfan insisted the levy, especially in winter, was fair.')).toEqual([
      ['indirect', 'Bryn Talfan', 'person', 'the levy, especially in winter, was fair'],
    ]);
  });

  it('guard: a gerund object with an aside and no finite verb after it is no clause', () => {
    expect(clauses('Court\n\nThe driver denied taking the van, which was parked outside, and left.')).toEqual([]);
  });
});

describe('English: a fronted setting is no apposition, and a party\'s letters after the name (speaker-resolver.ts, attribution.ts)', () => {
  it('"At the district council, Name Name said …" is a person speaking there', () => {
    expect(clauses('Budget\n\nAt the district council, Hamish Rennie said the budget was short.')).toEqual([
      ['indirect', 'Hamish Rennie', 'person', 'the budget was short'],
    ]);
  });

  it('"At the county assembly, Name Name (KrF, H) called … and said …": a person, both statements found', () => {
    expect(found('Ferry\n\nAt the county assembly, Ingrid Vassbotn (KrF, H) called the plan "a costly mistake" and said her party would vote against it.')).toEqual([
      ['partial', 'Ingrid Vassbotn', 'person', 'a costly mistake'],
      ['indirect', 'Ingrid Vassbotn', 'person', 'her party would vote against it'],
    ]);
  });

  it('guard: a body\'s short form in brackets after its name stays a body\'s', () => {
    expect(clauses('Boats\n\nAt the harbour meeting, Nordhavn Fiskarlag (NF) said the quota was too low.')).toEqual([
      ['indirect', 'Nordhavn Fiskarlag', 'organisation', 'the quota was too low'],
    ]);
  });
});

describe('English: a name in apposition that speaks as "it", then "The company said" (body-speaking-as-it.ts)', () => {
  it('", Name Name, said it …" then "The company said …": the name is the company', () => {
    expect(clauses('Ferry\n\nThe operator of the Nordby route, Skjærgård Linjer, said it would cut the late sailings.\n\nThe company said the last boat would run in May.')).toEqual([
      ['indirect', 'Skjærgård Linjer', 'organisation', 'it would cut the late sailings'],
      ['indirect', 'Skjærgård Linjer', 'organisation', 'the last boat would run in May'],
    ]);
  });
});

describe('English: a trade before a surname with a patronymic prefix (speaker-phrase.ts namedBody)', () => {
  it('"Bus operator Delroy McIntyre said …" is a person', () => {
    expect(clauses('Bridge\n\nBus operator Delroy McIntyre said the bridge was unsafe.')).toEqual([
      ['indirect', 'Delroy McIntyre', 'person', 'the bridge was unsafe'],
    ]);
  });

  it('guard: "Ferry operator Kestrel Lines said …" stays the business', () => {
    expect(clauses('Ferry\n\nFerry operator Kestrel Lines said the crossing would stop.')).toEqual([
      ['indirect', 'Kestrel Lines', 'organisation', 'the crossing would stop'],
    ]);
  });
});

describe('English: Māori and Hawaiian bodies\' names (speaker-phrase.ts BODY_NAME_STARTS, vocabulary.ts NAME_PARTICLES)', () => {
  it('"Ngāti Name says it will …" is an iwi, a body', () => {
    expect(clauses('Consent\n\nNgāti Whenuaroa says it will appeal the water consent.')).toEqual([
      ['indirect', 'Ngāti Whenuaroa', 'organisation', 'it will appeal the water consent'],
    ]);
  });

  it('"The Hui o Kona Paddling Association said …": the "o" (of) inside a body\'s name', () => {
    expect(clauses('Race\n\nThe Hui o Kona Paddling Association said in a statement that the race would go ahead.')).toEqual([
      ['indirect', 'Hui o Kona Paddling Association', 'organisation', 'the race would go ahead'],
    ]);
  });
});

describe('English: a name\'s particle inside the body before a post (speaker-phrase.ts particleInBody, LONE_PARTICLES)', () => {
  it('"Te Rūnanga o Waiharara chairperson Name Name said …" is the chairperson\'s', () => {
    expect(clauses('Water\n\nTe Rūnanga o Waiharara chairperson Mereana Tipene said the hapū had not been asked.')).toEqual([
      ['indirect', 'Mereana Tipene', 'person', 'the hapū had not been asked'],
    ]);
  });

  it('guard: an "o" before another particle joins nothing ("The Sui o le Nu\'u of …, Name Name, told …" is the name\'s)', () => {
    expect(clauses('Sea wall\n\nThe Sui o le Nu\'u of Lalomalava, Fiame Tavita Leota, told the paper three families had moved inland.')).toEqual([
      ['indirect', 'Fiame Tavita Leota', 'person', 'three families had moved inland'],
    ]);
  });
});

describe('English: a body called by its web address (speaker-phrase.ts WEB_ADDRESS_RE)', () => {
  it('"According to bikeshare.lisboa, the city\'s bike-share operator, …" is the body\'s clause', () => {
    expect(clauses('Bikes\n\nAccording to bikeshare.lisboa, the city\'s bike-share operator, use rose by a third last year.')).toEqual([
      ['indirect', 'bikeshare.lisboa', 'organisation', 'use rose by a third last year'],
    ]);
  });

  it('guard: "a.m." is no address (the clause and its owner as before)', () => {
    expect(clauses('Shop\n\nThe shop will open at 9 a.m. on weekdays, the owner said.')).toEqual([
      ['indirect', null, null, 'The shop will open at 9 a.m. on weekdays'],
    ]);
  });
});

describe('English: "the department" for the body the text called a department in apposition (speaker-resolver.ts bodyApposedAs)', () => {
  it('"Name, the canton\'s roads department, said …" then other bodies, then "The department said …"', () => {
    const text = 'Pass road\n\nThe Hollin pass will stay shut until Friday, Routes Cantonales, the canton\'s roads department, said.\n\n'
      + 'The Hollin Ski Club said its members would help clear the car park. The Kestrel Weather Institute said more snow was due.\n\n'
      + 'The department said a decision would be taken on Thursday.';
    expect(clauses(text).at(-1)).toEqual(['indirect', 'Routes Cantonales', 'organisation', 'a decision would be taken on Thursday']);
  });
});
