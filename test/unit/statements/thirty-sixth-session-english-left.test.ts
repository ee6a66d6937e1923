// The thirty-sixth session's English misses left in dev and the read parts, by shape, and the thirty-fifth session's
// named English leftovers, in fresh words and invented names (none of the fixtures' sentences). Each case failed on the
// rules before the change but the guards (marked so), which pass on both.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);
const clauses = (text: string) => found(text).filter((s) => s[0] === 'indirect');
const quotes = (text: string) => found(text).filter((s) => s[0] === 'direct');

describe('English: "Name will … its …, the chain said" is the name the sentence opens with (subject-by-its-kind.ts)', () => {
  it('"the grocery chain said" after a lead about the name and "its"', () => {
    expect(clauses('Depots\n\nBrambleway Foods will shut nine of its depots by June, the grocery chain said on Monday.')).toEqual([
      ['indirect', 'Brambleway Foods', 'organisation', 'Brambleway Foods will shut nine of its depots by June'],
    ]);
  });

  it('"the co-op confirmed", and the same words again further on are the same co-op', () => {
    expect(clauses('Milk price\n\nGlenmore Dairies will pay its farmers less for May milk, the co-op confirmed on Friday.\n\nThe cut followed a steep drop in cheese prices, the co-op said.')).toEqual([
      ['indirect', 'Glenmore Dairies', 'organisation', 'Glenmore Dairies will pay its farmers less for May milk'],
      ['indirect', 'Glenmore Dairies', 'organisation', 'The cut followed a steep drop in cheese prices'],
    ]);
  });

  it('"Name, the <description>, will … its …, the company said": the description between commas passed over', () => {
    expect(clauses('Budget app\n\nPennywhistle, the budgeting app with about a million users, will start charging for its export tool in May, the company said.')).toEqual([
      ['indirect', 'Pennywhistle', 'organisation', 'Pennywhistle, the budgeting app with about a million users, will start charging for its export tool in May'],
    ]);
  });

  it('"the charity said" after a lead about the charity', () => {
    expect(clauses('Shops\n\nCrumbling Walls Rescue will close four of its shops in Kent, the charity said.')).toEqual([
      ['indirect', 'Crumbling Walls Rescue', 'organisation', 'Crumbling Walls Rescue will close four of its shops in Kent'],
    ]);
  });

  it('guard: "the union said" is the union, not the business the lead is about', () => {
    expect(clauses('Depots\n\nBrambleway Foods will shut nine of its depots by June, the union said on Monday.')).toEqual([
      ['indirect', 'union', 'organisation', 'Brambleway Foods will shut nine of its depots by June'],
    ]);
  });

  it('guard: "the company said" after a lead with no apposition, as before', () => {
    expect(clauses('Depots\n\nBrambleway Foods will shut nine of its depots by June, the company said.')).toEqual([
      ['indirect', 'Brambleway Foods', 'organisation', 'Brambleway Foods will shut nine of its depots by June'],
    ]);
  });
});

describe('English: "…, the co-op said in a letter to suppliers." closes the clause (attribution.ts ADVERBIAL_BASE_RE)', () => {
  it('"in a letter to suppliers"', () => {
    expect(clauses('Prices\n\nThe price will fall by two cents a litre, Hollin Creamery said in a letter to suppliers.')).toEqual([
      ['indirect', 'Hollin Creamery', 'organisation', 'The price will fall by two cents a litre'],
    ]);
  });

  it('"in a notice to tenants"', () => {
    expect(clauses('Rents\n\nRents on the estate will rise in April, Marrow Lane Housing Association said in a notice to tenants.')).toEqual([
      ['indirect', 'Marrow Lane Housing Association', 'organisation', 'Rents on the estate will rise in April'],
    ]);
  });

  it('guard: "in a letter to members" as before', () => {
    expect(clauses('Prices\n\nThe price will fall by two cents a litre, Hollin Creamery said in a letter to members.')).toEqual([
      ['indirect', 'Hollin Creamery', 'organisation', 'The price will fall by two cents a litre'],
    ]);
  });
});

describe('English: "Later that day he said", "That evening he told …" (speaker-phrase.ts stripNoise)', () => {
  const lead = 'Flood bank\n\nMayor Gideon Fairweather walked the river bank in the morning.\n\n';

  it('"Later that day he said …"', () => {
    expect(clauses(`${lead}Later that day he said the bank would be mended by May.`)).toEqual([
      ['indirect', 'Gideon Fairweather', 'person', 'the bank would be mended by May'],
    ]);
  });

  it('"That evening he told reporters …"', () => {
    expect(clauses(`${lead}That evening he told reporters the bank would be mended by May.`)).toEqual([
      ['indirect', 'Gideon Fairweather', 'person', 'the bank would be mended by May'],
    ]);
  });

  it('"The next morning he said …"', () => {
    expect(clauses(`${lead}The next morning he said the bank would be mended by May.`)).toEqual([
      ['indirect', 'Gideon Fairweather', 'person', 'the bank would be mended by May'],
    ]);
  });

  it('"That day the council said …": the council, not "day the council"', () => {
    expect(clauses(`${lead}That day the council said the bank would be mended by May.`)).toEqual([
      ['indirect', 'council', 'organisation', 'the bank would be mended by May'],
    ]);
  });

  it('guard: "Later he said …" as before', () => {
    expect(clauses(`${lead}Later he said the bank would be mended by May.`)).toEqual([
      ['indirect', 'Gideon Fairweather', 'person', 'the bank would be mended by May'],
    ]);
  });
});

describe('English: \'Name makes chairs. "…," she says.\' (attribution.ts sentenceSubject)', () => {
  it('a present-tense profile sentence with a bare plural object, then the quote', () => {
    expect(quotes('Joinery\n\nOdile Brannock makes chairs in a barn near Ludlow. "Every joint is cut by hand," she says.')).toEqual([
      ['direct', 'Odile Brannock', 'person', 'Every joint is cut by hand'],
    ]);
  });

  it('"Name trains guides …", then "he says"', () => {
    expect(quotes('Boats\n\nTomas Quillfeather trains mountain guides in Snowdonia.\n\n"Every route has to be walked twice," he says.')).toEqual([
      ['direct', 'Tomas Quillfeather', 'person', 'Every route has to be walked twice'],
    ]);
  });

  it('guard: "Harbour Trust volunteers said …" is still an unnamed group', () => {
    expect(clauses('Beach\n\nHarbour Trust volunteers said the beach was clean by noon.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the beach was clean by noon'],
    ]);
  });
});

describe('English: a business named only in a person\'s post (business-in-post-of-person.ts)', () => {
  it('"Name Mills finance chief Name said …. The company said …"', () => {
    expect(clauses('Results\n\nThornbury Mills finance chief Priya Vantongeren said sales rose in the autumn.\n\nThe company said it would open two shops in March.')).toEqual([
      ['indirect', 'Priya Vantongeren', 'person', 'sales rose in the autumn'],
      ['indirect', 'Thornbury Mills', 'organisation', 'it would open two shops in March'],
    ]);
  });

  it('"Name\'s managing director Name …, the company said"', () => {
    expect(clauses("Results\n\nQuarrelwood's managing director Dev Anand-Price said sales rose in the autumn.\n\nThe company said it would open two shops in March.")).toEqual([
      ['indirect', 'Dev Anand-Price', 'person', 'sales rose in the autumn'],
      ['indirect', 'Quarrelwood', 'organisation', 'it would open two shops in March'],
    ]);
  });

  it('a plural name in the possessive, a headline above: the name alone, not the headline\'s word with it', () => {
    expect(clauses("Results\n\nThornbury Mills' finance chief Priya Vantongeren said sales rose in the autumn.\n\nThe company said it would open two shops in March.")).toEqual([
      ['indirect', 'Priya Vantongeren', 'person', 'sales rose in the autumn'],
      ['indirect', 'Thornbury Mills', 'organisation', 'it would open two shops in March'],
    ]);
  });

  it('guard: a minister\'s post gives no business ("Welsh finance minister Name")', () => {
    expect(clauses('Budget\n\nWelsh finance minister Aled Prytherch said the budget was tight.\n\nThe company said it would open two shops in March.')).toEqual([
      ['indirect', 'Aled Prytherch', 'person', 'the budget was tight'],
      ['indirect', 'company', 'organisation', 'it would open two shops in March'],
    ]);
  });
});
