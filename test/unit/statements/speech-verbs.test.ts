// Verbs of speech that court, council and sports copy puts before "that" (issue #13, fifteenth session): found by
// crossing a list of English reporting verbs with five kinds of subject in one made-up sentence; none of them is in a
// fixture part. Each case failed before the verbs were listed (vocabulary.ts THAT_VERBS) but the last, a guard.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

const SUBJECTS = [
  ['Councillor Maren Hollis', 'Maren Hollis'],
  ['A senior official', 'anonymous'],
  ['Local growers', 'anonymous'],
  ['The ministry', 'ministry'],
] as const;

describe('verbs of answering, arguing and complaining before "that"', () => {
  for (const verb of ['contended', 'countered', 'retorted', 'testified', 'boasted', 'protested', 'objected', 'speculated', 'mused', 'reckoned', 'signalled']) {
    for (const [subject, speaker] of SUBJECTS) {
      it(`"${subject} ${verb} that …"`, () => {
        const text = `The levy was debated on Monday.\n\n${subject} ${verb} that the new charge would drive trade away from the harbour.\n`;
        expect(found(text)).toEqual([['indirect', speaker, 'the new charge would drive trade away from the harbour']]);
      });
    }
  }

  it('"reassured residents that": the listener between the verb and "that"', () => {
    expect(found('Mayor Ilse Brandt reassured residents that the water was safe to drink.')).toEqual([
      ['indirect', 'Ilse Brandt', 'the water was safe to drink'],
    ]);
  });

  it('present tense: "contends that", "testifies that"', () => {
    expect(found('The union contends that the rota breaks the agreement.')).toEqual([
      ['indirect', 'union', 'the rota breaks the agreement'],
    ]);
  });

  it('the nouns stay nouns: "with protest organisers saying" keeps its clause', () => {
    expect(found('Thousands marched on Saturday, with protest organisers saying 20,000 had taken part.')).toEqual([
      ['indirect', 'anonymous', '20,000 had taken part'],
    ]);
  });
});

describe('Russian verbs of forecasting, counting, threatening, hinting and informing before «что»', () => {
  for (const [verb, person] of [['спрогнозировала', 'Министр Анна Беркова'], ['подсчитали', 'Аналитики'], ['пригрозил', 'Губернатор Олег Рябцев'],
    ['намекнул', 'Источник'], ['проинформировала', 'Пресс-секретарь Инна Гордеева']] as const) {
    it(`«${person} ${verb}, что …»`, () => {
      const text = `План обсуждали в понедельник.\n\n${person} ${verb}, что новый тариф обойдется жителям дороже.\n`;
      const [statement] = extractStatements(text);
      expect(statement?.kind).toBe('indirect');
      expect(statement?.text).toBe('новый тариф обойдется жителям дороже');
    });
  }

  it('«…, подсчитали аналитики»: the clause before the verb, an unnamed source', () => {
    expect(found('Рынок доставки в прошлом году вырос на 30%, подсчитали аналитики.')).toEqual([
      ['indirect', 'anonymous', 'Рынок доставки в прошлом году вырос на 30%'],
    ]);
  });
});
