// English bodies (issue #13; the twenty-second session, from test-25's misses when it was made a read part): a body that
// never spoke but made the document that speaks (a court its ruling, an inspectorate the report of its rating, a council
// the report its officers wrote), a business the text marks by its shares, and a department's name before a possessive.
// Made-up names and sentences in none of the fixture parts. Each case failed on the rules before its change, but the
// guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const kinds = (text: string) => extractStatements(text).map((s) => [s.speaker, s.speakerKind] as const);

describe('a court\'s ruling is the court\'s, though the court never spoke', () => {
  it('"In a ruling …, the court upheld a complaint by X, which argued that … The ruling says …": the court, not X', () => {
    const text = "Moravia's highest labour court has halted the closure of the Dolni Brana coking plant.\n\n"
      + 'In a ruling issued on Monday, the court upheld a complaint by the Brana Miners Union, which argued that the owner had skipped a '
      + 'required consultation.\n\n'
      + 'The ruling says the owner "ignored its own safety code" and orders a new consultation within 60 days.';
    expect(kinds(text)).toEqual([
      ['Brana Miners Union', 'organisation'],
      ["Moravia's highest labour court", 'organisation'],
      ["Moravia's highest labour court", 'organisation'],
    ]);
  });

  it('guard: "The Regional Court ruled that …. The ruling said …": the court named (before and after)', () => {
    const text = 'The Regional Court ruled on Tuesday that the permit had been issued unlawfully. '
      + 'The ruling said the council had not consulted the neighbours.';
    expect(kinds(text)).toEqual([['Regional Court', 'organisation']]);
  });

  it('guard: "The report says …" with no court in the text stays the last body\'s', () => {
    const text = 'The Harbour Board said on Friday that it would dredge the channel. The report says the silt had doubled since 2020.';
    expect(kinds(text)).toEqual([['Harbour Board', 'organisation'], ['Harbour Board', 'organisation']]);
  });
});

describe('an assessment is the body the text says did the judging', () => {
  it('"… has been rated "inadequate" by the Care Standards Inspectorate" then "The report says …": the inspectorate', () => {
    const text = 'A care home in Darnley has been rated "inadequate" by the Care Standards Inspectorate, a year after it was judged good.\n\n'
      + 'The report, published on Friday, says residents were "often left waiting" for help with meals.';
    const found = extractStatements(text).filter((s) => s.speaker !== null);
    expect(found.map((s) => [s.speaker, s.speakerKind])).toEqual([
      ['Care Standards Inspectorate', 'organisation'],
      ['Care Standards Inspectorate', 'organisation'],
    ]);
  });

  it('guard: "A review by the Halden Trust said …": the named author, not an earlier rater', () => {
    const text = 'The ward was rated "requires improvement" by the Care Standards Inspectorate last year.\n\n'
      + 'A review by the Halden Trust said staffing had since improved.';
    expect(kinds(text)).toEqual([['Halden Trust', 'organisation']]);
  });
});

describe('a report its body\'s officers wrote is that body\'s', () => {
  it('"Tallowbrook District councillors voted …"; "A report by council officers said …": the council by its members\' place', () => {
    const text = 'Tallowbrook District councillors voted 6–3 on Tuesday to close the Marlow Lane car park.\n\n'
      + 'A report by council officers tabled at the meeting said repairs to the deck would cost $410,000.';
    expect(kinds(text)).toEqual([['Tallowbrook District', 'organisation']]);
  });

  it('guard: "A report by two academics said …" stays an unnamed source', () => {
    expect(kinds('A report by two academics said repairs to the deck would cost $410,000.')).toEqual([[null, 'anonymous']]);
  });

  it('"Green Party councillors" name no council: "council" is printed as the word', () => {
    const text = 'Green Party councillors voted against the closure.\n\n'
      + 'A report by council officers said repairs to the deck would cost $410,000.';
    expect(kinds(text)).toEqual([['council', 'organisation']]);
  });
});

describe('a business the text marks by its shares', () => {
  it('"Sierra Plata said …" with "Sierra Plata shares fell": a business, not a person', () => {
    const text = 'Sierra Plata said in a filing that it would delay the new smelter by a year.\n\n'
      + 'Sierra Plata shares fell 3.1% in Lima on Monday.';
    expect(kinds(text)).toEqual([['Sierra Plata', 'organisation']]);
  });

  it('"a target price for Sierra Plata shares": the same', () => {
    const text = 'Sierra Plata said the smelter would open in 2028. Brokers cut their target price for Sierra Plata shares.';
    expect(kinds(text)).toEqual([['Sierra Plata', 'organisation']]);
  });

  it('guard: "Anna Reyes shares her flat …" keeps a person', () => {
    const text = 'Anna Reyes shares her flat with two nurses. Anna Reyes said the rent had doubled.';
    expect(kinds(text)).toEqual([['Anna Reyes', 'person']]);
  });
});

describe('a department\'s name before a possessive', () => {
  it('"according to the Flood Relief Department\'s SafeHaven portal": a body, not a person', () => {
    const text = 'Nearly 9,000 people were in shelters across the state, according to the Flood Relief Department\'s SafeHaven portal.';
    expect(kinds(text)).toEqual([['Flood Relief Department', 'organisation']]);
  });
});

describe('a body named in full after its kind, then by its last words', () => {
  it('"… that mid-sized producer Aurífera Sierra Plata runs" then "Sierra Plata said …": printed by the full name', () => {
    const text = 'A court has halted a dam that mid-sized producer Aurífera Sierra Plata runs near Ouro Fino.\n\n'
      + 'Sierra Plata said in a filing that it would appeal. Sierra Plata shares fell 4% on Tuesday.';
    expect(kinds(text)).toEqual([['Aurífera Sierra Plata', 'organisation']]);
  });

  it('guard: "energy supplier Brightwater Power … Brightwater Power said": the name as printed (before and after)', () => {
    const text = 'Energy supplier Brightwater Power has raised its prices. Brightwater Power said the rise would add £40 a year to bills.';
    expect(kinds(text)).toEqual([['Brightwater Power', 'organisation']]);
  });
});
