// The thirtieth session's second probe of English reported clauses (d1431–d1436, written and annotated before the
// extractor was run on them): the shapes the rules missed there, in fresh words and invented names (none of the
// fixture's sentences). Each case failed on the rules before the change but the guards (marked so), which pass on both.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const clauses = (text: string) =>
  extractStatements(text)
    .filter((s) => s.kind === 'indirect')
    .map((s) => [s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('English: a second verb of letting it be known after "and" ends the clause (attribution.ts CLAUSE_STOP_RE)', () => {
  it('"forecast that … and signalled …": two clauses', () => {
    expect(clauses('Treasurer Odile Marchetti forecast that rates would ease by spring and signalled the fund was ready to buy more bonds.')).toEqual([
      ['Odile Marchetti', 'rates would ease by spring'],
      ['Odile Marchetti', 'the fund was ready to buy more bonds'],
    ]);
  });

  it('"said … and hinted …", "said … and reiterated …"', () => {
    expect(clauses('Coach Baptiste Orlov said the squad had trained well and hinted two veterans would be rested.')).toEqual([
      ['Baptiste Orlov', 'the squad had trained well'],
      ['Baptiste Orlov', 'two veterans would be rested'],
    ]);
  });

  it('guard: a clause with no second verb of saying runs on through "and"', () => {
    expect(clauses('Treasurer Odile Marchetti said the fund had sold its gilts and bought shorter bonds.')).toEqual([
      ['Odile Marchetti', 'the fund had sold its gilts and bought shorter bonds'],
    ]);
  });
});

describe('English: "indicated" before a clause (vocabulary.ts)', () => {
  it('"<Name> indicated <clause>" without "that"', () => {
    expect(clauses('Harbourmaster Ingrid Solvang indicated the ferry would resume on Friday.')).toEqual([
      ['Ingrid Solvang', 'the ferry would resume on Friday'],
    ]);
  });

  it('a body "indicated it would …"', () => {
    expect(clauses('The Kellmoor Transit Authority indicated it would add buses on the night routes.')).toEqual([
      ['Kellmoor Transit Authority', 'it would add buses on the night routes'],
    ]);
  });

  it('guard: "indicated" with a noun object is no report', () => {
    expect(clauses('The gauge indicated a fall in pressure overnight.')).toEqual([]);
  });
});

describe('English: "floated the idea that" (hedged-or-phrasal-frame.ts)', () => {
  it('"<Name> floated the idea that …"', () => {
    expect(clauses('Alderman Priya Venkataraman floated the idea that the depot could become a market hall.')).toEqual([
      ['Priya Venkataraman', 'the depot could become a market hall'],
    ]);
  });

  it('"She raised the possibility that …" after her name', () => {
    const text = 'Alderman Priya Venkataraman spoke last. She raised the possibility that the levy could be phased in.';
    expect(clauses(text)).toEqual([['Priya Venkataraman', 'the levy could be phased in']]);
  });

  it('guard: "The idea that …" opening a sentence, and "floated the idea of …", are no reports', () => {
    expect(clauses('The idea that the depot could become a market hall was dropped in May.')).toEqual([]);
    expect(clauses('Alderman Priya Venkataraman floated the idea of a market hall at the depot.')).toEqual([]);
  });
});

describe('English: a charge sheet or a fact sheet as a document (speaker-phrase.ts DOCUMENT_NOUNS)', () => {
  it('"…, the charge sheet says." after the prosecuting body is named: the body\'s', () => {
    const text = 'The Regional Prosecuting Office of Velmar filed its case on Monday. Nearly R4 million was routed through a florist in Paarlberg, the charge sheet says.';
    expect(clauses(text)).toEqual([['Regional Prosecuting Office of Velmar', 'Nearly R4 million was routed through a florist in Paarlberg']]);
  });

  it('guard: "the balance sheet shows …" with no clause is no statement', () => {
    expect(clauses('The lender\'s balance sheet shows debts of $4 billion.')).toEqual([]);
  });
});
