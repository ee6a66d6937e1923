// The twenty-eighth session's second round (test-39 read), English speakers wrong: a business named and then called "the
// company", a ministry or a site taken for the speaker, a trade glued before a name, an unnamed report given to a body,
// a person the text names left unnamed or read as a body. Made-up bodies, people and sentences in none of the fixture
// parts; each case failed on the rules before the change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const speakers = (text: string) =>
  extractStatements(text).map((s) => (s.anonymous ? 'anonymous' : s.speakerKind === 'organisation' ? `${s.speaker} (org)` : s.speaker));

describe('English: a jockey or a trainer before a name (vocabulary.ts)', () => {
  it('"Jockey Ciaran Roe, who …, said …", "Trainer Nell Amory said …": the person, without the trade', () => {
    expect(speakers('Jockey Ciaran Roe, who rode the mare for the first time, said the plan was to sit handy.')).toEqual(['Ciaran Roe']);
    expect(speakers('Trainer Nell Amory said the filly would go to Galway next month.')).toEqual(['Nell Amory']);
  });
});

describe('English: a museum named in a Romance language (speaker-phrase.ts)', () => {
  it('"The Museo Andino de Historia Natural, where the skull is kept, said …": the museum', () => {
    expect(speakers('The Museo Andino de Historia Natural, where the skull is kept, said in a statement a cast would tour schools next spring.'))
      .toEqual(['Museo Andino de Historia Natural (org)']);
  });
});

describe('English: "the company" of a lead that opens with a farming business after a wire\'s dateline (business-opening-its-sentence.ts)', () => {
  it('"BERGEN (Coastline Newswire) – Trout farmer Fjordvik Akva swung to a loss …, the company said": the farmer', () => {
    expect(speakers('BERGEN (Coastline Newswire) – Trout farmer Fjordvik Akva swung to a loss in the second quarter as feed costs rose, the company said on Friday.'))
      .toEqual(['Fjordvik Akva (org)']);
  });

  it('guard: "Sheep farmer Ellen Morse …, the company said": a farmer with a given name is no business', () => {
    expect(speakers('LEEDS – Sheep farmer Ellen Morse has lost 40 ewes to the snow this week, the company said on Friday.')).not.toContain('Ellen Morse (org)');
  });
});

describe('English: staff at a business in the sentence of "the company said" (staff-at-business.ts)', () => {
  it('"About 80 workers at Kalahari Meats will be laid off …, the company said": the business, not one named further down', () => {
    expect(speakers('WINDHOEK – About 80 workers at Kalahari Meats will be laid off next month, the company said on Friday.\n\nThe Ministry of Trade and Industry Resources said it had not been told.'))
      .toEqual(['Kalahari Meats (org)', 'Ministry of Trade and Industry Resources (org)']);
  });

  it('guard: "workers at Kavango Hospital" are a public body\'s staff, no business', () => {
    expect(speakers('RUNDU – About 80 workers at Kavango Hospital will be moved next month, the company said on Friday.')).not.toContain('Kavango Hospital (org)');
  });
});

describe('English: a business and its site, a body marked by its kind or by "its" (speaker-resolver.ts, text-bodies.ts)', () => {
  it('"The Dolna Wola copper mine will close …, the state-owned mining company Miedz Krajowa announced" then "the company said": the company', () => {
    expect(speakers('The Dolna Wola copper mine will close in 2029, the state-owned mining company Miedz Krajowa announced on Monday.\n\nThe decision followed years of losses, the company said.'))
      .toEqual(['Miedz Krajowa (org)', 'Miedz Krajowa (org)']);
  });

  it('"mining company Miedz Krajowa" then "Miedz Krajowa said …": the body, as the text introduced it', () => {
    expect(speakers('The pit will shut early, the mining company Miedz Krajowa announced on Monday.\n\nMiedz Krajowa said talks with unions would start in May.').at(-1))
      .toBe('Miedz Krajowa (org)');
  });

  it('guard: "forklift operator Dana Ruiz said …": a trade that is also a person\'s marks no body', () => {
    expect(speakers('Outside the gate, forklift operator Dana Ruiz said she had worked nights for nine years.\n\nDana Ruiz said the shift would end in May.').at(-1))
      .toBe('Dana Ruiz');
  });

  it('"About 50 staff at Kereru Aqua will …" then "Kereru Aqua said it would …": a name with staff "at" it is a body', () => {
    expect(speakers('About 50 staff at Kereru Aqua will lose their jobs in May.\n\nKereru Aqua said it would pay them to the end of June.').at(-1)).toBe('Kereru Aqua (org)');
  });

  it('"Hollin Brook Cider said in its own statement it was …": a body speaking through what is "its"', () => {
    expect(speakers('Hollin Brook Cider said in its own statement it was "delighted" with the ruling.')[0]).toBe('Hollin Brook Cider (org)');
  });

  it('"the company behind the smelter, Norte Zinc Andino," then "Norte Zinc Andino said …": the body', () => {
    expect(speakers('A court ruled on Monday that the company behind the smelter, Norte Zinc Andino, had broken its permit.\n\nNorte Zinc Andino said it would appeal the ruling.').at(-1))
      .toBe('Norte Zinc Andino (org)');
  });
});

describe('English: a body named for two places joined by "and" (joint-speakers.ts)', () => {
  it('"…, West Wold and Ancholme NHS Foundation Trust has announced.", "Trent and Wold Integrated Care Board said …": one body', () => {
    expect(speakers('Scans will be offered in a converted shop in Brigg from Monday, West Wold and Ancholme NHS Foundation Trust has announced.'))
      .toEqual(['West Wold and Ancholme NHS Foundation Trust (org)']);
    expect(speakers('Trent and Wold Integrated Care Board said the centre was part of a national plan.')).toEqual(['Trent and Wold Integrated Care Board (org)']);
  });

  it('guard: "Anna Berg and Ancholme NHS Foundation Trust said …": a person first, no one body', () => {
    expect(speakers('Anna Berg and Ancholme NHS Foundation Trust said the centre would open on Monday.')).not.toContain('Anna Berg and Ancholme NHS Foundation Trust (org)');
  });
});

describe('English: a person after a body the words were sent to (speaker-resolver.ts)', () => {
  it('"In an email to the newspaper, Luc Ferrand, head of logistics at …, said …": the person', () => {
    expect(speakers('In an email to the newspaper, Luc Ferrand, head of logistics at Polar Haul Line, said fog had held the ship for a week.\n\nFerrand said the company was sorry.'))
      .toEqual(['Luc Ferrand', 'Luc Ferrand']);
  });

  it('guard: "given to a Mallaig contractor, Skerry Haulage," then "Skerry Haulage said …": a body introduced by its kind stays a body', () => {
    expect(speakers('Repairs were given to a Mallaig contractor, Skerry Haulage, last year.\n\nSkerry Haulage said the road would reopen on Friday.')).toEqual(['Skerry Haulage (org)']);
  });
});

describe('English: a police report where no police body is named (unnamed-police-report.ts)', () => {
  it('"According to the police report, two boats were taken …": unnamed', () => {
    expect(speakers('Police were called to the jetty on Sunday.\n\nAccording to the police report, two boats have been taken from the jetty since March.')).toEqual(['anonymous']);
  });

  it('guard: a text naming "Marlow Police Service" gives the report to it', () => {
    expect(speakers('Marlow Police Service said it was looking for witnesses.\n\nAccording to the police report, two boats have been taken from the jetty since March.'))
      .not.toContain('anonymous');
  });
});

describe('English: a lead\'s leader of a group, named next (described-then-named.ts)', () => {
  it('"…, a fishermen\'s leader told reporters" then ""…," said Name, head of the Joal fishermen\'s union": that person', () => {
    expect(speakers('DAKAR – Foreign trawlers are emptying the coast of mackerel, a fishermen\'s leader told reporters on Friday.\n\n"We come back with nothing now," said Ousmane Faye, head of the Joal fishermen\'s union.'))
      .toEqual(['Ousmane Faye', 'Ousmane Faye']);
  });

  it('the same after a headline and a byline: "…, a riders\' leader told the Courier" then "…," said Name, chairman of the … riders\' association', () => {
    expect(speakers('Saddles taken at the races\n\nBy Orla Keane\n\nThree saddles were taken from the lorry park at Glenmore races on Sunday, a riders\' leader told the Courier.\n\n"They went in broad daylight," said Donal Furey, chairman of the Glenmore riders\' association.'))
      .toEqual(['Donal Furey', 'Donal Furey']);
  });

  it('guard: a post of another group\'s body, "head of the Joal traders\' union", leaves the lead unnamed', () => {
    expect(speakers('DAKAR – Foreign trawlers are emptying the coast of mackerel, a fishermen\'s leader told reporters on Friday.\n\n"We come back with nothing now," said Ousmane Faye, head of the Joal traders\' union.'))
      .toEqual(['anonymous', 'Ousmane Faye']);
  });
});

describe('English: "says <post> Name of the <Body>" after the words (attribution.ts)', () => {
  it('"Its skull was thinner than expected, says lead author Nadia Brenes of the University of Cuyo.": the author', () => {
    expect(speakers('Its skull was thinner than expected, says lead author Nadia Brenes of the University of Cuyo.')).toEqual(['Nadia Brenes']);
  });

  it('guard: "says lead author Nadia Brenes of the team that dug it up" is no body after "of"', () => {
    expect(speakers('Its skull was thinner than expected, says lead author Nadia Brenes of the team that dug it up.')).toEqual([]);
  });
});
