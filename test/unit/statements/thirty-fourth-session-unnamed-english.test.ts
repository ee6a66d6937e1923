// The thirty-fourth session's seventh probe of unnamed sources in English (d1613–d1618): the two shapes its first run
// missed, in fresh words and invented names (none of the fixtures' sentences). Each case failed on the rules before the
// change but the guards (marked so), which pass on both.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);
const clauses = (text: string) => found(text).filter((s) => s[0] === 'indirect');

describe('English: a gerund subject after a verb that wants "that" (gerund-subject-clause.ts)', () => {
  it('"Experts warn <gerund phrase> can …" is an unnamed clause', () => {
    expect(clauses('Ferry cuts\n\nExperts warn cancelling the winter sailings could leave the island without fresh milk.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'cancelling the winter sailings could leave the island without fresh milk'],
    ]);
  });

  it('"Critics argue <gerund> would …" is found too, and a named speaker keeps the words', () => {
    expect(clauses('Depot plan\n\nCritics argue shutting the Harlow depot would cost more than it saves. Councillor Imogen Trask insisted keeping it open was unaffordable.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'shutting the Harlow depot would cost more than it saves'],
      ['indirect', 'Imogen Trask', 'person', 'keeping it open was unaffordable'],
    ]);
  });

  it('guard: a gerund object with no finite verb of its own is no clause ("denied taking …")', () => {
    expect(clauses('Court\n\nThe driver denied taking the van from the yard.')).toEqual([]);
  });

  it('guard: "having" or "being" opening the rest is the verb\'s object', () => {
    expect(clauses('Court\n\nThe driver admitted having been at the yard that night.')).toEqual([]);
  });

  it('guard: a relative word before the finite verb ends the reading ("… money that was found")', () => {
    expect(clauses('Court\n\nThe driver denied keeping the money that was found in the cab.')).toEqual([]);
  });
});

describe('English: a relative word never opens a clause without "that" (attribution.ts clauseWithoutThat)', () => {
  it('"A diplomat from a Gulf state whose …, said" — "state" is the noun, the clause follows "said"', () => {
    expect(clauses('Port deal\n\nAn envoy from a Baltic state whose navy uses the harbour said the talks were going well.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the talks were going well'],
    ]);
  });

  it('"member states which …" does not frame the relative either', () => {
    expect(clauses('Fish quotas\n\nA delegate from one of the member states which fish the bay said the quota was too low.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the quota was too low'],
    ]);
  });

  it('guard: "states that" with its conjunction is still a clause', () => {
    expect(clauses('Rules\n\nThe Harbour Board states that berths will be allocated by lottery.')).toEqual([
      ['indirect', 'Harbour Board', 'organisation', 'berths will be allocated by lottery'],
    ]);
  });
});
