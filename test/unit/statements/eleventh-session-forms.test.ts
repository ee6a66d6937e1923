// Forms read in test-13's misses (issue #13, eleventh session: test-13 made a read part; dev d540, d541, d550, d551),
// one at a time, on made-up people and sentences that are in none of the fixture parts. Each case failed on the rules
// before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

const directs = (text: string) => found(text).filter(([kind]) => kind === 'direct');

describe('Russian: a dash paragraph with no author\u2019s words after a paragraph retelling its speaker', () => {
  it('"Name вспоминает, что …" then "— …": the dash paragraph is her direct speech', () => {
    const text = [
      'Пенсионерка Лидия Марковна Сухорукова вспоминает, что автобус в поселок перестал ходить еще весной.',
      '— До райцентра теперь только на попутке. Хорошо, если сосед едет.',
    ].join('\n\n');
    expect(directs(text)).toEqual([['direct', 'Лидия Марковна Сухорукова', 'До райцентра теперь только на попутке. Хорошо, если сосед едет']]);
  });

  it('guard: after an interview\u2019s answer that retells someone, the next dash paragraph (a question) is not speech', () => {
    const text = [
      '— Да. Один фермер мне сказал, что зерно в этом году некуда везти.',
      '— Вы писали об этом в министерство?',
    ].join('\n\n');
    expect(directs(text).map(([, , words]) => words)).not.toContain('Вы писали об этом в министерство?');
  });

  it('guard: a dash list after a plain paragraph stays no speech', () => {
    const text = ['В программу фестиваля вошли три концерта.', '— Концерт камерного оркестра в субботу.'].join('\n\n');
    expect(directs(text)).toEqual([]);
  });
});
