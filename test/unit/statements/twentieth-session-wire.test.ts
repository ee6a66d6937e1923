// English wire and agency styles (issue #13; the twentieth session, the misses of dev d1040–d1045, six texts written blind
// in the styles of a French agency in English, a US wire, a financial wire, a Turkish state broadcaster, an Indian agency
// and a Japanese agency). One kind at a time, on made-up people and sentences that are in none of the fixture parts. Each
// case failed on the rules before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('a quotation, then the name and a post of several lower-case words in apposition, then the verb', () => {
  it('"…," Name, policy chief of the … party, said', () => {
    const text = 'Bus fares to rise in April\n\n'
      + '"Nobody asked the passengers," Tomoko Hirase, policy chief of the regional opposition party, said in the assembly.';
    expect(found(text)).toEqual([['direct', 'Tomoko Hirase', 'Nobody asked the passengers']]);
  });

  it('"…," Name, deputy general secretary of the union, told reporters', () => {
    const text = 'Dockers vote to strike\n\n'
      + '"We have waited three years for this offer," Ansel Marwick, deputy general secretary of the dockers\' union, told reporters.';
    expect(found(text)).toEqual([['direct', 'Ansel Marwick', 'We have waited three years for this offer']]);
  });

  it('"…," Name, director of the agency, said keeps working (guard)', () => {
    const text = 'Dockers vote to strike\n\n"The offer is final," Ilse Brandauer, director of the port agency, said.';
    expect(found(text)).toEqual([['direct', 'Ilse Brandauer', 'The offer is final']]);
  });
});

describe('a quotation, then a post whose field is a capitalised list with commas, then the name and the verb', () => {
  it('"…," Energy, Trade and Industry Minister Name told reporters', () => {
    const text = 'Power cuts to end by March\n\n'
      + '"We will not allow another summer of blackouts," Energy, Trade and Industry Minister Daisuke Kanamori told reporters on Tuesday.';
    expect(found(text)).toEqual([['direct', 'Daisuke Kanamori', 'We will not allow another summer of blackouts']]);
  });

  it('"…," Trade and Industry Minister Name said keeps working (guard)', () => {
    const text = 'Power cuts to end by March\n\n"We will not allow another summer of blackouts," Trade and Industry Minister Daisuke Kanamori said.';
    expect(found(text)).toEqual([['direct', 'Daisuke Kanamori', 'We will not allow another summer of blackouts']]);
  });
});

describe('a long state post before a name with initials (Indian agency style), then the surname and "he"', () => {
  it('"<State> Minister for Ports, Inland Navigation and Marine University K R Menon said", "Menon told PTI", "He said"', () => {
    const text = 'Boats kept in harbour\n\n'
      + 'Goa Minister for Ports, Inland Navigation and Marine University K R Menon said the ban would stay until Sunday.\n\n'
      + '"Nobody should take a boat out until the sea calms down," Menon told PTI.\n\n'
      + 'He said the coastal police had been told to enforce it.';
    expect(found(text)).toEqual([
      ['indirect', 'K. R. Menon', 'the ban would stay until Sunday'],
      ['direct', 'K. R. Menon', 'Nobody should take a boat out until the sea calms down'],
      ['indirect', 'K. R. Menon', 'the coastal police had been told to enforce it'],
    ]);
  });

  it('"Minister for Inland Water Engineering A. B. Dutta said": a portfolio ending in "-ing" before initials', () => {
    const text = 'Minister for Inland Water Engineering A. B. Dutta said the embankment would be raised by a metre.';
    expect(found(text)).toEqual([['indirect', 'A. B. Dutta', 'the embankment would be raised by a metre']]);
  });

  it('"Minister for Planning Name Name said" keeps working (guard)', () => {
    const text = 'Minister for Planning Rohan Kapoor said the survey would be finished in May.';
    expect(found(text)).toEqual([['indirect', 'Rohan Kapoor', 'the survey would be finished in May']]);
  });
});

describe('a verb that is also a post\'s word ("state") before a post and a name', () => {
  it('"<Body> state president Name said …": the president speaks, "state" is no verb', () => {
    const text = 'Weavers\' Federation state president Mohan Lal Verma said the new tariff would shut half the looms.';
    expect(found(text)).toEqual([['indirect', 'Mohan Lal Verma', 'the new tariff would shut half the looms']]);
  });

  it('"…," <Body> state secretary Name said', () => {
    const text = 'Looms fall silent\n\n"Half the looms in the district have stopped," Handloom Weavers Union state secretary Anita Kumari said.';
    expect(found(text)).toEqual([['direct', 'Anita Kumari', 'Half the looms in the district have stopped']]);
  });

  it('"The federation\'s members state that …" keeps "state" a verb (guard)', () => {
    const text = 'The federation\'s members state that the tariff would shut half the looms.';
    expect(found(text).map((s) => s[2])).toEqual(['the tariff would shut half the looms']);
  });
});

describe('a people\'s own bodies in the plural, none named, as an unnamed group', () => {
  it('"Dairy farmers\' groups have expressed concern that …"', () => {
    const text = 'Milk quota to be lifted\n\nDairy farmers\' groups have expressed concern that the change would push prices down.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'the change would push prices down']]);
  });

  it('"Taxi drivers\' organisations, however, said …"', () => {
    const text = 'Fares to rise in May\n\nTaxi drivers\' organisations, however, said the rise was too small to cover fuel.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'the rise was too small to cover fuel']]);
  });

  it('"The Taxi Drivers\' Union said …" stays a body (guard)', () => {
    const text = 'Fares to rise in May\n\nThe Taxi Drivers\' Union said the rise was too small to cover fuel.';
    expect(extractStatements(text).map((s) => [s.speakerKind, s.text])).toEqual([['organisation', 'the rise was too small to cover fuel']]);
  });
});

describe('an unnamed source of a body, the body\'s initials in brackets after it', () => {
  it('"A senior official of the <Body> (ACR) said": unnamed, not the initials', () => {
    const text = 'Camps readied as river rises\n\n'
      + 'A senior official of the Assam State Flood Control Board (ASFCB) said relief camps had been set up in 20 villages.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'relief camps had been set up in 20 villages']]);
  });

  it('"The <Body> (ACR) said" stays the body (guard)', () => {
    const text = 'Camps readied as river rises\n\n'
      + 'The Assam State Flood Control Board (ASFCB) said relief camps had been set up in 20 villages.';
    expect(extractStatements(text).map((s) => [s.speakerKind, s.text])).toEqual([['organisation', 'relief camps had been set up in 20 villages']]);
  });
});

describe('a body described, then its name in apposition', () => {
  it('"The national weather service, <Name>, said …": the body, not a person', () => {
    const text = 'Storm to reach coast on Friday\n\nThe national weather service, Meteo Comores, said the storm would reach the coast on Friday.';
    expect(extractStatements(text).map((s) => [s.speaker, s.speakerKind, s.text])).toEqual([
      ['Meteo Comores', 'organisation', 'the storm would reach the coast on Friday'],
    ]);
  });

  it('"The ministry\'s spokesman, Name, said" stays the person (guard)', () => {
    const text = 'Storm to reach coast on Friday\n\nThe ministry\'s spokesman, Tiago Mendes, said the storm would reach the coast on Friday.';
    expect(found(text)).toEqual([['indirect', 'Tiago Mendes', 'the storm would reach the coast on Friday']]);
  });
});

describe('a translated body\'s name with its own language\'s initials in brackets, the head word before "of" or "for"', () => {
  it('"The National Office for Civil Protection and Relief (DNPCS) said": the name, not the initials', () => {
    const text = 'Floods cut roads in the south\n\n'
      + 'The National Office for Civil Protection and Relief (DNPCS) said in a statement that three bridges had been washed away.';
    expect(extractStatements(text).map((s) => [s.speaker, s.speakerKind, s.text])).toEqual([
      ['National Office for Civil Protection and Relief', 'organisation', 'three bridges had been washed away'],
    ]);
  });
});

describe('a quoted fragment after "thanked … for"', () => {
  it('"Name thanked the government for its "…" and said …": the fragment is the speaker\'s', () => {
    const text = 'Rail link agreed\n\nDeputy Transport Minister Farid Aliyev thanked the Georgian government for its "tireless cooperation" '
      + 'and said the line would open in spring.';
    expect(found(text)).toEqual([
      ['partial', 'Farid Aliyev', 'tireless cooperation'],
      ['indirect', 'Farid Aliyev', 'the line would open in spring'],
    ]);
  });
});
