// Forms read in test-15's misses (issue #13, twelfth session: test-15 made a read part; dev d580–d583, d590–d593), one
// at a time, on made-up people and sentences that are in none of the fixture parts. Each case failed on the rules before
// its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('Russian dash speech run on inside a paragraph, after the sentence that retells its speaker', () => {
  it('"Name заявил, что …. — Речь, — сказал Name.": the clause ends at its full stop, the dash speech is his direct quote', () => {
    const text = 'Вратарь Тимур Валиев признал, что команда устала к третьему периоду. — Ноги уже не ехали, но мы терпели до конца, — сказал Валиев.';
    expect(found(text)).toEqual([
      ['indirect', 'Тимур Валиев', 'команда устала к третьему периоду'],
      ['direct', 'Тимур Валиев', 'Ноги уже не ехали, но мы терпели до конца'],
    ]);
  });

  it('guard: a dash after a full stop with no author\u2019s words after it is no speech', () => {
    expect(found('Матч прошел при пустых трибунах. — Итоговый счет 2:1 в пользу хозяев.').filter(([kind]) => kind === 'direct')).toEqual([]);
  });
});
