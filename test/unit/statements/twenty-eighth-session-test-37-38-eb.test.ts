// The twenty-eighth session (test-37 and test-38 read), English bodies: a body's name read as a person's or cut short,
// a body called later by a common noun or a description, and unnamed sources given to a body or a place. Made-up
// bodies, people and sentences in none of the fixture parts; each case failed on the rules before the change, but the
// guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const speakers = (text: string) =>
  extractStatements(text).map((s) => (s.anonymous ? 'anonymous' : s.speakerKind === 'organisation' ? `${s.speaker} (org)` : s.speaker));

describe('English: words that end or open a body\'s name (speaker-phrase.ts)', () => {
  it('"Baltic Northern Lines said …": a shipping line, the region\'s adjective its first word', () => {
    expect(speakers('Baltic Northern Lines said on Friday that it would drop Riga from its weekly loop.')).toEqual(['Baltic Northern Lines (org)']);
  });

  it('"Bodegas Lomalta said in a statement …", "Agrosur Consultores found …", "Seilbahnen Val Fenna AG announced …"', () => {
    expect(speakers('Bodegas Lomalta said in a statement that frost had hit its young vines.')).toEqual(['Bodegas Lomalta (org)']);
    expect(speakers('Agrosur Consultores said that irrigated land had grown by a tenth.')).toEqual(['Agrosur Consultores (org)']);
    expect(speakers('The chairlift will stay shut until January, Seilbahnen Val Fenna AG announced on Monday.')).toEqual(['Seilbahnen Val Fenna AG (org)']);
  });

  it('"Tarbes Bigorre Rugby said …": a club named with its sport', () => {
    expect(speakers('Tarbes Bigorre Rugby said the lock had been "a credit to the shirt".')[0]).toBe('Tarbes Bigorre Rugby (org)');
  });

  it('guard: "Italian Minister Carla Venti said …": a nationality before a post and a name stays the person\'s', () => {
    expect(speakers('Italian Minister Carla Venti said the port would reopen on Monday.')).toEqual(['Carla Venti']);
  });
});

describe('English: a business named in full with its legal form, then cut short (body-name-cut-short.ts)', () => {
  it('"Harrow Fell Nickel Corp reported …" then "Harrow Fell said in its release that …": the business, named in full', () => {
    expect(speakers('Harrow Fell Nickel Corp reported a loss for the quarter on Tuesday.\n\nHarrow Fell said in its release that drilling at its Orra project had found a second zone.'))
      .toEqual(['Harrow Fell Nickel Corp (org)']);
  });

  it('guard: a full form with no legal form, "Kessel Brook Farm", makes no business of "Kessel Brook"', () => {
    expect(speakers('Kessel Brook Farm was flooded on Monday.\n\nKessel Brook said the water rose in an hour.')).toEqual(['Kessel Brook']);
  });
});

describe('English: a group\'s or a club\'s plural last word (people-plural-body-name.ts, club-named.ts)', () => {
  it('"Wide Bay Amateur Anglers welcomed the ban but said …": a group named for its members, a body', () => {
    expect(speakers('Wide Bay Amateur Anglers welcomed the ban but said netting should be limited too.')).toEqual(['Wide Bay Amateur Anglers (org)']);
  });

  it('"Corby Rhinos can confirm …" then "…, the club added": the club', () => {
    expect(speakers('Hooker Dale Fenwick will miss the opening month of the season, Corby Rhinos can confirm.\n\nFenwick will have surgery on Friday, the club added.'))
      .toEqual(['Corby Rhinos (org)', 'Corby Rhinos (org)']);
  });

  it('guard: "Mary Ellen Rogers said …", a plural-shaped surname after given names, stays a person', () => {
    expect(speakers('Mary Ellen Rogers said the bridge had been closed for a week.')).toEqual(['Mary Ellen Rogers']);
  });
});

describe('English: a lead\'s "the operator" named in the next paragraph (business-named-next.ts, speaker-resolver.ts)', () => {
  const lead = 'The 6.10am bus from Tarnby to the airport will be withdrawn from January, the operator announced on Monday.\n\n';
  it('"…, the operator announced. ¶ Fenwick Road Lines said …": the business the next paragraph opens with', () => {
    expect(speakers(`${lead}Fenwick Road Lines said in a notice that fewer than ten passengers used the trip.`)[0]).toBe('Fenwick Road Lines (org)');
  });

  it('"the company said" after a chamber spoke: the business, not the chamber', () => {
    expect(speakers(`${lead}Fenwick Road Lines said in a notice that the trip was little used.\n\nThe Tarnby Business Chamber said the cut was "short-sighted".\n\nAsked again, the company said it would review the timetable in March.`))
      .toEqual(['Fenwick Road Lines (org)', 'Fenwick Road Lines (org)', 'Tarnby Business Chamber (org)', 'Tarnby Business Chamber (org)', 'Fenwick Road Lines (org)']);
  });

  it('guard: a person opening the next paragraph, "Chief Executive Ola Brant said …", is not the operator', () => {
    expect(speakers(`${lead}Chief Executive Ola Brant said the trip had lost money for years.`)[0]).not.toBe('Ola Brant');
  });
});

describe('English: a body\'s report called by its title after the owner (speaker-phrase.ts)', () => {
  it('"The charity\'s yearly Clean Start review found that …": the charity, named before', () => {
    expect(speakers('Forty wells failed testing last year, Clean Wells Trust said on Monday.\n\nThe charity\'s yearly Clean Start review found that most failures were in the north.'))
      .toEqual(['Clean Wells Trust (org)', 'Clean Wells Trust (org)']);
  });

  it('guard: "The council\'s Roads Committee report found …": a unit\'s name stays the unit\'s', () => {
    expect(speakers('Ten roads were shut, Marlow County Council said.\n\nThe council\'s Roads Committee report found that repairs would cost two million pounds.'))
      // (The unit named as printed but for the common noun's possessive, no part of a body's name since the thirty-fourth
      // session, speaker-phrase.ts withoutCommonOwner: this case had kept "council's Roads Committee", the two rules written
      // apart for one shape; the second round made the expectation the newer rule's. The guard's point, the unit and not
      // the council, is unchanged.)
      .toEqual(['Marlow County Council (org)', 'Roads Committee (org)']);
  });
});

describe('English: Irish bodies and bodies described after the paragraph naming them (irish-article-name.ts, body-described-after-lead.ts)', () => {
  it('"An Coimisiún Pleanála has refused …" then "The planning board said in its decision that …": the body', () => {
    expect(speakers('An Coimisiún Pleanála has refused permission for a wind farm in Mayo.\n\nThe planning board said in its decision that the turbines would harm a protected bog.'))
      .toEqual(['An Coimisiún Pleanála (org)']);
  });

  it('guard: "An Irish official said …": the English article, an unnamed official', () => {
    expect(speakers('An Irish official said the talks would resume on Monday.')).toEqual(['anonymous']);
  });

  it('guard: "The Ministry of Energy has …" then "The grid operator said …": a name saying its kind is not the description', () => {
    expect(speakers('The Ministry of Energy has ordered a review of the outage.\n\nThe grid operator said the fault had been found.')[0]).not.toBe('Ministry of Energy (org)');
  });
});

describe('English: a post of a body nobody named holds is unnamed (post-of-a-body-unheld.ts)', () => {
  it('"the ministry\'s deputy director for transport said …" after a parent was quoted: unnamed, not the parent', () => {
    expect(speakers('"We were never asked," said Ruta Harlow, a mother of three.\n\nIn a statement, the ministry\'s deputy director for transport said routes were reviewed each year.'))
      .toEqual(['Ruta Harlow', 'anonymous']);
  });

  it('"The panel\'s assessor had backed the plan. In his report, the assessor said …" after a neighbour spoke: unnamed', () => {
    expect(speakers('Neighbour Orla Finn said the plan was a disgrace.\n\nThe panel\'s assessor had backed the plan. In his report, the assessor said the site was suitable.'))
      .toEqual(['Orla Finn', 'anonymous']);
  });

  it('guard: "The Federation\'s representative said …" (a state\'s, capitalised) is not taken', () => {
    expect(speakers('The Federation\'s representative said the resolution was unfair.')).not.toEqual(['anonymous']);
  });
});

describe('English: a group by its members\' word (group-by-members-word.ts)', () => {
  it('"the Moreton Reef Wardens …" then "…, the warden group said": the body', () => {
    expect(speakers('The survey was run with the Moreton Reef Wardens, who counted turtles for a month.\n\nNesting numbers had doubled, the warden group said in a statement.'))
      .toEqual(['Moreton Reef Wardens (org)']);
  });
});

describe('English: a group\'s address before a plural verb; a paragraph break parts no name (address-after-place.ts, speaker-resolver.ts)', () => {
  it('"Herders in Ulaan valley under Tsagaan soum, Arkhangai say …": the herders, unnamed', () => {
    expect(speakers('Herders in Ulaan valley under Tsagaan soum, Arkhangai say wolves killed forty sheep this winter.')).toEqual(['anonymous']);
  });

  it('guard: "After the vote in Tarnby, Marsh said …": a person after a place keeps the words', () => {
    expect(speakers('After the vote in Tarnby, Olwen Marsh said the result was fair.')).toEqual(['Olwen Marsh']);
  });

  it('"Name | Place" byline, then "Herders in …", then "Herders said …": unnamed, no "Place Herders"', () => {
    expect(speakers('Dorji Lham | Arkhangai\n\nHerders in the valley lost forty sheep.\n\nHerders said they hoped the new pens would help.')).toEqual(['anonymous']);
  });
});
