// Russian adjectives and participles used as plural nouns for people ("Полицейские рассказали", "Выжившие утверждают",
// "Задержанные заявили"): an unnamed group, not a body (issue #13, fifteenth session). Found by crossing such words with
// two verbs in a made-up sentence; none of them is in a fixture part. Each case failed before the participle rule and
// the added adjectives, but the guards.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('Russian plural nouns for people made from adjectives and participles', () => {
  for (const who of ['Полицейские', 'Местные', 'Военнослужащие', 'Дежурные', 'Выжившие', 'Учащиеся', 'Задержанные', 'Заключенные',
    'Проживающие в доме', 'Присутствующие']) {
    it(`«${who} утверждают, что …»: an unnamed group`, () => {
      expect(found(`План обсуждали в понедельник.\n\n${who} утверждают, что новый тариф обойдется жителям дороже.\n`)).toEqual([
        ['indirect', 'anonymous', 'новый тариф обойдется жителям дороже'],
      ]);
    });
  }

  it('guard: «Данные Росстата показывают, что …» stay data, not people', () => {
    const statements = extractStatements('Данные Росстата показывают, что цены выросли на 8%.');
    expect(statements.every((s) => !s.anonymous)).toBe(true);
  });
});
