// The twenty-seventh session, test-36 read: English people. A post's field that a text prints before a name and in
// lower case before a post is no title the text teaches (post-field-not-title.ts); a portfolio ending in "-ness",
// "-ices", "-ics" and a shadow post's field after "on" before a name (speaker-phrase.ts); a port's trades as nouns for a
// person (vocabulary.ts); a lone name with ", who farms / has lived / has worked …" a person's
// (lone-name-described-as-person.ts); a party's name opening a body described in lower case, "Leader of the Independent
// group Name" (lower-case-body-before-name.ts). Made-up people, places and sentences in none of the fixture parts; each
// case failed on the rules before the change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const speakers = (text: string) => extractStatements(text).map((s) => (s.anonymous ? 'anonymous' : s.speakerKind === 'organisation' ? `${s.speaker} (org)` : s.speaker));

describe('English: a post\'s field is no title, and a field before a name (post-field-not-title.ts, speaker-phrase.ts)', () => {
  it('"Shadow Spokesman on Transport Name" and "Minister of A, B and C Name": each by name, the field dropped', () => {
    const text = 'Shadow Spokesman on Transport Desmond Okafor-Lyle said the timetable had been rushed. "Nobody asked the commuters," Okafor-Lyle said.\n\n'
      + 'Minister of Transport, Works and Housing Lorraine Abernethy-Small told the chamber that the new timetable would start in May. Drivers had been trained, the minister said.';
    expect(speakers(text)).toEqual(['Desmond Okafor-Lyle', 'Desmond Okafor-Lyle', 'Lorraine Abernethy-Small', 'Lorraine Abernethy-Small']);
  });

  it('"Leader of Council Business Name said": a portfolio in "-ness"', () => {
    expect(speakers('Leader of Council Business Imogen Thackeray-Pell said the vote would be held on Thursday.')).toEqual(['Imogen Thackeray-Pell']);
  });

  it('"Vice President for Campus Services Name said": a portfolio in "-ices"', () => {
    expect(speakers('Vice President for Campus Services Marguerite Olafsen said the dining hall would reopen in the autumn.')).toEqual(['Marguerite Olafsen']);
  });

  it('guard: "Minister for Tourism Name said": as before', () => {
    expect(speakers('Minister for Tourism Gareth Pryce-Jones said visitor numbers had doubled.')).toEqual(['Gareth Pryce-Jones']);
  });
});

describe('English: a port\'s trade before a name (vocabulary.ts)', () => {
  it('"Stevedore Name, who …, said": the name without the trade', () => {
    expect(speakers('Stevedore Anselme Pothin, who has loaded ships at the quay since 1998, said the cranes were idle.')).toEqual(['Anselme Pothin']);
  });

  it('"Boatman Name said": the name without the trade', () => {
    expect(speakers('Boatman Tevita Halafihi said the channel had silted up.')).toEqual(['Tevita Halafihi']);
  });
});

describe('English: a lone name described by a "who" of a person\'s life (lone-name-described-as-person.ts)', () => {
  it('"Name, who farms six acres, said … she said": a person, both times', () => {
    const text = 'Growers gathered at the depot on Friday. Sanjeshni, who farms six acres near the river, said her cane had dried out in the sun.\n\n"We lose money every day it waits," she said.';
    expect(speakers(text)).toEqual(['Sanjeshni', 'Sanjeshni']);
  });

  it('"Name, who has lived beside the lagoon all her life, said": a person', () => {
    expect(speakers('Kalolaine, who has lived beside the lagoon all her life, said the water had never been so high.')).toEqual(['Kalolaine']);
  });

  it('guard: "Oxfam, who work in …, said": still a body', () => {
    expect(speakers('Oxfam, who work in more than 80 countries, said the appeal had raised £2m.')).toEqual(['Oxfam (org)']);
  });

  it('guard: "Kestrel Transit, which runs 40 buses, said": still a body', () => {
    expect(speakers('Kestrel Transit, which runs 40 buses in the county, said fares would rise.')).toEqual(['Kestrel Transit (org)']);
  });
});

describe('English: a party\'s name opening a body described in lower case (lower-case-body-before-name.ts)', () => {
  it('"Chair of the Green group Name said": the name', () => {
    expect(speakers('Chair of the Green group Orla Featherstonhaugh said members would vote against the budget.')).toEqual(['Orla Featherstonhaugh']);
  });

  it('"Leader of the Liberal Democrat group Name said": the name', () => {
    expect(speakers('Leader of the Liberal Democrat group Orla Featherstonhaugh said members would vote against the budget.')).toEqual(['Orla Featherstonhaugh']);
  });

  it('guard: "Head of the regional water agency Name said": as before', () => {
    expect(speakers('Head of the regional water agency Ketut Sudarsa said the dam was full.')).toEqual(['Ketut Sudarsa']);
  });
});
