// Russian people named without a name (issue #13, fifteenth session): adjectives and participles used as plural nouns
// ("Полицейские рассказали", "Выжившие утверждают", "Задержанные заявили"), an unnamed group, not a body; and one person
// described only by what they are to the story ("Житель соседнего дома рассказал"), an unnamed source. Found by crossing
// such words with verbs in a made-up sentence; none of them is in a fixture part. Each case failed before its rule, but
// the guards and the genitive plurals of words the rules did not know as roles then («пассажиров», «знакомых»), which
// check that making them roles lost nothing.
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

describe('a Russian person called only by what they are to the story, whom nobody the text named is', () => {
  for (const [who, verb] of [['Житель соседнего дома', 'рассказал'], ['Местный житель', 'рассказал'], ['Продавщица магазина', 'рассказала'],
    ['Пассажир электрички', 'рассказал'], ['Знакомый семьи', 'рассказал'], ['Учительница школы', 'рассказала'],
    ['Водитель автобуса', 'рассказал']] as const) {
    it(`«${who} ${verb}, что …»: an unnamed source`, () => {
      expect(found(`План обсуждали в понедельник.\n\n${who} ${verb}, что новый тариф обойдется жителям дороже.\n`)).toEqual([
        ['indirect', 'anonymous', 'новый тариф обойдется жителям дороже'],
      ]);
    });
  }

  for (const who of ['жителей', 'пенсионеров', 'водителей', 'пассажиров', 'знакомых']) {
    it(`«Собаки, по словам ${who}, …»: such people in the genitive plural, unnamed`, () => {
      expect(found(`Собаки, по словам ${who}, лают всю ночь напролет.`)).toEqual([['indirect', 'anonymous', 'лают всю ночь напролет']]);
    });
  }

  it('guard: the same words with a name are that person', () => {
    expect(found('Житель соседнего дома Иван Петров рассказал, что новый тариф обойдется жителям дороже.')).toEqual([
      ['indirect', 'Иван Петров', 'новый тариф обойдется жителям дороже'],
    ]);
  });

  it('guard: a bare role after a quotation is the one the text has been quoting («— сказал водитель»)', () => {
    const text = 'Дальнобойщик Олег Зимин рассказал, что стоит в пробке сутки. «Еды пока хватает», — сказал водитель.';
    expect(found(text)).toEqual([
      ['indirect', 'Олег Зимин', 'стоит в пробке сутки'],
      ['direct', 'Олег Зимин', 'Еды пока хватает'],
    ]);
  });

  it('guard: a post alone is whoever holds it, not an unnamed source («Министр заявил»)', () => {
    const [statement] = extractStatements('План обсуждали в понедельник.\n\nМинистр заявил, что новый тариф обойдется жителям дороже.\n');
    expect(statement?.anonymous).toBe(false);
  });
});
