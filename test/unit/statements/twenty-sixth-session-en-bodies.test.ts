// The twenty-sixth session, English bodies and unnamed sources (test-32 and test-33 read side by side): a body's name in
// lower case before its initials in brackets (lower-case-name-before-initials.ts); "<Place>-based <trade> <kind> <Name>
// has …, the company said" (business-opening-its-sentence.ts); a short name in brackets after "according to" a body
// (attribution.ts); "the statement said" after a statement "tendered by" a named body (document-issued-by.ts); "the
// society's board" as the society (board-of-body.ts); a union's number in its Spanish name (foreign-body-name.ts); plural
// unions and cooperatives of a kind, none named (speaker-phrase.ts); a letter "sent to staff at <Body>" as the body's
// (sent-to-own-staff.ts); research "led by" a body the prose names beats a headline's "<Words> study finds"
// (document-issued-by.ts). Made-up bodies, people and sentences in none of the fixture parts; each case failed on the
// rules before the change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);
const speakers = (text: string) => found(text).map((s) => (s[2] === 'organisation' ? `${s[1]} (org)` : s[1]));

describe('English: a lower-case body\'s name before its initials (lower-case-name-before-initials.ts)', () => {
  it('"the rural roads department (RRD) … The RRD said … It said": the department as printed', () => {
    const text = 'Two bridges on the coast road were closed on Monday, and the rural roads department (RRD) has asked drivers to use the inland route.\n\nThe RRD said repairs to the first bridge would take a month. It said the second would reopen on Friday.';
    expect(speakers(text)).toEqual(['rural roads department (org)', 'rural roads department (org)']);
  });

  it('guard: "the Rural Roads Department (RRD) … The RRD said": the capitalised name as before', () => {
    const text = 'Two bridges on the coast road were closed on Monday, and the Rural Roads Department (RRD) has asked drivers to use the inland route.\n\nThe RRD said repairs to the first bridge would take a month.';
    expect(speakers(text)).toEqual(['Rural Roads Department (org)']);
  });
});

describe('English: a place-based business opening its own sentence (business-opening-its-sentence.ts)', () => {
  it('"Lagos-based fintech startup Payvault has raised … led by Kestrel Ventures, the company said": Payvault', () => {
    expect(speakers('Lagos-based fintech startup Payvault has raised $9 million in a round led by Kestrel Ventures, the company said on Monday.')).toEqual(['Payvault (org)']);
  });

  it('"Fintech startup Payvault has raised … led by Kestrel Ventures, the company said": Payvault', () => {
    expect(speakers('Fintech startup Payvault has raised $9 million in a round led by Kestrel Ventures, the company said on Monday.')).toEqual(['Payvault (org)']);
  });

  it('guard: "Kestrel Ventures has invested … in Payvault, the company said": the sentence\'s subject, as before', () => {
    expect(speakers('Kestrel Ventures has invested $9 million in Payvault, a payments app, the company said on Monday.')).toEqual(['Kestrel Ventures (org)']);
  });
});

describe('English: a short name in brackets after "according to" a body (attribution.ts)', () => {
  it('"according to the Marine Research Institute Iceland (Hafro)": the institute, no "Hafro" in its name', () => {
    expect(speakers('Cod stocks off the west coast fell by a fifth last year, according to the Marine Research Institute Iceland (Hafro).')).toEqual(['Marine Research Institute Iceland (org)']);
  });

  it('guard: "according to the Federal Statistics Office (FSO)": the office, as before', () => {
    expect(speakers('Exports fell by a fifth last year, according to the Federal Statistics Office (FSO).')).toEqual(['Federal Statistics Office (org)']);
  });
});

describe('English: a document a named body tendered, then "the statement said" (document-issued-by.ts)', () => {
  it('"According to an agreed statement of facts tendered by the Marine Parks Authority, … the statement said": the authority', () => {
    const text = 'The skipper pleaded guilty on Tuesday.\n\nAccording to an agreed statement of facts tendered by the Marine Parks Authority, survey footage showed the anchor had dragged across 300 square metres of coral. Much of the reef under the anchor was damaged beyond repair, the statement said.';
    expect(found(text).at(-1)?.slice(1, 3)).toEqual(['Marine Parks Authority', 'organisation']);
  });

  it('guard: "the statement said" where the text names no maker: not a body', () => {
    const text = 'The skipper pleaded guilty on Tuesday.\n\nMuch of the reef under the anchor was damaged beyond repair, the statement said.';
    expect(found(text).at(-1)?.[2]).not.toBe('organisation');
  });
});

describe('English: a body\'s board by the body\'s word (board-of-body.ts)', () => {
  it('"The society\'s board said" after "the Harwood Brass Society": the society', () => {
    const text = 'Players at the Harwood Brass Society have rejected a pay offer worth 3% over two years.\n\nThe society\'s board said it would meet the players again in January.';
    expect(speakers(text)).toEqual(['Harwood Brass Society (org)']);
  });

  it('"The Harwood Brass Society\'s board said": the society by its name', () => {
    const text = 'Players have rejected a pay offer worth 3% over two years.\n\nThe Harwood Brass Society\'s board said it would meet the players again in January.';
    expect(speakers(text)).toEqual(['Harwood Brass Society (org)']);
  });

  it('guard: "Mr Harwood\'s board said": no body named so', () => {
    const text = 'Players have rejected a pay offer worth 3% over two years.\n\nMr Harwood\'s board said it would meet the players again in January.';
    expect(speakers(text)).not.toEqual(['Harwood (org)']);
  });
});

describe('English: a union\'s number inside its Spanish name (foreign-body-name.ts)', () => {
  it('"Sindicato N°3 de Trabajadores Forestales del Maule said …. The union said": the union, number kept', () => {
    const text = 'About 400 sawmill workers joined the strike, Sindicato N°3 de Trabajadores Forestales del Maule said on Monday. The union said the final offer was far too low.';
    expect(speakers(text)).toEqual(['Sindicato N°3 de Trabajadores Forestales del Maule (org)', 'Sindicato N°3 de Trabajadores Forestales del Maule (org)']);
  });

  it('guard: "Sindicato de Trabajadores Forestales del Maule said": the union, as before', () => {
    const text = 'About 400 sawmill workers joined the strike, Sindicato de Trabajadores Forestales del Maule said on Monday.';
    expect(speakers(text)).toEqual(['Sindicato de Trabajadores Forestales del Maule (org)']);
  });
});

describe('English: unions and cooperatives of a kind, none named (speaker-phrase.ts UNNAMED_BODY_PLURALS)', () => {
  it('"Tea cooperative unions in the highlands have called …, saying …": unnamed', () => {
    expect(speakers('Tea cooperative unions in the highlands have called for lower export fees, saying growers were losing money on every kilo.')).toEqual(['anonymous']);
  });

  it('guard: "The Federation of Tea Unions said": the federation', () => {
    expect(speakers('The Federation of Tea Unions said growers were losing money on every kilo.')).toEqual(['Federation of Tea Unions (org)']);
  });
});

describe('English: a letter sent to a body\'s own staff (sent-to-own-staff.ts)', () => {
  it('"A letter sent to staff at Marlow Valley Schools Partnership … says …. It says …": the partnership', () => {
    const text = 'A letter sent to staff at Marlow Valley Schools Partnership last week says the partnership will close two of its nurseries. It says a consultation will open in March.';
    expect(speakers(text)).toEqual(['Marlow Valley Schools Partnership (org)', 'Marlow Valley Schools Partnership (org)']);
  });

  it('guard: "A letter sent to the council by Marlow Valley Schools Partnership says": its sender, as before', () => {
    const text = 'A letter sent to the council by Marlow Valley Schools Partnership says the partnership will close two of its nurseries.';
    expect(speakers(text)).toEqual(['Marlow Valley Schools Partnership (org)']);
  });
});

describe('English: research the prose says a body led, after a headline\'s "<Words> study finds" (document-issued-by.ts)', () => {
  it('"…, Lowland Valley study finds" then "according to research led by the Institute …. The study … found": the institute', () => {
    const text = 'Dry meadows store more carbon than thought, Lowland Valley study finds\n\nHay meadows in the Lowland Valley that were never ploughed hold a third more carbon than grazed fields, according to research led by the Institute of Grassland Ecology.\n\nThe study, published on Tuesday in a soil science journal, found that the oldest meadows held the most carbon.';
    expect(found(text).at(-1)?.slice(1, 3)).toEqual(['Institute of Grassland Ecology', 'organisation']);
  });

  it('guard: "…, Oxbridge study finds" and no maker in the prose: the headline\'s, as before', () => {
    const text = 'Dry meadows store more carbon than thought, Oxbridge study finds\n\nThe study, published on Tuesday in a soil science journal, found that the oldest meadows held the most carbon.';
    expect(found(text).at(-1)?.slice(1, 3)).toEqual(['Oxbridge', 'organisation']);
  });
});
