// The "analysts at a firm" convention, settled by the lead (issue #13; the twenty-third session): a research note or
// estimate by analysts, economists or strategists at a NAMED firm or body is that body's statement (organisation, not
// anonymous); where no firm is named, and for officials, sources or people at a body, it stays an unnamed source. Made-up
// firms and sentences in none of the fixture parts; each case failed on the rules before the change, but the guards
// (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);

describe('English: analysts at a named firm speak as the firm (research-firm.ts)', () => {
  it('"Analysts at <Firm> said in a note that …"', () => {
    const text = 'Analysts at Quarrington Equity Research said in a note that the merger would cut costs by a fifth.';
    expect(found(text)).toEqual([['indirect', 'Quarrington Equity Research', 'organisation', 'the merger would cut costs by a fifth']]);
  });

  it('"Economists at <Bank> estimate that …", then "They write that …": the bank both times', () => {
    const text = 'Economists at Tamberlane Bank estimate that inflation will peak in March. They write that the first rate cut will come in the autumn.';
    expect(found(text)).toEqual([
      ['indirect', 'Tamberlane Bank', 'organisation', 'inflation will peak in March'],
      ['indirect', 'Tamberlane Bank', 'organisation', 'the first rate cut will come in the autumn'],
    ]);
  });

  it('"Strategists with <brokerage kind> <Firm> wrote …": the firm, without the kind word', () => {
    const text = 'Strategists with Lisbon brokerage Orvalho Capital wrote that the bond sale had been priced too cheaply.';
    expect(found(text)).toEqual([['indirect', 'Orvalho Capital', 'organisation', 'the bond sale had been priced too cheaply']]);
  });

  it('"<Firm> analysts said …": the firm', () => {
    const text = 'Kestenbaum Securities analysts said the airline would need fresh capital before the summer.';
    expect(found(text)).toEqual([['indirect', 'Kestenbaum Securities', 'organisation', 'the airline would need fresh capital before the summer']]);
  });

  it('guard: the firm is no later "the bank": "In its statement, the bank said" is the central bank', () => {
    const text = 'The Bank of Varnholm raised its main rate to 4%. Analysts at Ostmark Bank said the move had been expected. '
      + 'In its statement, the bank said further increases were possible.';
    expect(found(text).at(-1)).toEqual(['indirect', 'Bank of Varnholm', 'organisation', 'further increases were possible']);
  });

  it('guard: "Officials at the ministry said" stays unnamed', () => {
    const text = 'Officials at the ministry said the plan was on track.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'anonymous', 'the plan was on track']]);
  });

  it('guard: "Analysts said" stays unnamed', () => {
    const text = 'Analysts said the sale would lift earnings next year.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'anonymous', 'the sale would lift earnings next year']]);
  });

  it('guard: "Analysts at a Mumbai-based brokerage said" stays unnamed', () => {
    const text = 'Analysts at a Mumbai-based brokerage said in a note that the fare cuts would hurt margins.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'anonymous', 'the fare cuts would hurt margins']]);
  });

  it('guard: "Wall Street analysts said" names a place, not a firm', () => {
    const text = 'Wall Street analysts said the stock looked cheap.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'anonymous', 'the stock looked cheap']]);
  });
});

describe('Russian: «Аналитики <body>» speak as the body', () => {
  it('«Аналитики Норденбанка пишут в обзоре, что …. По их оценке, …»: the bank both times', () => {
    const text = 'Аналитики Норденбанка пишут в обзоре, что цены на жилье в регионах останутся на месте. По их оценке, '
      + 'спрос на ипотеку восстановится только весной.';
    expect(found(text)).toEqual([
      ['indirect', 'Норденбанк', 'organisation', 'цены на жилье в регионах останутся на месте'],
      ['indirect', 'Норденбанк', 'organisation', 'спрос на ипотеку восстановится только весной'],
    ]);
  });

  it('«Экономисты Института отраслевых исследований ожидают, что …»: the institute', () => {
    const text = 'Экономисты Института отраслевых исследований ожидают, что выпуск цемента в этом году сократится на 4%.';
    expect(found(text)).toEqual([['indirect', 'Институт отраслевых исследований', 'organisation', 'выпуск цемента в этом году сократится на 4%']]);
  });

  it('guard: «Аналитики отрасли, опрошенные агентством, отмечают, что …» stays unnamed', () => {
    const text = 'Аналитики отрасли, опрошенные агентством, отмечают, что заводы загружены на две трети.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'anonymous', 'заводы загружены на две трети']]);
  });
});
