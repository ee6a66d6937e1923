// Forms a short probe of everything on fresh English text found missed (issue #13, thirty-first session, third round;
// dev d1503–d1506), on made-up people, places and sentences that are in none of the fixture parts. Each case failed on
// the rules before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);

describe('a short phrase of place or time before an unnamed source and its aside', () => {
  it('"Outside court, a cousin of the accused, who declined to give his name, said": unnamed, not "Outside court"', () => {
    expect(found('Outside court, a cousin of the accused, who declined to give his name, said the family would appeal.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the family would appeal'],
    ]);
  });

  it('"In Kelsby, a shopkeeper, who asked not to be named, said": unnamed, not a person called "In Kelsby"', () => {
    expect(found('In Kelsby, a shopkeeper, who asked not to be named, said takings had halved since the bridge shut.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'takings had halved since the bridge shut'],
    ]);
  });

  it('guard: a full name after the phrase still speaks', () => {
    expect(found('In Kelsby, Morwenna Trask, who runs the bakery, said takings had halved since the bridge shut.')).toEqual([
      ['indirect', 'Morwenna Trask', 'person', 'takings had halved since the bridge shut'],
    ]);
  });
});

describe('a question put before the subject of the sentence a quote follows', () => {
  const text = 'Councillor Idris Penhallow said the pier would reopen in May.\n\n'
    + 'A council worker, who was not authorised to speak publicly, said the steps had been unsafe for weeks.\n\n'
    + 'Asked whether the pier could ever take cars again, Mr Penhallow shook his head. "Not while I sit on this council," he said.';
  it('"Asked whether …, Mr X shook his head. "…," he said": X, not the unnamed source before', () => {
    expect(found(text).at(-1)).toEqual(['direct', 'Idris Penhallow', 'person', 'Not while I sit on this council']);
  });

  it('guard: "Asked whether …, he said" is no statement and changes nothing', () => {
    expect(found('Idris Penhallow said the pier would reopen. Asked whether cars would return, he said the council had not decided.').map((s) => s[3]))
      .toEqual(['the pier would reopen', 'the council had not decided']);
  });
});
