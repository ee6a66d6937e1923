// English clauses not found (issue #13; the twenty-sixth session, reading test-32 and test-33): a clause that ends
// before the speaker's second verb of asking (", and asked …", ", and requested …") or a call after "but" ("… but
// called for …"), and the quoted words of what someone is asked to do ('asked councillors to "…"'); an attribution
// after the clause by "several" alone, with a phrase of place or time after its verb ("said outside the hall on
// Saturday"), in a statement "sent to this paper", and a second frame of the group after it (", while others
// suggested …"), what the outlet learnt ("…, it is understood.", "The paper learnt that …"), and a speaker whose surname opens with an elided particle written small ("d'Entremont"). On made-up
// people, bodies and sentences that are in none of the fixture parts. Each case failed on the rules before its
// change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('a second verb of asking or a call ends the clause', () => {
  it('", and asked …"', () => {
    expect(found('The Orrin Dale Walkers Club said its members had cleared nine miles of footpath, and asked landowners to leave the stiles open.'))
      .toEqual([['indirect', 'Orrin Dale Walkers Club', 'its members had cleared nine miles of footpath']]);
  });

  it('", and requested …"', () => {
    expect(found('Councillor Hester Quayle said the depot would close in April, and requested officers to find the drivers new routes.'))
      .toEqual([['indirect', 'Hester Quayle', 'the depot would close in April']]);
  });

  it('"… but called for …"', () => {
    expect(found('The Brisk Bay Traders Guild said trade on the quay had held up well but called for longer parking hours in the winter.'))
      .toEqual([['indirect', 'Brisk Bay Traders Guild', 'trade on the quay had held up well']]);
  });

  it('\'asked councillors to "…"\': the quoted words of the request are the speaker\'s', () => {
    expect(found('The Fennick Allotment Society said it had planted forty fruit trees, and asked the council to "keep the gates open after dark".'))
      .toEqual([
        ['indirect', 'Fennick Allotment Society', 'it had planted forty fruit trees'],
        ['partial', 'Fennick Allotment Society', 'keep the gates open after dark'],
      ]);
  });

  it('guard: "and asked" without a comma stays inside the clause', () => {
    expect(found('Hester Quayle said the inspector stopped the van and asked the driver for his papers.'))
      .toEqual([['indirect', 'Hester Quayle', 'the inspector stopped the van and asked the driver for his papers']]);
  });

  it('guard: "but called off" is no call of the speaker\'s', () => {
    expect(found('Hester Quayle said the club had planned a gala but called off the evening after the storm.'))
      .toEqual([['indirect', 'Hester Quayle', 'the club had planned a gala but called off the evening after the storm']]);
  });
});

describe('an attribution after the clause', () => {
  it('"…, several said.": the quantifier alone is an unnamed group', () => {
    expect(found('Walkers on the ridge were unhappy. The new fence had cut the old drove road in two places, several said.'))
      .toEqual([['indirect', 'anonymous', 'The new fence had cut the old drove road in two places']]);
  });

  it('"…, several said, while others suggested …": a second frame of the group', () => {
    expect(found('Parents at the gate were split. The later start would suit working families, several said, while others suggested the buses would not cope.'))
      .toEqual([
        ['indirect', 'anonymous', 'The later start would suit working families'],
        ['indirect', 'anonymous', 'the buses would not cope'],
      ]);
  });

  it('"…, regulars said outside the ground on Sunday after a draw with Name Rovers.": where and after what, no clause', () => {
    expect(found('The stand had been half empty all season, regulars said outside the ground on Sunday after a draw with Pellow Rovers.'))
      .toEqual([['indirect', 'anonymous', 'The stand had been half empty all season']]);
  });

  it('"…, anglers said near the weir on Sunday after the opening of the trout season."', () => {
    expect(found('The water had never been so low in March, anglers said near the weir on Sunday after the opening of the trout season.'))
      .toEqual([['indirect', 'anonymous', 'The water had never been so low in March']]);
  });

  it('"…, the board said in a statement sent to this paper."', () => {
    expect(found('The Quarrendon Water Board met on Monday. It would lay a new main under the square by June, the board said in a statement sent to this paper.'))
      .toEqual([['indirect', 'Quarrendon Water Board', 'It would lay a new main under the square by June']]);
  });

  it('guard: "several" before a noun is still a determiner', () => {
    expect(found('The dam had leaked for a decade, several engineers said.'))
      .toEqual([['indirect', 'anonymous', 'The dam had leaked for a decade']]);
  });

  it('guard: "said after the vote that …" keeps its clause after "that"', () => {
    expect(found('Councillor Hester Quayle said after the vote that the depot would close in April.'))
      .toEqual([['indirect', 'Hester Quayle', 'the depot would close in April']]);
  });
});

describe("a surname with an elided particle written small", () => {
  it('"Name d\'Surname, whose …, said in a post … that …"', () => {
    expect(found("Odile d'Aubervière, whose two sons crew a trawler out of Cap Rouge, said in a Facebook post that the crews were exhausted."))
      .toEqual([['indirect', "Odile d'Aubervière", 'the crews were exhausted']]);
  });

  it('"Name dell\'Surname said …"', () => {
    expect(found("Marco dell'Arnaldi said the ferry would stop at Porto Lisca from June."))
      .toEqual([['indirect', "Marco dell'Arnaldi", 'the ferry would stop at Porto Lisca from June']]);
  });

  it('guard: "al-" surnames as before', () => {
    expect(found('Samira al-Haddad said the clinic would open on Sunday.'))
      .toEqual([['indirect', 'Samira al-Haddad', 'the clinic would open on Sunday']]);
  });
});

describe('what the outlet learnt from sources it does not name', () => {
  it('"…, it is understood." after the clause', () => {
    expect(found('The Harwick mill will close its night shift before Easter, it is understood.'))
      .toEqual([['indirect', 'anonymous', 'The Harwick mill will close its night shift before Easter']]);
  });

  it('"The paper learnt that …"', () => {
    expect(found('The paper learnt that a new tariff for river barges is being drafted by the port office.'))
      .toEqual([['indirect', 'anonymous', 'a new tariff for river barges is being drafted by the port office']]);
  });

  it('"This newspaper has learned that …"', () => {
    expect(found('This newspaper has learned that the Orlen Valley hospital will lose its maternity ward.'))
      .toEqual([['indirect', 'anonymous', 'the Orlen Valley hospital will lose its maternity ward']]);
  });

  it('guard: the paper as the subject of another verb reports nothing', () => {
    expect(found('Nobody was hurt. The paper itself printed a correction on Monday.')).toEqual([]);
  });
});

describe('"can confirm that"', () => {
  it('"Name Rovers can confirm that …"', () => {
    expect(found('Pellow Rovers can confirm that goalkeeper Tam Rudd has signed a new two-year contract.'))
      .toEqual([['indirect', 'Pellow Rovers', 'goalkeeper Tam Rudd has signed a new two-year contract']]);
  });

  it('guard: a name ending in "Can" is still a name', () => {
    expect(found('Defne Can said the ferry would sail at dawn.'))
      .toEqual([['indirect', 'Defne Can', 'the ferry would sail at dawn']]);
  });
});
