// English clauses not found (issue #13; the twenty-second session, from test-25's misses when it was made a read part):
// a setting between "said" and its "that", speakers with a post in an -ing word or a relative after an inverted verb, a
// connective before a subject with a participle's aside, nouns for people the lists lacked, a body's announcement in its
// own voice, an outlet relaying what a speaker said, examiners' findings, a titled document, a wire dateline, two speakers
// after the words, and a clause that runs on past ", despite". One kind at a time, on made-up people and sentences that
// are in none of the fixture parts. Each case failed on the rules before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('a setting between the verb and its "that"', () => {
  it('"said in a filing with Peru\'s securities market regulator SMV that …"', () => {
    expect(found('Pellworth Minerals said in a filing with Peru\'s securities market regulator SMV that it would contest the fine.'))
      .toEqual([['indirect', 'Pellworth Minerals', 'it would contest the fine']]);
  });

  it('"said in a written answer tabled at last month\'s hearing that …"', () => {
    expect(found('The Treasury, which funds the scheme, said in a written answer tabled at last month\'s hearing that ministers had signed off the extra money.'))
      .toEqual([['indirect', 'Treasury', 'ministers had signed off the extra money']]);
  });

  it('guard: "said on Friday the contract that was signed in June would stand" (a relative "that")', () => {
    expect(found('The mayor said on Friday the contract that was signed in June would stand.').map(([, , text]) => text))
      .toEqual(['the contract that was signed in June would stand']);
  });
});

describe('speakers the subject reader missed', () => {
  it('"Shipping analyst Name, a former port executive, said …": an -ing word before a post and a name is no participle', () => {
    expect(found('Shipping analyst Dorotea Villaseñor, a former port executive, said the delays were part of a wider slowdown.'))
      .toEqual([['indirect', 'Dorotea Villaseñor', 'the delays were part of a wider slowdown']]);
  });

  it('guard: "Speaking to reporters, Name said …" stays a participle opening', () => {
    expect(found('Speaking to reporters in Oban, Fergus Allardyce said the pier would reopen in April.'))
      .toEqual([['indirect', 'Fergus Allardyce', 'the pier would reopen in April']]);
  });

  it('"PhD candidate Name, who …, says …": "candidate" a noun for a person', () => {
    expect(found('PhD candidate Imogen Tsakalos, who has spent two winters on the glacier, says the ice is thinning faster than expected.'))
      .toEqual([['indirect', 'Imogen Tsakalos', 'the ice is thinning faster than expected']]);
  });

  it('"One GP working in …, who …, said …": a short capitalised noun for a person', () => {
    expect(found('One GP working in the valley, who asked not to be named because she is still in talks with the board, said the problem was the rota, not the pay.'))
      .toEqual([['indirect', 'anonymous', 'the problem was the rota, not the pay']]);
  });

  it('"Tour guides in … say …": a group by trade', () => {
    expect(found('Mountain guides in Zermatt say bookings have already dropped for January.'))
      .toEqual([['indirect', 'anonymous', 'bookings have already dropped for January']]);
  });

  it('"However, a source at …, speaking on condition of anonymity, said …": a connective, then a participle\'s aside', () => {
    expect(found('However, an engineer at the county\'s roads department, speaking on condition of anonymity, said the steel had not yet been delivered.'))
      .toEqual([['indirect', 'anonymous', 'the steel had not yet been delivered']]);
  });

  it('\'"…," said Name, 58, who said …\': the name before "who" after an inverted verb', () => {
    expect(found('"The river took everything," said Rohan Baptiste, 58, who said he had lost two boats and his nets.')).toEqual([
      ['direct', 'Rohan Baptiste', 'The river took everything'],
      ['indirect', 'Rohan Baptiste', 'he had lost two boats and his nets'],
    ]);
  });

  it('"In a notice to staff …, the management said …": who runs a workplace speaks as it', () => {
    expect(found('In a notice to staff pinned up in the canteen, the management said the line would stop for three days while the roof was repaired.').map(([k, , t]) => [k, t]))
      .toEqual([['indirect', 'the line would stop for three days while the roof was repaired']]);
  });
});

describe('a body named by places and its initials', () => {
  it('"The Bath, Swindon and Wiltshire ICB, which …, said …"', () => {
    expect(found('The Bath, Swindon and Wiltshire ICB, which buys most of the hospital\'s care, said it expected to settle the budget in February.'))
      .toEqual([['indirect', 'Bath Swindon and Wiltshire ICB', 'it expected to settle the budget in February']]);
  });
});

describe('a body in its own voice, and an outlet relaying', () => {
  it('"X are delighted to confirm that …"', () => {
    expect(found('Barrow Raiders are delighted to confirm that prop Isileli Fonua has agreed a new two-year deal.').map(([k, , t]) => [k, t]))
      .toEqual([['indirect', 'prop Isileli Fonua has agreed a new two-year deal']]);
  });

  it('"Erris Rovers are delighted to …": a name taking "are" is a club\'s', () => {
    expect(extractStatements('Kilcar Rovers are delighted to confirm that goalkeeper Shane Doherty has signed for another season.').map((st) => [st.speaker, st.speakerKind]))
      .toEqual([['Kilcar Rovers', 'organisation']]);
  });

  it('"the management said" after a business is named: the business', () => {
    const text = 'Larkfield Textiles Ltd said on Monday that 40 jobs would go at its mill in Keighley.\n\nIn a notice to staff, the management said the looms would stop for a week while the boiler was replaced.';
    expect(found(text)).toEqual([
      ['indirect', 'Larkfield Textiles Ltd', '40 jobs would go at its mill in Keighley'],
      ['indirect', 'Larkfield Textiles Ltd', 'the looms would stop for a week while the boiler was replaced'],
    ]);
  });

  it('"The trust is pleased to announce that …"', () => {
    expect(found('The Wyvern Hospice Trust is pleased to announce that its new day unit will open in May.'))
      .toEqual([['indirect', 'Wyvern Hospice Trust', 'its new day unit will open in May']]);
  });

  it('"X said …, <outlet> reported.": the words are X\'s', () => {
    expect(found('Meanwhile, the Perak State Zakat Board said it had set aside RM300,000 for the families, Utusan reported.'))
      .toEqual([['indirect', 'Perak State Zakat Board', 'it had set aside RM300,000 for the families']]);
  });

  it('guard: "X declined to comment, the agency reported." stays the outlet\'s', () => {
    expect(found('The ministry declined to comment on the talks, the Yonhap news agency reported.'))
      .toEqual([['indirect', 'Yonhap news agency', 'The ministry declined to comment on the talks']]);
  });
});

describe('examiners and documents', () => {
  it('"Inspectors who visited … found that … and that …"', () => {
    expect(found('Inspectors who visited Kestrel Vale School in March found that governors had not checked staff vetting, and that fire drills had been skipped.')).toEqual([
      ['indirect', 'anonymous', 'governors had not checked staff vetting'],
      ['indirect', 'anonymous', 'fire drills had been skipped'],
    ]);
  });

  it('guard: "after inspectors found deep cracks in …" is no clause', () => {
    expect(found('The viaduct will stay shut after inspectors found deep cracks in three of its arches.')).toEqual([]);
  });

  it('"…, according to the charity\'s annual Winter Count, released today."', () => {
    expect(found('Two in five families using the food bank this winter had a parent in full-time work, according to the charity\'s annual Winter Count, released today.').map(([k, , t]) => [k, t]))
      .toEqual([['indirect', 'Two in five families using the food bank this winter had a parent in full-time work']]);
  });

  it('"According to the council\'s announcement, …": an announcement is a document', () => {
    expect(found('According to the council\'s announcement, 41 of the 200 bids in this round were approved.').map(([k, , t]) => [k, t]))
      .toEqual([['indirect', '41 of the 200 bids in this round were approved']]);
  });
});

describe('wire leads and clause ends', () => {
  it('"Quito, Jan 9 (EFE).- …, local officials and the bus company said."', () => {
    expect(found('Quito, Jan 9 (EFE).- Shops in the old town stayed shut on Thursday and buses were halted as drivers began a strike over fares, local officials and the bus company said.'))
      .toEqual([['indirect', 'anonymous', 'Shops in the old town stayed shut on Thursday and buses were halted as drivers began a strike over fares']]);
  });

  it('"…, the port authority and the ministry said.": two bodies together', () => {
    expect(found('The ferry will not sail until March, the port authority and the transport ministry said.').map(([k, , t]) => [k, t]))
      .toEqual([['indirect', 'The ferry will not sail until March']]);
  });

  it('a clause runs on past ", despite …" to its sentence\'s end', () => {
    expect(found('Housing Minister Carys Penhallow says the first grants will be paid by summer, despite complaints from councils that the forms are too long.'))
      .toEqual([['indirect', 'Carys Penhallow', 'the first grants will be paid by summer, despite complaints from councils that the forms are too long']]);
  });

  it('"said this year\'s …": "this year" is the clause\'s subject, no time of the saying', () => {
    expect(found('The show\'s organiser, Ailsa Drummond, said this year\'s entries had broken every record.'))
      .toEqual([['indirect', 'Ailsa Drummond', 'this year\'s entries had broken every record']]);
  });
});
