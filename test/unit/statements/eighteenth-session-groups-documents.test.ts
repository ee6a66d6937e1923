// Forms the eighteenth session took from the read parts' misses (test-21's "Left" list, test-22; dev d980–d984): groups
// of people, documents that say, bodies read as persons, clauses not found or cut. One kind at a time, on made-up
// sentences that are in none of the fixture parts. Each case failed on the rules before its change, but the guards
// (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('groups of people: members, where a group is, a union local', () => {
  it('"Audience members at the matinee said …": people, unnamed, not a body', () => {
    const text = 'Audience members at the matinee said the second act had left them in tears.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'the second act had left them in tears']]);
  });

  it('"Members on the early shift said …": unnamed', () => {
    const text = 'The vote was close. Members on the early shift said managers had cut their overtime without warning.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'managers had cut their overtime without warning']]);
  });

  it('"EU members said …": a bloc\u2019s members stay a body (guard)', () => {
    const text = 'EU members said the proposal needed more work.';
    expect(found(text).map(([, speaker]) => speaker)).not.toContain('anonymous');
  });

  it('"Oyster growers along the estuary say …" (no "that"): found, unnamed', () => {
    const text = 'Oyster growers along the estuary say the new discharge permit will wipe out their beds.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'the new discharge permit will wipe out their beds']]);
  });

  it('"Bus drivers throughout the region said …": found, unnamed', () => {
    const text = 'Bus drivers throughout the region said the new rota had left them with no breaks.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'the new rota had left them with no breaks']]);
  });

  it('"Local 52 said …" after "… Ironworkers Local 52": the local by the longer name the text gave it', () => {
    const text = 'Crane operators at the port voted to join Ironworkers Local 52 last spring. '
      + 'Local 52 said talks on a first contract would begin in March.';
    expect(found(text)).toEqual([['indirect', 'Ironworkers Local 52', 'talks on a first contract would begin in March']]);
  });
});

describe('clauses not found: "…, police said." and a currency\u2019s short name', () => {
  it('"…, police said." (no article): the clause and the police', () => {
    const text = 'The lorry driver was treated for shock at the scene, police said.';
    expect(found(text)).toEqual([['indirect', 'police', 'The lorry driver was treated for shock at the scene']]);
  });

  it('"… after …, police said." after the police were named: the whole clause, the force named before', () => {
    const text = 'Kestrel Valley police said the march began at noon. '
      + 'The road was reopened at about 4pm after the marchers moved to the square, police said.';
    expect(found(text)).toEqual([
      ['indirect', 'Kestrel Valley police', 'the march began at noon'],
      ['indirect', 'Kestrel Valley police', 'The road was reopened at about 4pm after the marchers moved to the square'],
    ]);
  });

  it('"…, officials said." stays unnamed (guard)', () => {
    const text = 'The lorry driver was treated for shock at the scene, officials said.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'The lorry driver was treated for shock at the scene']]);
  });

  it('"told X that even Rs. 2,000 was not enough": the full stop of "Rs." before an amount ends no sentence', () => {
    const text = 'Tea pluckers in Badulla told the Sunday Observer that even Rs. 2,000 a day would not cover rice and kerosene.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'even Rs. 2,000 a day would not cover rice and kerosene']]);
  });
});

describe('clauses cut: ", and it said it …"', () => {
  it('"X said …, and it said it was …": two clauses of the same body', () => {
    const text = 'Northgrid Energy said about 900 homes were still without power, and it said it was sending crews from the coast.';
    expect(found(text)).toEqual([
      ['indirect', 'Northgrid Energy', 'about 900 homes were still without power'],
      ['indirect', 'Northgrid Energy', 'it was sending crews from the coast'],
    ]);
  });

  it('"…, and it needed …" (no verb of saying) stays one clause (guard)', () => {
    const text = 'Rosa Delgado said the pump house was old, and it needed repairs before winter.';
    expect(found(text)).toEqual([['indirect', 'Rosa Delgado', 'the pump house was old, and it needed repairs before winter']]);
  });
});

describe('bodies read as persons or cut', () => {
  it('"X, one of the biggest hauliers in the region, said in a written reply that it …": a body, not a person', () => {
    const text = 'Brandvik Kessler, one of the biggest hauliers in the region, said in a written reply that it had moved its lorries to the ferry.';
    expect(extractStatements(text).map((s) => [s.speaker, s.speakerKind])).toEqual([['Brandvik Kessler', 'organisation']]);
  });

  it('"Pike County Judge-Executive Name said": a hyphenated post before the name', () => {
    const text = 'Pike County Judge-Executive Darla Menefee said the shelters would stay open through the weekend.';
    expect(found(text)).toEqual([['indirect', 'Darla Menefee', 'the shelters would stay open through the weekend']]);
  });

  it('"X County Board of Supervisors Chair Name said": a capitalised post after a body\u2019s name, then the person', () => {
    const text = 'Lassen County Board of Supervisors Chair Orla Brankin said the county had received 140 complaints.';
    expect(found(text)).toEqual([['indirect', 'Orla Brankin', 'the county had received 140 complaints']]);
  });

  it('"The Association of Passenger Shipping Companies said": a post\u2019s word inside a body\u2019s name keeps the body (guard)', () => {
    const text = 'The Association of Passenger Shipping Companies said in a statement that crews had been paid.';
    expect(extractStatements(text).map((s) => s.speakerKind)).toEqual(['organisation']);
  });

  it('"…, the state\u2019s rail authority, Name, said": the clause ends before the description, the name a body', () => {
    const text = 'The line will stay closed until June, the state\u2019s rail authority, Schienennetz Mitte, said on Friday.';
    expect(extractStatements(text).map((s) => [s.text, s.speaker, s.speakerKind])).toEqual([
      ['The line will stay closed until June', 'Schienennetz Mitte', 'organisation'],
    ]);
  });

  it('"A report commissioned by the regional water authority, Name, says …": the report is the named body\u2019s', () => {
    const text = 'A survey commissioned by the regional water authority, Wasserverband Ostheide, says the main dam needs new sluices.';
    expect(found(text)).toEqual([['indirect', 'Wasserverband Ostheide', 'the main dam needs new sluices']]);
  });

  it('"Carpathian Busways said": an adjective of a region before a carrier\u2019s word in "-ways" is the body', () => {
    const text = 'Carpathian Busways said it would cut two routes in the spring.';
    expect(extractStatements(text).map((s) => [s.speaker, s.speakerKind])).toEqual([['Carpathian Busways', 'organisation']]);
  });

  it('"Kelso Playhouse said", "Tamsin Bay Metro says": a theatre\u2019s and a metropolitan council\u2019s last word make a body', () => {
    const text = 'Kelso Playhouse said it would cut ticket prices. Tamsin Bay Metro says it cannot restore water before Friday.';
    expect(extractStatements(text).map((s) => [s.speaker, s.speakerKind])).toEqual([
      ['Kelso Playhouse', 'organisation'],
      ['Tamsin Bay Metro', 'organisation'],
    ]);
  });
});

describe('documents that say, state, note', () => {
  it('"X said …. The warning says …" (no "that"): a warning is a document, its issuer the body that spoke', () => {
    const text = 'The Fenland Flood Service said on Friday that rivers were rising fast. '
      + 'The warning says the Ouse could burst its banks by Sunday night.';
    expect(found(text)).toEqual([
      ['indirect', 'Fenland Flood Service', 'rivers were rising fast'],
      ['indirect', 'Fenland Flood Service', 'the Ouse could burst its banks by Sunday night'],
    ]);
  });

  it('"The X Board decision states that …": a decision is a document, the capitalised body before it its author', () => {
    const text = 'The Harbour Licensing Board decision states that the new berths will open in April.';
    expect(found(text)).toEqual([['indirect', 'Harbour Licensing Board', 'the new berths will open in April']]);
  });

  it('"The regulator\u2019s decision notice, published …, said": two nouns, the last the document (guard)', () => {
    const text = 'The regulator\u2019s decision notice, published on Monday, said a revised connection date would be offered to the developer.';
    expect(found(text).map(([kind, , clause]) => [kind, clause])).toEqual([['indirect', 'a revised connection date would be offered to the developer']]);
  });

  it('"The federation\u2019s circular to members states that …. It notes that …": both the federation\u2019s', () => {
    const text = 'The Port Workers Federation called a ballot on Monday. The federation\u2019s circular to members states that voting closes on Friday. '
      + 'It notes that strike pay will be paid from the first day.';
    expect(found(text)).toEqual([
      ['indirect', 'Port Workers Federation', 'voting closes on Friday'],
      ['indirect', 'Port Workers Federation', 'strike pay will be paid from the first day'],
    ]);
  });

  it('"A report to the board says …. It notes that …": a document nobody is said to have written, both unnamed', () => {
    const text = 'The Quayside Trust met on Tuesday. A report to the board says the museum will need a new roof. '
      + 'It notes that visitor numbers fell by a fifth last year.';
    expect(found(text)).toEqual([
      ['indirect', 'anonymous', 'the museum will need a new roof'],
      ['indirect', 'anonymous', 'visitor numbers fell by a fifth last year'],
    ]);
  });
});

describe('a definite body noun after a description, then a name', () => {
  it('"…, the county\u2019s transit authority announced. ¶ X\u2019s notice says …. The authority said …": the body named last', () => {
    const text = 'Night buses will stop running in March, the county\u2019s transit authority announced on Monday.\n\n'
      + 'Ridgeway Transit\u2019s service notice says ridership fell by half last year. The authority said the routes would be reviewed in the autumn.';
    expect(found(text).at(-1)).toEqual(['indirect', 'Ridgeway Transit', 'the routes would be reviewed in the autumn']);
  });

  it('"the county\u2019s transit authority said …. The authority said …" with no name between: the same description (guard)', () => {
    const text = 'Night buses will stop running in March, the county\u2019s transit authority said on Monday. '
      + 'The authority said the routes would be reviewed in the autumn.';
    expect(found(text).map(([, speaker]) => speaker)).toEqual(['county\u2019s transit authority', 'county\u2019s transit authority']);
  });
});
