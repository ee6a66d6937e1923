// The English forms the fifth session taught the rules (issue #13), one at a time, on made-up people and
// sentences that are in none of the fixture parts (fixtures/statements/README.md, "Fifth session: English rules").
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const speakers = (text: string) => extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker] as const);
const withKind = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind] as const);

describe('documents as speakers', () => {
  it('"a study published by X found that", then "the study said": the author', () => {
    const text = [
      'A study published on Monday by the University of Tromsø found that Arctic char were spawning three weeks earlier than in 1990.',
      'The study said warmer rivers were the most likely cause.',
    ].join('\n');
    expect(withKind(text)).toEqual([
      ['indirect', 'University of Tromsø', 'organisation'],
      ['indirect', 'University of Tromsø', 'organisation'],
    ]);
  });

  it('a poll by its maker ("A Gallup poll for the Herald"), a survey carried out for a body, figures with a body\u2019s name', () => {
    const text = [
      'A Kantar poll for the Evening Courier found that 62% of drivers backed the new bypass.',
      'A survey of 2,400 nurses carried out for the Royal College of Midwifery found that one in three planned to leave within five years.',
      'Statistics Norway figures published last week showed that house prices fell 4% in the autumn.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'Kantar'],
      ['indirect', 'Royal College of Midwifery'],
      ['indirect', 'Statistics Norway'],
    ]);
  });

  it('a document without a named author is an unnamed source, and stays one ("The audit said")', () => {
    const text = 'An audit of the harbour authority\u2019s accounts found that two contracts had been signed without a tender. The audit said the board had not been told.';
    expect(speakers(text)).toEqual([
      ['indirect', 'anonymous'],
      ['indirect', 'anonymous'],
    ]);
  });

  it('"…, an independent report has found." then "The report, by X, said": the lead\u2019s report is X\u2019s', () => {
    const text = [
      'Delays at the border crossing cost hauliers £90m last year, an independent report has found.',
      '',
      'The report, by the Freight Transport Observatory, said queues were longest on Fridays.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'Freight Transport Observatory'],
      ['indirect', 'Freight Transport Observatory'],
    ]);
  });

  // (The twenty-third session's settled convention: a named firm's economists speak as the firm, research-firm.ts.)
  it('"X said in a note …" then "The note said": the note is X\u2019s (an unnamed source\u2019s stays unnamed)', () => {
    const text = [
      'Economists at Fenwick Bank said in a note that inflation had peaked. The note said rates would fall in the spring.',
      'Traders said in a letter that the rules were unworkable. The letter said fees had tripled.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'Fenwick Bank'],
      ['indirect', 'Fenwick Bank'],
      ['indirect', 'anonymous'],
      ['indirect', 'anonymous'],
    ]);
  });

  it('a partial quote after "found", and a memo seen by a newspaper is not the newspaper\u2019s', () => {
    const text = [
      'The ministry has ordered new checks after the Marston Review found "systemic failures" in how grants were paid.',
      'An internal Treasury memo seen by the Herald warned that the scheme would overrun by £2bn.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['partial', 'Marston Review'],
      ['indirect', 'Treasury'],
    ]);
  });
});

describe('titles, names and described people', () => {
  it('a long title before the name at a sentence\u2019s end ("…," said the deputy head of X\u2019s Y unit, Name.)', () => {
    const text = [
      '"Nobody will be turned away," said the deputy head of the county health authority\u2019s emergency planning unit, Rosa Lindqvist.',
      'The queues will ease by the weekend, said the director of the Valley Water Company\u2019s customer services division, Dr. Omar Haddad.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['direct', 'Rosa Lindqvist'],
      ['indirect', 'Omar Haddad'],
    ]);
  });

  it('a person described first and named, with an age, opening the next paragraph\u2019s statement', () => {
    const text = [
      'A retired bus driver who lives opposite the depot said the noise started at four every morning.',
      '',
      '"I have not slept properly since March," said Dennis Farrow, 71.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'Dennis Farrow'],
      ['direct', 'Dennis Farrow'],
    ]);
  });

  it('"Mr." and "Ms." pick the right one of two people with one surname', () => {
    const text = [
      'Lucia Marchetti runs the bakery with her husband, Enzo Marchetti.',
      'Mr. Marchetti said the flour price had doubled. Ms. Marchetti said they would not raise the price of bread.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'Enzo Marchetti'],
      ['indirect', 'Lucia Marchetti'],
    ]);
  });

  it('a lower-case person noun or an abbreviated post before a name ("Council member Name", "Gov. Name", "Superintendent Name")', () => {
    const text = [
      'Council member Hana Petrovic said the library would reopen in May.',
      'Gov. Alan Whitcombe said the state would pay for the repairs.',
      'Superintendent Grace Obi said the buses would run on time.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'Hana Petrovic'],
      ['indirect', 'Alan Whitcombe'],
      ['indirect', 'Grace Obi'],
    ]);
  });

  it('"she" after a sentence naming two people: the subject, unless only the other is marked with her gender', () => {
    const text = [
      'Mayor Irene Balogun met the contractor\u2019s founder, Viktor Lanz, on Friday. She said the works would finish by June.',
      'Councillor Tom Reddy visited Ruth Okoye\u2019s daughter, Ada Okoye, at the school. She said the family wanted a crossing outside the gates.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'Irene Balogun'],
      ['indirect', 'Ada Okoye'],
    ]);
  });
});

describe('bodies', () => {
  it('"the city" is the place the text names; "the trust" is the body just named; "a name, a trade group,"', () => {
    const text = [
      'The city of Lowell has agreed to pay $2m to the family. The city said it had changed its procedures.',
      'Mid Coast Ambulance Service said it was sorry. The trust said demand had been very high.',
      'The Maine Lobster Union, a trade group, said prices would rise.',
    ].join('\n');
    expect(withKind(text)).toEqual([
      ['indirect', 'Lowell', 'organisation'],
      ['indirect', 'Mid Coast Ambulance Service', 'organisation'],
      ['indirect', 'Mid Coast Ambulance Service', 'organisation'],
      ['indirect', 'Maine Lobster Union', 'organisation'],
    ]);
  });

  it('"It did not admit fault, but said …", "according to X, which said …", commas inside a body\u2019s name', () => {
    const text = [
      'The county did not admit fault in the settlement, but said it had fixed the railings.',
      'Floods damaged 300 homes last winter, according to the Severn Catchment Partnership, which said most were uninsured.',
      'A spokesman for the Department of Transport, Tourism and Sport said the road would reopen on Monday.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'county'],
      ['indirect', 'Severn Catchment Partnership'],
      ['indirect', 'Severn Catchment Partnership'],
      ['indirect', 'anonymous'],
    ]);
  });

  it('"the union" is a workers\u2019 body the text names in passing ("president of the Transport Workers local")', () => {
    const text = 'Ana Ruiz, who leads the Harbour Transport Workers local, said the strike would go ahead. The union said talks had failed.';
    expect(speakers(text)).toEqual([
      ['indirect', 'Ana Ruiz'],
      ['indirect', 'Harbour Transport Workers'],
    ]);
  });

  it('"the company" in a lead is the business the sentence names as owner', () => {
    expect(speakers('A fault in Pellion\u2019s heat pumps left 9,000 homes without hot water, the company has admitted.')).toEqual([
      ['indirect', 'Pellion'],
    ]);
  });
});

describe('unnamed sources', () => {
  it('"a person briefed on …" then "the person said"; "one of them told me"; a person named inside the source\u2019s clause', () => {
    const text = [
      'A person briefed on the talks said the buyer had walked away. The person said a new offer was unlikely.',
      'Officials at the port say the cranes are too old. One of them told me the repairs would take a year.',
      'The minister, Olga Varga, had misled parliament, a European diplomat said. "Everyone in the room knew it," the diplomat said.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'anonymous'],
      ['indirect', 'anonymous'],
      ['indirect', 'anonymous'],
      ['indirect', 'anonymous'],
      ['indirect', 'anonymous'],
      ['direct', 'anonymous'],
    ]);
  });

  it('one person of a party or a post, or described by any noun ("one senior Republican", "one Green MP", "one paramedic", "a woman whose …")', () => {
    const text = [
      'One senior Republican said the bill would not pass.',
      'One Green MP said the party would abstain.',
      'One paramedic, who asked not to be named, said crews had waited six hours.',
      'A woman whose son was injured said the crossing had no lights.',
      'One woman waiting outside the clinic said she had been there since dawn.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'anonymous'],
      ['indirect', 'anonymous'],
      ['indirect', 'anonymous'],
      ['indirect', 'anonymous'],
      ['indirect', 'anonymous'],
    ]);
  });

  it('"Another claimed …" after an unnamed source, and "The woman, who …, said" after a woman left unnamed', () => {
    const text = [
      'One porter said the lifts had been broken for weeks. Another claimed that patients were carried up the stairs.',
      'A former cleaner at the hotel has said she was never paid for overtime. The woman, who left in June, said managers kept the tips.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'anonymous'],
      ['indirect', 'anonymous'],
      ['indirect', 'anonymous'],
      ['indirect', 'anonymous'],
    ]);
  });

  it('plural and grouped forms ("Families on the estate say", "allies of the mayor", "witnesses and a local group", "local authorities")', () => {
    const text = [
      'Families on the Eastfield estate say the lifts have been broken for a month.',
      'The mayor will resign next week, allies of the mayor said.',
      'Eleven people died in the fire, witnesses and a local rescue group said.',
      'The road will stay closed until Friday, local authorities said.',
      'The deal could be announced on Monday, the people said, though they cautioned that it could still fall apart.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'anonymous'],
      ['indirect', 'anonymous'],
      ['indirect', 'anonymous'],
      ['indirect', 'anonymous'],
      ['indirect', 'anonymous'],
      ['indirect', 'anonymous'],
    ]);
  });
});

describe('fifth session, round 2 (d258–d267)', () => {
  it('a body speaks through a statement signed by someone ("The ministry, in a statement signed by its spokesman, Name, said")', () => {
    const text = 'The Ministry of Water Resources, in a statement signed by its spokesman, Idris Balogun, said repairs to the dam would start in March.';
    expect(withKind(text)).toEqual([['indirect', 'Ministry of Water Resources', 'organisation']]);
  });

  it('a short occasion before a capitalised subject: "In sentencing, Judge Name praised … and said"', () => {
    const text = 'In sentencing, Judge Miriam Castellano praised the defendant\u2019s candour and said it had shortened the trial by a week.';
    expect(speakers(text)).toEqual([['indirect', 'Miriam Castellano']]);
  });

  it('a described person with a number in the description, or an age before the name', () => {
    const text = [
      'A 200-level engineering student at the polytechnic said the hostel had been without water for nine days.',
      'One of the tenants, 74-year-old Harold Penrose, said the landlord had never answered his letters.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'anonymous'],
      ['indirect', 'Harold Penrose'],
    ]);
  });

  it('a one-word quotation after a modal or "found", inside a reported clause, is a partial quotation', () => {
    const text = 'Residents of Larkmoor say the new quarry will "ruin" the valley. The council said its inspectors had found "unsafe" storage of explosives.';
    expect(extractStatements(text).filter((s) => s.kind === 'partial').map((s) => s.text)).toEqual(['ruin', 'unsafe']);
  });

  it('"Save the Children"-shaped names are bodies; "Name of the University of X" stays a person', () => {
    const text = [
      'Rents in the capital rose by a fifth last year, Campaign for Fair Housing said on Monday.',
      'Dr Tomasz Wierzbicki of the University of Gdańsk said the figures were probably too low.',
    ].join('\n');
    expect(withKind(text)).toEqual([
      ['indirect', 'Campaign for Fair Housing', 'organisation'],
      ['indirect', 'Tomasz Wierzbicki', 'person'],
    ]);
  });

  it('a document by an unnamed person at a named body is the body\u2019s, even when the sentence naming it frames no clause', () => {
    const text = [
      'Hartfield Developments wants to build 90 homes on the site.',
      'A report by a conservation officer at Dorset Council recommends that the plan be refused.',
      'The report says the meadow is an important habitat for ground-nesting birds.',
    ].join('\n');
    expect(withKind(text).at(-1)).toEqual(['indirect', 'Dorset Council', 'organisation']);
  });

  it('a document by a body\u2019s unit ("the charity\u2019s research team") speaks for the body', () => {
    const text = 'The Larkspur Housing Trust said homelessness was rising. A survey by the charity\u2019s research team found that one in ten renters had been threatened with eviction.';
    expect(withKind(text)).toEqual([
      ['indirect', 'Larkspur Housing Trust', 'organisation'],
      ['indirect', 'Larkspur Housing Trust', 'organisation'],
    ]);
  });

  it('a full stop that closes a quotation ends the sentence: the next sentence\u2019s speaker is its own', () => {
    const text = 'The union said the deal gave workers "the security they were promised." One of the drivers, Kwame Mensah, said he would vote for it.';
    expect(speakers(text).filter(([kind]) => kind === 'indirect')).toEqual([
      ['indirect', 'union'],
      ['indirect', 'Kwame Mensah'],
    ]);
  });

  it('"The Name, an industry body, said"; a property company\u2019s name is a body', () => {
    const text = [
      'The Nordic Battery Council, an industry body, said it would publish its own safety code.',
      'The landlord, Harbourside Properties, said in a statement that it was "deeply sorry".',
    ].join('\n');
    expect(withKind(text).filter(([kind]) => kind === 'indirect')).toEqual([
      ['indirect', 'Nordic Battery Council', 'organisation'],
      ['indirect', 'Harbourside Properties', 'organisation'],
    ]);
  });

  it('a label inside a relative clause without "that" is the relative clause\u2019s subject\u2019s', () => {
    const text = 'The regulator fined the airline \u00a34m on Friday, a penalty the airline\u2019s chief executive called "wholly disproportionate." Chief executive Lorna Petrie said the company would appeal.';
    expect(speakers(text).find(([kind]) => kind === 'partial')).toEqual(['partial', 'Lorna Petrie']);
  });

  it('"…, the ministry said Monday, a move skippers denounced as a “…”": the clause before the aside, the label the group\u2019s', () => {
    const text = 'Portugal will end diesel subsidies for fishing boats next year, the agriculture ministry said Monday, a move skippers promptly denounced as a "death sentence" for small ports.';
    expect(speakers(text)).toEqual([
      ['indirect', 'agriculture ministry'],
      ['partial', 'anonymous'],
    ]);
  });

  it('", while Name called … “…” but said …": a second speaker\u2019s frame ends the first clause and takes its label', () => {
    const text = 'The harbour master, Olav Brekke, said the quay had been "neglected for years", while county councillor Siri Haugen called the repairs "overdue" but said the budget could not cover them this year.';
    expect(speakers(text)).toEqual([
      ['indirect', 'Olav Brekke'],
      ['partial', 'Olav Brekke'],
      ['partial', 'Siri Haugen'],
      ['indirect', 'Siri Haugen'],
    ]);
  });
});
