// Forms read in test-10's misses (issue #13, ninth session: test-10 made a read part; dev d480–d483, d490), one at a
// time, on made-up people and sentences that are in none of the fixture parts. Each case failed on the rules before
// its change.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

const directs = (text: string) => found(text).filter(([kind]) => kind === 'direct');

describe('a quotation after a listener: "said to me, …", "told us, …", "wrote to me last week, …"', () => {
  it('"Name … said to me as she …, "…"": the quotation is direct and hers, no reported clause "to me, …"', () => {
    const text = 'Ingrid Solheim, who has kept the lighthouse for twenty years, said to me as she climbed the stairs, "The lamp has never once gone dark on my watch."';
    expect(found(text)).toEqual([['direct', 'Ingrid Solheim', 'The lamp has never once gone dark on my watch.']]);
  });

  it('"Name told us, "…"" and an unnamed writer\u2019s "wrote to me last month, "…""', () => {
    const text = [
      'Teodor Vasquez-Lind, the harbour master, told us, "We have never turned a boat away in a storm."',
      'A reader from Kilkeel wrote to me last month, "Nobody asked the fishermen before the quay was sold."',
    ].join('\n\n');
    expect(directs(text)).toEqual([
      ['direct', 'Teodor Vasquez-Lind', 'We have never turned a boat away in a storm.'],
      ['direct', 'anonymous', 'Nobody asked the fishermen before the quay was sold.'],
    ]);
  });
});
