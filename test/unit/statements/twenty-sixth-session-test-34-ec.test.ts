// The twenty-sixth session, second round: test-34 read, English clauses not found. A reported clause running on through
// ", but" before a count or a name's possessive (but-clause-count-or-owner.ts); a body's advisory and resolution as
// documents (speaker-phrase.ts); "the co-op said" for the body a text introduced as a co-operative
// (bodies-introduced-by-kind.ts, vocabulary.ts). Made-up
// bodies, people and sentences in none of the fixture parts; each case failed on the rules before the change, but the
// guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);

describe('English: a clause runs on through ", but" before a count or a possessive (but-clause-count-or-owner.ts)', () => {
  it('"…, but only about 4,200 had been paid": one clause', () => {
    const text = 'Harbour master Tobias Wrenfield said some 9,000 boat owners had applied for the grant, but only about 4,200 had been paid by the end of March.';
    expect(found(text).map((s) => s[3])).toEqual(['some 9,000 boat owners had applied for the grant, but only about 4,200 had been paid by the end of March']);
  });

  it('"…, but Marlow\'s pension would be cut …": one clause', () => {
    const text = 'The arbitrator said the dismissal had been handled badly, but Marlow\'s pension would be cut by a tenth because he had ignored two warnings.';
    expect(found(text).map((s) => s[3])).toEqual(['the dismissal had been handled badly, but Marlow\'s pension would be cut by a tenth because he had ignored two warnings']);
  });

  it('guard: "…, but 14 of the growers said …": a new frame ends the clause', () => {
    const text = 'The mayor said the scheme had worked well, but 14 of the growers said they had never heard of it.';
    expect(found(text)[0]?.[3]).toBe('the scheme had worked well');
  });
});

describe('English: an advisory and a resolution as documents (speaker-phrase.ts)', () => {
  it('"…, the advisory added": a clause of the body that issued it', () => {
    const text = 'Shellfish from the northern bay are unsafe to eat until further notice, the Coastal Waters Agency said in an advisory on Friday. Anyone who had eaten mussels since Tuesday should see a doctor if they felt unwell, the advisory added.';
    expect(found(text).map((s) => s[3])).toEqual([
      'Shellfish from the northern bay are unsafe to eat until further notice',
      'Anyone who had eaten mussels since Tuesday should see a doctor if they felt unwell',
    ]);
  });

  it('"…, the resolution states": found', () => {
    const text = 'The Tenants Forum passed a motion on Monday night. Landlords in the district should publish their repair records every year, the resolution states.';
    expect(found(text).map((s) => s[3])).toEqual(['Landlords in the district should publish their repair records every year']);
  });

  it('guard: "the advisory panel said": the panel, a body', () => {
    const text = 'Fees should rise by 4 per cent next year, the advisory panel said.';
    expect(found(text).map((s) => [s[1], s[2]])).toEqual([['advisory panel', 'organisation']]);
  });
});

describe('English: "the co-op" is the co-operative the text introduced (bodies-introduced-by-kind.ts)', () => {
  it('"Farmers\' co-operative Hollin & Reed Growers … the co-op said": the co-operative', () => {
    const text = 'Farmers\' co-operative Hollin & Reed Growers has written to its 300 members about the harvest.\n\nIn the letter, the co-op said potato yields had fallen by a fifth since last year.';
    expect(found(text).map((s) => [s[1], s[3]])).toEqual([['Hollin & Reed Growers', 'potato yields had fallen by a fifth since last year']]);
  });
});
