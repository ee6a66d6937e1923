// English people by a first name and posts before a name, after test-27 was read (issue #13; the twenty-third session):
// a lone name described right after it as someone (", a 61-year-old weaver who …"), a post "of the <body word>'s <Body>"
// before the name, a body's name with "of" then a lower-case word for a person and a name, "counsel" as a post. Made-up people and places; each case failed on the rules before its change, but
// the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);

describe('a lone name described right after it as someone is a person', () => {
  it('"Name, a 61-year-old weaver who …, said", then "she said"', () => {
    const text = 'The looms at the cooperative have stood idle since March.\n\nTirunavukkarasi, a 61-year-old weaver who has '
      + 'worked the same loom for 40 years, said she would not sell it. "My hands know this wood," she said.';
    expect(found(text)).toEqual([
      ['indirect', 'Tirunavukkarasi', 'person', 'she would not sell it'],
      ['direct', 'Tirunavukkarasi', 'person', 'My hands know this wood'],
    ]);
  });

  it('"Name, a nurse who asked that only her first name be used, said"', () => {
    const text = 'The clinic ran out of saline on Friday.\n\nOyelola, a nurse who asked that only her first name be used, '
      + 'said the queue had reached the road by noon.';
    expect(found(text)).toEqual([
      ['indirect', 'Oyelola', 'person', 'the queue had reached the road by noon'],
    ]);
  });

  it('"Name, an older fisherman who …, told" with no age', () => {
    const text = 'The harbour froze early this year.\n\nMattias, an older fisherman who still mends his own nets, told '
      + 'the paper the ice had come three weeks before anyone expected.';
    expect(found(text)).toEqual([
      ['indirect', 'Mattias', 'person', 'the ice had come three weeks before anyone expected'],
    ]);
  });

  it('guard: "Name, a French water company that …, said" stays a body', () => {
    const text = 'The contract ends next year.\n\nAquavel, a French water company that runs the plant, said it would bid again.';
    expect(found(text)).toEqual([
      ['indirect', 'Aquavel', 'organisation', 'it would bid again'],
    ]);
  });

  it('guard: "Name, a local charity who …, said": a body\'s kind in the description', () => {
    const text = 'The shelter opened in 1998.\n\nHarbourlight, a local charity who runs the shelter, said demand had doubled.';
    expect(found(text)).toEqual([
      ['indirect', 'Harbourlight', 'organisation', 'demand had doubled'],
    ]);
  });
});

describe('a post of a body that a body\'s word in the possessive owns', () => {
  it('"Deputy head of the ministry\'s Fisheries and Coastal Department Name told …"', () => {
    const text = 'The catch rose for a third year. Deputy head of the ministry\'s Fisheries and Coastal Department Oskar '
      + 'Lindqvist told the paper that the quotas would stay as they are. "We are cautious," the deputy head said.';
    expect(found(text)).toEqual([
      ['indirect', 'Oskar Lindqvist', 'person', 'the quotas would stay as they are'],
      ['direct', 'Oskar Lindqvist', 'person', 'We are cautious'],
    ]);
  });

  it('guard: "Chairman of the Harbour Authority Name said" as before', () => {
    expect(found('The ferry fares go up in May. Chairman of the Harbour Authority Piet Vermaelen said the rise was small.')).toEqual([
      ['indirect', 'Piet Vermaelen', 'person', 'the rise was small'],
    ]);
  });
});

describe('a body\'s name with "of", then a lower-case word for a person, then a name', () => {
  it('"Institute of Hydrology senior modeller Name said", then "she said"', () => {
    const text = 'The river peaked overnight.\n\nInstitute of Hydrology senior modeller Saoirse Ní Bhraonáin said the '
      + 'water would fall slowly.\n\n"We expect a second crest on Sunday," she said.';
    expect(found(text)).toEqual([
      ['indirect', 'Saoirse Ní Bhraonáin', 'person', 'the water would fall slowly'],
      ['direct', 'Saoirse Ní Bhraonáin', 'person', 'We expect a second crest on Sunday'],
    ]);
  });

  it('guard: "The Federation of Master Builders said" stays a body', () => {
    expect(found('The ewes came down early. The Federation of Master Builders said the winter feed would run short.')).toEqual([
      ['indirect', 'Federation of Master Builders', 'organisation', 'the winter feed would run short'],
    ]);
  });
});

describe('"counsel" is a post', () => {
  it('\'"…," lead class counsel Name of Firm LLP told Outlet.\'', () => {
    const text = 'The settlement was approved on Monday.\n\n"Our clients waited six years for this," lead class counsel '
      + 'Marisol T. Brennock of Brennock Oyelaran LLP told reporters.';
    expect(found(text)).toEqual([
      ['direct', 'Marisol T. Brennock', 'person', 'Our clients waited six years for this'],
    ]);
  });

  it('\'"…," said counsel Name.\'', () => {
    expect(found('The board met on Monday. "We will appeal in June," said counsel Ruth Abernethy-Kaye.')).toEqual([
      ['direct', 'Ruth Abernethy-Kaye', 'person', 'We will appeal in June'],
    ]);
  });

  it('guard: "General counsel Name said" as before', () => {
    expect(found('The board met on Monday. General counsel Ruth Abernethy-Kaye said the appeal would be filed in June.')).toEqual([
      ['indirect', 'Ruth Abernethy-Kaye', 'person', 'the appeal would be filed in June'],
    ]);
  });
});
