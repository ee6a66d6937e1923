// The forty-first session's fourteenth probe of unnamed sources in English (d2300–d2305), and its decision on two plain
// quoted words after an article inside a reported clause: the shapes, in fresh words and invented names (none of the
// fixtures' sentences). Each case failed on the rules before the change but the guards (marked so), which pass on both.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);
const partials = (text: string) => extractStatements(text).filter((s) => s.kind === 'partial').map((s) => s.text);

describe('English: two plain quoted words after an article inside a reported clause (pair-after-article-in-clause.ts)', () => {
  it('after "the": \'said the trust had shown the "quiet courage" of its volunteers\'', () => {
    expect(partials('Adaeze Okafor said the trust had shown the "quiet courage" of its volunteers all winter.')).toEqual(['quiet courage']);
  });

  it('after "a", in a body\'s statement: \'passengers would get a "fair hearing" at the inquiry\'', () => {
    expect(partials('Tarnside Ferries said in a statement that passengers would get a "fair hearing" at the inquiry.')).toEqual(['fair hearing']);
  });

  it('after "an", an unnamed source\'s clause: \'had reached an "uneasy truce" with the stallholders\'', () => {
    expect(found('A council officer said the market board had reached an "uneasy truce" with the stallholders.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the market board had reached an "uneasy truce" with the stallholders'],
      ['partial', 'anonymous', 'anonymous', 'uneasy truce'],
    ]);
  });

  it('guard: outside any clause the pair stays a term (\'The mill became the "beating heart" of the valley.\')', () => {
    expect(partials('The mill became the "beating heart" of the valley.')).toEqual([]);
  });

  it('guard: a writer\'s own sentence after a statement keeps its term (\'Visitors queued for a "quick look" …\')', () => {
    expect(partials('Petra Lindqvist said the comet would be visible until Friday.\n\nVisitors queued for a "quick look" through the telescope.')).toEqual([]);
  });

  it('guard: a pair after "the" standing as a label, no "of" after it, stays a term (\'said the "river route" would reopen\')', () => {
    expect(partials('Adaeze Okafor said the "river route" would reopen in May.')).toEqual([]);
  });

  it('guard: two capitalised quoted words after "the" inside a clause stay a name (\'the "Green Ribbon" scheme\')', () => {
    expect(partials('Adaeze Okafor said the town had joined the "Green Ribbon" scheme in March.')).toEqual([]);
  });
});

describe('English: "Staff were …" as a sentence\'s subject is the unnamed group, not a body "Staff" (lone-collective-staff.ts)', () => {
  it('"…, they added." after "Staff were warned …, one of those present said." is unnamed', () => {
    expect(found('Depot\n\nStaff were warned about the closure by email on Friday, one of those present said. Nobody from head office came to explain it, they added.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'Staff were warned about the closure by email on Friday'],
      ['indirect', 'anonymous', 'anonymous', 'Nobody from head office came to explain it'],
    ]);
  });

  it('guard: "Crew were …" likewise (unnamed before too: "Crew" alone was a name no "they" took)', () => {
    expect(found('Ferry\n\nCrew were told of the new rota in the mess on Sunday, one of those present said. The talk lasted ten minutes, they added.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'Crew were told of the new rota in the mess on Sunday'],
      ['indirect', 'anonymous', 'anonymous', 'The talk lasted ten minutes'],
    ]);
  });

  it('guard: a named speaker after "Staff were …" keeps the later "she added"', () => {
    expect(found('Depot\n\nStaff were warned about the closure on Friday, Dana Pruitt said. The letter came by email, she added.')).toEqual([
      ['indirect', 'Dana Pruitt', 'person', 'Staff were warned about the closure on Friday'],
      ['indirect', 'Dana Pruitt', 'person', 'The letter came by email'],
    ]);
  });

  it('guard: a longer name ending in "Crew" is read as before', () => {
    expect(found('Regatta\n\nTarnside Rowing Crew said the regatta would go ahead on Saturday.').map((s) => s[1])).not.toContain('anonymous');
  });
});
