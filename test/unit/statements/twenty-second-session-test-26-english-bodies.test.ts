// test-26 read, English bodies (issue #13; the twenty-second session's second half): a lead opened by a trade's word and
// a kind ("Mining company Name will …, the company said"), a travel business named by what it sells ("… Cruises"), and
// a body described after a place word's possessive ("the island's development trust") spelled out by the name the text
// prints in the same words. Made-up names and sentences in none of the fixture parts. Each case failed on the rules
// before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const speakers = (text: string) => extractStatements(text).map((s) => [s.speaker, s.speakerKind] as const);

describe('a lead opened by a trade word and a kind, then the name', () => {
  it('"Mining company Varkaus-Stål will close its smelter …, the company said": the name, not the trade', () => {
    const text = 'Mining company Varkaus-Stål will close its smelter in Tornio by June, putting 90 jobs at risk, the company said on Friday.';
    expect(speakers(text)).toEqual([['Varkaus-Stål', 'organisation']]);
  });

  it('"Shipping firm Nordhavn-Linje will cut its fleet …, the firm said": the name', () => {
    const text = 'Shipping firm Nordhavn-Linje will cut its fleet by a third, the firm said on Monday.';
    expect(speakers(text)).toEqual([['Nordhavn-Linje', 'organisation']]);
  });

  it('"Finnish forest company Kuusirinne will close its sawmill …": a nationality and a trade before the kind', () => {
    const text = 'Finnish forest company Kuusirinne will close its sawmill in Suomussalmi, the company said.';
    expect(speakers(text)).toEqual([['Kuusirinne', 'organisation']]);
  });

  it('guard: a lead whose subject is the name itself keeps it', () => {
    const text = 'Varkaus-Stål will close its smelter in Tornio by June, putting 90 jobs at risk, the company said on Friday.';
    expect(speakers(text)).toEqual([['Varkaus-Stål', 'organisation']]);
  });
});

describe('a travel business named by what it sells', () => {
  it('"Fjordline Cruises said …": a body, not a person', () => {
    const text = 'Fjordline Cruises said in a statement that its ships were fully booked for the summer.';
    expect(speakers(text)).toEqual([['Fjordline Cruises', 'organisation']]);
  });

  it('"Highland Glen Tours said …": a body, not a person', () => {
    const text = 'Highland Glen Tours said it would add a second coach on the route from May.';
    expect(speakers(text)).toEqual([['Highland Glen Tours', 'organisation']]);
  });

  it('guard: a person\'s two names stay a person', () => {
    const text = 'Moira Fenwick said it would add a second coach on the route from May.';
    expect(speakers(text)).toEqual([['Moira Fenwick', 'person']]);
  });
});

describe('a body described after a place word\'s possessive, by the name the text prints in the same words', () => {
  it('"the island\'s community transport trust" then "… chairs Hoy, Flotta and Walls Community Transport Trust": the name', () => {
    const text = "Bus fares on the island will rise by a fifth in spring, the island's community transport trust has confirmed.\n\n"
      + 'Morag Tulloch, who chairs Hoy, Flotta and Walls Community Transport Trust, said the fleet was old.';
    expect(speakers(text)).toEqual([['Hoy, Flotta and Walls Community Transport Trust', 'organisation'], ['Morag Tulloch', 'person']]);
  });

  it('"the valley\'s water board said" then "Upper Glen Water Board is run by volunteers": the name', () => {
    const text = "The valley's water board said the reservoir was at its lowest level since 1995.\n\n"
      + 'Upper Glen Water Board is run by volunteers from four villages.';
    expect(speakers(text)).toEqual([['Upper Glen Water Board', 'organisation']]);
  });

  it('guard: with no name printed in the same words, the description stays as written', () => {
    const text = "The town's football club said the ground would close for repairs in January.";
    expect(speakers(text)).toEqual([["town's football club", 'organisation']]);
  });

  it('guard: two different names in the same words leave the description as written', () => {
    const text = "The valley's water board said the reservoir was at its lowest level since 1995.\n\n"
      + 'Upper Glen Water Board and Lower Glen Water Board share one engineer.';
    expect(speakers(text)).toEqual([["valley's water board", 'organisation']]);
  });
});

describe('a study\'s maker after "carried out by", and a body\'s regional branch', () => {
  it('"The survey, carried out by the Welsh Farmers\' Federation, found that …": the federation', () => {
    const text = "The survey, carried out by the Welsh Farmers' Federation, found that half of the farms had no successor.";
    expect(speakers(text)).toEqual([['Welsh Farmers Federation', 'organisation']]);
  });

  it('guard: a survey "carried out" with no maker named stays unnamed', () => {
    const text = 'The survey, carried out last spring, found that rents had doubled.';
    expect(speakers(text)).toEqual([[null, 'anonymous']]);
  });

  it('guard: a study "conducted by" a person\'s name is not made a body', () => {
    const text = 'The survey, carried out by Dr Anna Price, found that rents had doubled.';
    expect(speakers(text)).not.toContainEqual(['Anna Price', 'organisation']);
  });

  it('"The British Dental Association\'s Welsh branch said …": the branch in full', () => {
    const text = "The British Dental Association's Welsh branch said half of the practices had no hygienist.";
    expect(speakers(text)).toEqual([["British Dental Association's Welsh branch", 'organisation']]);
  });

  it('"The survey, carried out by the Royal Society of Chemistry\'s Welsh branch, found …": the branch in full', () => {
    const text = "The survey, carried out by the Royal Society of Chemistry's Welsh branch, found that half of the labs had no technician.";
    expect(speakers(text)).toEqual([["Royal Society of Chemistry's Welsh branch", 'organisation']]);
  });
});
