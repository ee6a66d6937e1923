// The thirty-first session, second round: a probe of bodies speaking in English, on fresh text (dev d1485–d1490).
// Bodies with no head word that speak as "it" (body-speaking-as-it.ts, through referredToAsBody), a people's plural "of" a
// proper name that is a body's name (people-plural-of-name.ts), "the co-op" for a name ending in "Cooperative", a firm
// described by its trade's plural, "the lessor", and "Rival" before a business's name. Made-up bodies, people and
// sentences in none of the fixture parts; each case failed on the rules before the change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);
const speakers = (text: string) => found(text).map((s) => [s[1], s[2]]);

describe('English: a body with no head word speaking as "it" (body-speaking-as-it.ts)', () => {
  it('"X said in a post on its website that": a body', () => {
    const text = 'Morrow Lantern said in a post on its website that the festival would move to a bigger park next year.';
    expect(speakers(text)).toEqual([['Morrow Lantern', 'organisation']]);
  });

  it('"X told investors at its annual meeting that": a body', () => {
    const text = 'Quillon Ridge told investors at its annual meeting that the smelter would restart in the autumn.';
    expect(speakers(text)).toEqual([['Quillon Ridge', 'organisation']]);
  });

  it('"X said it had no comment on": a body', () => {
    const text = 'The rule change lifts Ashgrove Kites to third place. Ashgrove Kites said it had no comment on the ruling.';
    expect(speakers(text)).toEqual([['Ashgrove Kites', 'organisation']]);
  });

  it('"X said it had … . Its chief executive, Name, told …": a body, then its chief executive', () => {
    const text = 'Tallowby Fibre said it had connected 300 homes in the valley. Its chief executive, Orla Brannigan, told members that the rest would follow by May.';
    expect(speakers(text)).toEqual([['Tallowby Fibre', 'organisation'], ['Orla Brannigan', 'person']]);
  });

  it('"X said it accepted … . "…," the club said.": a body for both', () => {
    const text = 'Westerby Hornets said it accepted the fine but would appeal the ban. "We made a mistake. The punishment is too harsh," the club said.';
    expect(speakers(text)).toEqual([['Westerby Hornets', 'organisation'], ['Westerby Hornets', 'organisation']]);
  });

  it('"X said the … would … . "…," the airline said.": no "it", the next quote a body\'s word, a body for both', () => {
    const text = 'Tarrow Gull said the new turboprop would be based in Apia from March. "Our passengers have waited long enough," the airline said.';
    expect(speakers(text)).toEqual([['Tarrow Gull', 'organisation'], ['Tarrow Gull', 'organisation']]);
  });

  it('guard: "Karen Doyle said it had no comment": a given name first, a person', () => {
    expect(speakers('Karen Doyle said it had no comment on the plans.')).toEqual([['Karen Doyle', 'person']]);
  });

  it('guard: "X said the … . "…," the company said." when the text prints "Bowe said": a person and the company', () => {
    const text = 'Tamsin Bowe said the depot had been shut for a week. "We regret the delay," the company said. Bowe said she had complained twice.';
    expect(speakers(text)[0]).toEqual(['Tamsin Bowe', 'person']);
  });
});

describe('English: a people\'s plural "of" a proper name as a body\'s name (people-plural-of-name.ts)', () => {
  it('"Friends of the Marrow Dene said": a body', () => {
    expect(speakers('Friends of the Marrow Dene said the new car park would cut the wood in two.')).toEqual([['Friends of the Marrow Dene', 'organisation']]);
  });

  it('"Growers of the Lower Tenby, a farmers\' group, said": a body', () => {
    const text = 'Growers of the Lower Tenby, a farmers\' group, said the water charges would double by spring.';
    expect(speakers(text)).toEqual([['Growers of the Lower Tenby', 'organisation']]);
  });

  it('guard: "Residents of the Lower Tenby said", "Friends of Marek Olszak said": unnamed people', () => {
    expect(speakers('Residents of the Lower Tenby said the road had flooded twice this month.')).toEqual([['anonymous', 'anonymous']]);
    expect(speakers('Friends of Marek Olszak said he had planned to leave the city.')).toEqual([['anonymous', 'anonymous']]);
  });
});

describe('English: "the co-op", a firm by its trade\'s plural, "the lessor", "Rival" before a name', () => {
  it('"The Bramblecourt Growers Cooperative board has …, the co-op said": the cooperative', () => {
    const text = 'The Bramblecourt Growers Cooperative board has cut the grain levy by a cent, the co-op said on Tuesday.';
    expect(speakers(text)).toEqual([['Bramblecourt Growers Cooperative', 'organisation']]);
  });

  it('"Name Name, the Carlisle solicitors acting for …, wrote …. The firm said": the firm', () => {
    const text = 'Developer Greyholt Homes wants to build 40 houses. Penrose Atterbury, the Carlisle solicitors acting for neighbours, wrote to the council last week. The firm said the notice had been posted too late.';
    expect(speakers(text)).toEqual([['Penrose Atterbury', 'organisation']]);
  });

  it('"X Aviation Partners said … . The lessor said": the lessor', () => {
    const text = 'Skerrow Aviation Partners said in a filing that the jet had been leased for six years. Its finance chief, Hal Dervish, said nothing more. The lessor said the jet had last flown in Fiji.';
    expect(speakers(text).at(-1)).toEqual(['Skerrow Aviation Partners', 'organisation']);
  });

  it('"Rival Kaimana Reef told shareholders that": the business, without "Rival"', () => {
    const text = 'Rival Kaimana Reef told shareholders that it saw no room for a third ferry.';
    expect(speakers(text)).toEqual([['Kaimana Reef', 'organisation']]);
  });

  it('guard: "Rival Jane Hollis said": a given name, a person', () => {
    expect(speakers('Rival Jane Hollis said the count had been unfair.').map((s) => s[1])).toEqual(['person']);
  });
});
