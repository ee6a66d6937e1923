// Unnamed groups named by a plural noun for people (issue #13: every unnamed source flagged), taught in the seventh
// session on made-up sentences that are in none of the fixture parts (fixtures/statements/README.md). Each case
// failed before the rule it tests: the capitalised plural was read as a body, or the sentence was missed.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const withKind = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind] as const);

describe('a capitalised plural for people opening a sentence is an unnamed group', () => {
  it('by its ending ("Engineers warned that", "Pensioners complained that", "Exporters warned")', () => {
    const text = [
      'The bridge was closed on Tuesday.',
      'Engineers warned that the piers could fail. Pensioners complained that the bus ran once an hour. Exporters warned that shipments would fall.',
    ].join('\n\n');
    expect(withKind(text)).toEqual([
      ['indirect', 'anonymous', 'anonymous'],
      ['indirect', 'anonymous', 'anonymous'],
      ['indirect', 'anonymous', 'anonymous'],
    ]);
  });

  it('by its singular, a noun for a person ("Pilots told", "Midwives say", "Veterans warned", "Nurses said")', () => {
    const text = 'Pilots told reporters the rota was unsafe. Midwives say they are exhausted. Veterans warned that the cuts would hurt. Nurses said the wards were full.';
    expect(withKind(text)).toEqual(Array.from({ length: 4 }, () => ['indirect', 'anonymous', 'anonymous']));
  });

  it('by its lower-case form elsewhere in the text ("Lifeguards said" and "the lifeguards")', () => {
    const text = 'Lifeguards said the beach would close at dusk. The lifeguards have patrolled the shore since May.';
    expect(withKind(text)).toEqual([['indirect', 'anonymous', 'anonymous']]);
  });

  it('while a surname after the full name stays the person and a body called "it" stays the body', () => {
    const text = [
      'Angela Peters runs the bakery by the bridge. Peters said she had laid off two staff.',
      'Chambers, the solicitors on the quay, said in a statement that it had moved its staff. Siemens said its technicians had left.',
      'Engineers said the repairs would take a year.',
    ].join('\n\n');
    expect(withKind(text)).toEqual([
      ['indirect', 'Angela Peters', 'person'],
      ['indirect', 'Chambers', 'organisation'],
      ['indirect', 'Siemens', 'organisation'],
      ['indirect', 'anonymous', 'anonymous'],
    ]);
  });
});

describe('a lower-case plural for people after an opening clause', () => {
  it('"…, pilots said", "…, veterans said": the plural of a person noun the endings miss', () => {
    const text = 'The ward was quiet on Monday, pilots said. The pay offer was an insult, veterans said.';
    expect(withKind(text)).toEqual([
      ['indirect', 'anonymous', 'anonymous'],
      ['indirect', 'anonymous', 'anonymous'],
    ]);
  });
});

describe('a group described by a participle', () => {
  it('"Truckers queuing outside the terminals complained that", "Residents waiting outside the hall said"', () => {
    const text = 'Truckers queuing outside the terminals complained that they had waited for days. Residents waiting outside the hall said the meeting was full.';
    expect(withKind(text)).toEqual([
      ['indirect', 'anonymous', 'anonymous'],
      ['indirect', 'anonymous', 'anonymous'],
    ]);
  });
});

describe('a count of a group, and a group described by a passive participle', () => {
  it('"Dozens of villagers said", "Hundreds of protesters said": the group, not a body called "Dozens"', () => {
    const text = 'The well ran dry in June. Dozens of villagers said the water was brown. Hundreds of protesters said they would march again.';
    expect(withKind(text)).toEqual([
      ['indirect', 'anonymous', 'anonymous'],
      ['indirect', 'anonymous', 'anonymous'],
    ]);
  });

  it('"Workers hired by the council said", "Cleaners employed by the contractor said"', () => {
    const text = 'The pay was cut. Workers hired by the council said the pay was low. Cleaners employed by the contractor said they had not been paid.';
    expect(withKind(text)).toEqual([
      ['indirect', 'anonymous', 'anonymous'],
      ['indirect', 'anonymous', 'anonymous'],
    ]);
  });
});
