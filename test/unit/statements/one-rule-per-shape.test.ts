// The thirty-fourth session's second round, one rule per shape: lists the first round's branches wrote side by side for
// one shape were folded into one place, each reading kept. These cases hold what the fold joined: a description's body
// word that only one of the two lists held now serves both readings (body-apposed-or-they.ts, SINGULAR_BODY_HEADS, read by
// body-apposed-to-source.ts too); the legal forms printed in capitals one list (company-by-legal-form.ts, read by
// speaker-phrase.ts); the Russian words for a business's kind one list (vocabulary-ru.ts, RU_BUSINESS_KIND_STEMS, read by
// russian-legal-form-names.ts and russian-latin-body-name.ts); a side's "who" aside then "they" one function
// (body-apposed-or-they.ts, sideAsideThenThey). Made-up names and sentences; each case but the guards (marked so) and the
// last block failed on the rules before the fold (the last holds the test moved out of speaker-resolver.ts as it was).
import { describe, expect, it } from 'vitest';
import { sideAsideThenThey } from '../../../src/statements/body-apposed-or-they.ts';
import { endsInLegalForm } from '../../../src/statements/company-by-legal-form.ts';
import { extractStatements } from '../../../src/statements/extract.ts';
import { latinBodyAfterKind } from '../../../src/statements/russian-latin-body-name.ts';
import { namesAfterLegalForm } from '../../../src/statements/russian-legal-form-names.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);

describe('English: one list of a body\'s singular words for a description beside a name', () => {
  it('"According to X, the regional newspaper, …": the apposition is the source\'s, the clause after it', () => {
    expect(found('According to Tidewell, the regional newspaper, the ferry will stop running in January.'))
      .toEqual([['Tidewell', 'organisation', 'the ferry will stop running in January']]);
  });

  it('"According to X, the county\'s weekly newspaper, …": the same with a place\'s possessive', () => {
    expect(found('According to Corrib Ledger, the county\'s weekly newspaper, the mill will close in May.'))
      .toEqual([['Corrib Ledger', 'organisation', 'the mill will close in May']]);
  });

  it('"X, the region\'s tax office, said": a body', () => {
    expect(found('Oakhurst Meridian, the region\'s tax office, said the new forms would be posted in April.'))
      .toEqual([['Oakhurst Meridian', 'organisation', 'the new forms would be posted in April']]);
  });

  it('guard: "Name Name, the regional tax office\'s director, said" stays a person', () => {
    expect(found('Brenna Holt, the regional tax office\'s director, said the forms would be posted in April.'))
      .toEqual([['Brenna Holt', 'person', 'the forms would be posted in April']]);
  });
});

describe('English: one list of legal forms printed in capitals (company-by-legal-form.ts)', () => {
  it('a name ending in "AS" or "B.V." ends in a legal form', () => {
    expect(endsInLegalForm('Fjellkraft Nett AS')).toBe(true);
    expect(endsInLegalForm('Maasdelta Vaart B.V.')).toBe(true);
  });

  it('guard: "As" in its own case is no legal form', () => {
    expect(endsInLegalForm('Ann As')).toBe(false);
  });
});

describe('Russian: one list of words for a business\'s kind (vocabulary-ru.ts)', () => {
  it('«Корпорация «Name Name»» prints a body\'s name', () => {
    expect(namesAfterLegalForm('Корпорация «Северный Ветер» сообщила о сокращениях. Северный Ветер закроет цех.')).toEqual(['северный ветер']);
  });

  it('«перевозчик Nordic Aviation», «застройщика Baltic Homes»: a business named in Latin letters', () => {
    expect(latinBodyAfterKind([{ text: 'перевозчик' }, { text: 'Nordic' }, { text: 'Aviation' }])).toBe('Nordic Aviation');
    expect(latinBodyAfterKind([{ text: 'застройщика' }, { text: 'Baltic' }, { text: 'Homes' }])).toBe('Baltic Homes');
  });

  it('guard: a person\'s trade before «Name Name» is no business\'s kind', () => {
    expect(namesAfterLegalForm('Водитель «Иван Петров» опоздал.')).toEqual([]);
  });
});

describe('English: a side\'s "who" aside then "they" (body-apposed-or-they.ts, sideAsideThenThey)', () => {
  it('"Harbourside Kestrels, who lost …, said they …": read', () => {
    expect(sideAsideThenThey('Harbourside Kestrels, who lost the final 40-33, said they would appeal.', ['Harbourside', 'Kestrels'])).toBe(true);
  });

  it('guard: a name whose last word is no plural, "Tessa Brandt, who lost the seat, said they …", is not read', () => {
    expect(sideAsideThenThey('Tessa Brandt, who lost the seat, said they would appeal.', ['Tessa', 'Brandt'])).toBe(false);
  });
});
