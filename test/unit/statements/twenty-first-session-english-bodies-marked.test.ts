// English bodies the text itself marks (issue #13; the twenty-first session, from test-24's misses when it was made a read
// part): a name with no body's word at its end, read as a person's, though the text calls it later by one of its own words
// ("… Authority Halvik … the authority"), prints a spokesperson of it, or says where it is based ("Malta-based Name").
// Made-up names and sentences in none of the fixture parts. Each case failed on the rules before its change, but the
// guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const kinds = (text: string) => extractStatements(text).map((s) => [s.speaker, s.speakerKind] as const);

describe('bodies the text marks by how it calls them', () => {
  it('"Harbours Authority Halvik said", then "the authority": a body', () => {
    const text = 'Harbours Authority Halvik said the north quay would stay shut for a month. '
      + 'Fishing boats were told to use the south slipway, which the authority had repaired in May.';
    expect(kinds(text)).toEqual([['Harbours Authority Halvik', 'organisation']]);
  });

  it('"the Upland Water Quality Unit says", and "the unit" later: a body', () => {
    const text = 'Algae has spread along the reservoir shore, and the Upland Water Quality Unit says the bloom will grow.\n\n'
      + 'Swimmers have been told to keep out until the unit has tested the water again.';
    expect(kinds(text)).toEqual([['Upland Water Quality Unit', 'organisation']]);
  });

  it('"Lakeland Care said …; A Lakeland Care spokesman said": a body with a spokesman', () => {
    const text = 'Lakeland Care said on Monday that two wards would close over the winter.\n\n'
      + 'A Lakeland Care spokesman said nurses would be moved to the main hospital.';
    expect(kinds(text)).toEqual([['Lakeland Care', 'organisation'], [null, 'anonymous']]);
  });

  it('guard: "Malta-based Corran Marine Management said": a body (before and after)', () => {
    expect(kinds('Malta-based Corran Marine Management said the tanker would be repaired in port.'))
      .toEqual([['Corran Marine Management', 'organisation']]);
  });

  it('"the tanker\'s manager, Malta-based Corran Marine Management, said": the business, not a person', () => {
    expect(kinds("In a statement, the tanker's manager, Malta-based Corran Marine Management, said the crew were safe."))
      .toEqual([['Corran Marine Management', 'organisation']]);
  });

  it('guard: "Thomas Baker said", then "the baker": a person stays a person', () => {
    const text = 'Thomas Baker said the shop would stay open. Customers queued outside the baker on Saturday.';
    expect(kinds(text)).toEqual([['Thomas Baker', 'person']]);
  });

  it('guard: "Rosa Hill said", then "the hill": a person whose first name is a given name stays a person', () => {
    const text = 'Rosa Hill said the path had been washed away. Walkers were told to avoid the hill until spring.';
    expect(kinds(text)).toEqual([['Rosa Hill', 'person']]);
  });
});

describe('"the company said" after a lead whose own subject is the business', () => {
  it('"Orrin Textiles will cut 200 jobs at its … site …, the company said": the subject', () => {
    expect(kinds('Orrin Textiles will cut 200 jobs at its Leeds site this year, the company said on Monday.'))
      .toEqual([['Orrin Textiles', 'organisation']]);
  });

  it('after a dateline: "BRANDVIK: Norsk Kabelverk will shut its oldest line, the company said."', () => {
    expect(kinds('BRANDVIK: Norsk Kabelverk will shut its oldest line, the company said.')).toEqual([['Norsk Kabelverk', 'organisation']]);
  });

  it('guard: "Tomasz Wrona will step down as chief executive …, the company said": no "its", no subject taken', () => {
    expect(kinds('Tomasz Wrona will step down as chief executive in June, the company said.')).toEqual([['company', 'organisation']]);
  });
});

describe('a body word the text teaches: the last word of a body\'s name, then "the <word> said"', () => {
  it('"the Upland Water Quality Unit says …", then "In a bulletin on Friday, the unit said …": found, the unit', () => {
    const text = 'Algae has spread along the reservoir shore, and the Upland Water Quality Unit says the bloom will grow.\n\n'
      + 'In a bulletin on Friday, the unit said swimming was banned until further notice.';
    expect(kinds(text)).toEqual([['Upland Water Quality Unit', 'organisation'], ['Upland Water Quality Unit', 'organisation']]);
  });

  it('guard: "Marlow Fire Chief Name said …", then "the fire spread": "fire" is taught nothing', () => {
    const text = 'Marlow Fire Chief Dennis Orme said the blaze started in a kitchen. The fire spread to the roof within minutes.';
    expect(kinds(text)).toEqual([['Dennis Orme', 'person']]);
  });
});

describe('a short tail to the sentence end runs on in the clause', () => {
  const found = (text: string) => extractStatements(text).map((s) => s.text);

  it('", with three arrests for minor offences."', () => {
    expect(found('Police said the match had passed off quietly, with three arrests for minor offences.'))
      .toEqual(['the match had passed off quietly, with three arrests for minor offences']);
  });

  it('", but only in daylight and at low tide."', () => {
    expect(found('The harbour office said small boats could still use the slipway, but only in daylight and at low tide.'))
      .toEqual(['small boats could still use the slipway, but only in daylight and at low tide']);
  });

  it('guard: ", with only the last chapter still unfinished." ends the clause', () => {
    expect(found('The editor said the draft was nearly ready, with only the last chapter still unfinished.'))
      .toEqual(['the draft was nearly ready']);
  });
});
