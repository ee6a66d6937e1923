// The thirty-seventh session's second round: English gaps the first round left (test-55 w08, w17; "Crew told …"), in
// fresh words and invented names (none of the fixtures' sentences). Each case failed on the rules before the change but
// the guards (marked so), which pass on both.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);
const clauses = (text: string) => found(text).filter((s) => s[0] === 'indirect');

describe('English: ", as <subject> had agreed …" after an opening frame (attribution.ts, AS_ARRANGED_VERBS)', () => {
  it('"Name said he would …, as they had agreed before the dig." is one clause of the named speaker', () => {
    expect(clauses('Hoard\n\nThe farmer, Tobias Wrenfield, said he would split the prize with Ellery, as they had agreed before the dig.')).toEqual([
      ['indirect', 'Tobias Wrenfield', 'person', 'he would split the prize with Ellery, as they had agreed before the dig'],
    ]);
  });

  it('", as she had promised in March." after "Name said" stays in the clause', () => {
    expect(clauses('Library\n\nMayor Priya Holloway-Dunn said the reading room would reopen in May, as she had promised in March.')).toEqual([
      ['indirect', 'Priya Holloway-Dunn', 'person', 'the reading room would reopen in May, as she had promised in March'],
    ]);
  });

  it('guard: "…, they agreed." with no "as" is still a closing frame', () => {
    expect(clauses('Talks\n\nThe ferry timetable would change in spring, they agreed.')).toEqual([
      ['indirect', null, null, 'The ferry timetable would change in spring'],
    ]);
  });
});

describe('English: a closing "it said" after a clause whose subject is "the <body\'s word>" (clause-subject-body-it.ts)', () => {
  it('"The union will …, it said." is the union named before, not the agency cited in between', () => {
    expect(clauses('Grain\n\nGrowers in Ashcombe want a faster payment scheme, the NFU said.\n\nAccording to the Rural Payments Agency, claims fell by a third.\n\nThe union will raise the matter with ministers in March, it said.')).toEqual([
      ['indirect', 'NFU', 'organisation', 'Growers in Ashcombe want a faster payment scheme'],
      ['indirect', 'Rural Payments Agency', 'organisation', 'claims fell by a third'],
      ['indirect', 'NFU', 'organisation', 'The union will raise the matter with ministers in March'],
    ]);
  });

  it('guard: "The figures show …, it said." (no body\'s word) is the last body named, as before', () => {
    expect(clauses('Grain\n\nAccording to the Rural Payments Agency, claims fell by a third.\n\nThe figures show a slower spring, it said.')).toEqual([
      ['indirect', 'Rural Payments Agency', 'organisation', 'claims fell by a third'],
      ['indirect', 'Rural Payments Agency', 'organisation', 'The figures show a slower spring'],
    ]);
  });

  it('guard: "The company will …, it said." where the company is the body named is that body, as before', () => {
    expect(clauses('Mine\n\nOutput at the pit fell by a tenth, Harlow Mining said.\n\nThe company will appeal the fine, it said.')).toEqual([
      ['indirect', 'Harlow Mining', 'organisation', 'Output at the pit fell by a tenth'],
      ['indirect', 'Harlow Mining', 'organisation', 'The company will appeal the fine'],
    ]);
  });
});

describe('English: a lone "Crew" as a verb\'s whole subject (lone-collective-staff.ts)', () => {
  it('"Crew told the inquiry …" is an unnamed group', () => {
    expect(clauses('Ferry\n\nThe ferry lost power off Garrow Point.\n\nCrew told the inquiry the alarm had sounded twice before the engine stopped.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the alarm had sounded twice before the engine stopped'],
    ]);
  });

  it('guard: "Kestrel Crew said …", a name of two words, is not read as the group', () => {
    const got = clauses('Rowing\n\nKestrel Crew said the regatta would go ahead.');
    expect(got.map((s) => s[1])).not.toContain('anonymous');
  });
});
