// The twenty-ninth session's second round (test-41 read), English reported clauses not found: a setting's ", as the …"
// clause before a lead's attribution, "despite" after the attribution, "confirmed to this newspaper", a verb of labelling
// after "but", "submitted that" and "gave evidence that", "has found" after a coroner or a research group, "the post" as
// a document, and two quoted words of degree after an article. Made-up people, bodies and sentences in none of the
// fixture parts; each case failed on the rules before the change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const speakers = (text: string) =>
  extractStatements(text).map((s) => (s.anonymous ? 'anonymous' : s.speakerKind === 'organisation' ? `${s.speaker} (org)` : s.speaker));
const clauses = (text: string) => extractStatements(text).filter((s) => s.kind === 'indirect').map((s) => s.text);
const partials = (text: string) => extractStatements(text).filter((s) => s.kind === 'partial').map((s) => s.text);

describe('English: a setting\'s ", as the …" clause (attribution.ts AS_TAIL)', () => {
  it('before a lead\'s attribution: "…, as the first gale swept across the strait, coastguard officers said"', () => {
    const text = 'Three trawlers were turned back at the harbour mouth on Sunday, as the first autumn gale swept across the strait, coastguard officers said.';
    expect(clauses(text)).toEqual(['Three trawlers were turned back at the harbour mouth on Sunday']);
    expect(speakers(text)).toEqual(['anonymous']);
  });

  it('after a leading attribution, turning on an irregular past: "…, as the storm of the year brought high water"', () => {
    expect(clauses('Harbour staff said ferries to the islands were cancelled on Tuesday, as the storm of the year brought high water.'))
      .toEqual(['ferries to the islands were cancelled on Tuesday']);
  });

  it('guard: ", as the year before," with no verb stays in the clause', () => {
    expect(clauses('The bridge was closed for the same two weeks, as the year before, council engineers said.'))
      .toEqual(['The bridge was closed for the same two weeks, as the year before']);
  });
});

describe('English: "despite" after a lead\'s attribution (attribution.ts ATTRIBUTION_ASIDE_RE)', () => {
  it('"…, the borough council has confirmed, despite a petition …"', () => {
    const text = 'Parking charges on the seafront will double from April, the Selbury Borough Council has confirmed, despite a petition signed by 4,000 residents.';
    expect(clauses(text)).toEqual(['Parking charges on the seafront will double from April']);
    expect(speakers(text)).toEqual(['Selbury Borough Council (org)']);
  });

  it('guard: "despite" inside the clause before the attribution stays in it', () => {
    expect(clauses('Ticket sales at the gate rose by a third despite the rain, the festival organisers said.'))
      .toEqual(['Ticket sales at the gate rose by a third despite the rain']);
  });
});

describe('English: "confirmed to this newspaper" (attribution.ts ADVERBIAL_BASE_RE)', () => {
  it('"…, the airline confirmed to this newspaper on Monday"', () => {
    const text = 'Skarvik Air has cancelled its winter flights to Hammerfest, the airline confirmed to this newspaper on Monday.';
    expect(clauses(text)).toEqual(['Skarvik Air has cancelled its winter flights to Hammerfest']);
  });
});

describe('English: a verb of labelling after "but" ends the clause (attribution.ts CLAUSE_STOP_RE)', () => {
  it('"said residents were willing to help but described the plan as "…""', () => {
    const text = 'Councillor Amira Voss said residents were willing to help but described the plan as "a shambles from start to finish".';
    expect(clauses(text)).toEqual(['residents were willing to help']);
    expect(partials(text)).toEqual(['a shambles from start to finish']);
  });

  it('guard: the passive "but described as" stays in the clause', () => {
    expect(clauses('Orla Brennan said the scheme was popular with parents but described as costly by the auditors.'))
      .toEqual(['the scheme was popular with parents but described as costly by the auditors']);
  });
});

describe('English: "said outside court that …" (attribution.ts ADVERBIAL_BASE_RE)', () => {
  it('the place after the verb is no part of the clause', () => {
    expect(clauses('His sister, Morwenna Tregear, said outside court that the family would appeal.')).toEqual(['the family would appeal']);
  });
});

describe('English: "submitted that" and "gave evidence that" (court-submissions.ts)', () => {
  it('"Counsel …, Name, submitted that …"', () => {
    const text = 'Counsel for the council, Ruth Kettering, submitted that the lease on the depot had expired in 2019.';
    expect(clauses(text)).toEqual(['the lease on the depot had expired in 2019']);
    expect(speakers(text)).toEqual(['Ruth Kettering']);
  });

  it('"submitted to the tribunal that …"', () => {
    expect(clauses('The landlord, Pellow Estates, submitted to the tribunal that the rent had been paid late every month.'))
      .toEqual(['the rent had been paid late every month']);
  });

  it('"Site foreman Name gave evidence that …"', () => {
    const text = 'Site foreman Declan Moyes gave evidence that the scaffold had been inspected on the Monday morning.';
    expect(clauses(text)).toEqual(['the scaffold had been inspected on the Monday morning']);
    expect(speakers(text)).toEqual(['Declan Moyes']);
  });

  it('"gave evidence at the inquest that …"', () => {
    expect(clauses('Paramedic Joanne Fairlie gave evidence at the inquest that the lane had been blocked by parked cars.'))
      .toEqual(['the lane had been blocked by parked cars']);
  });

  it('guard: "submitted revised plans" frames nothing', () => {
    expect(clauses('The developer submitted revised plans for the quayside flats to the council in May.')).toEqual([]);
  });

  it('guard: the passive "It was submitted that …" frames nothing', () => {
    expect(clauses('It was submitted that the lease on the depot had expired in 2019.')).toEqual([]);
  });

  it('guard: "gave evidence of …" frames nothing', () => {
    expect(clauses('The ward sister gave evidence of the injuries she had seen that night.')).toEqual([]);
  });
});

describe('English: "has found" after a coroner or a research group (findings-of-coroners-and-researchers.ts)', () => {
  it('"…, a coroner has found": the coroner unnamed in the sentence', () => {
    const text = 'A cyclist who died on the coast road had not been seen by the lorry driver, a coroner has found.';
    expect(clauses(text)).toEqual(['A cyclist who died on the coast road had not been seen by the lorry driver']);
  });

  it('"…, a coroner has found after the death of a 67-year-old walker near Kirkby"', () => {
    expect(clauses('Warning signs should be placed at every fell crossing, a coroner has found after the death of a 67-year-old walker near Kirkby.'))
      .toEqual(['Warning signs should be placed at every fell crossing']);
  });

  it('"Coroner Name found that …"', () => {
    const text = 'Coroner Philippa Garrow found that the cyclist had not been wearing lights.';
    expect(clauses(text)).toEqual(['the cyclist had not been wearing lights']);
    expect(speakers(text)).toEqual(['Philippa Garrow']);
  });

  it('"…, a Finnish team has found": an unnamed research group', () => {
    const text = 'Children who sleep less than eight hours score lower in reading tests, a Finnish team has found.';
    expect(clauses(text)).toEqual(['Children who sleep less than eight hours score lower in reading tests']);
    expect(speakers(text)).toEqual(['anonymous']);
  });

  it('"…, German researchers have found": a nationality before the group', () => {
    expect(speakers('Young bees learn their routes faster in cool weather, German researchers have found.')).toEqual(['anonymous']);
  });

  it('"…, a coroner has found after the death of a 41-year-old diver off Portland"', () => {
    expect(clauses('Dive boats should carry oxygen kits on every trip, a coroner has found after the death of a 41-year-old diver off Portland.'))
      .toEqual(['Dive boats should carry oxygen kits on every trip']);
  });

  it('"…, researchers have found"', () => {
    expect(speakers('Hedgehogs in city gardens travel twice as far each night as rural ones, researchers have found.')).toEqual(['anonymous']);
  });

  it('guard: a headline\'s "Coroner finds …" without "that" frames nothing', () => {
    expect(clauses('Coroner finds council failed to warn walkers of cliff fall')).toEqual([]);
  });

  it('guard: "the team found" (no research group) frames nothing', () => {
    expect(clauses('The boy had not been told about the storm, the team found.')).toEqual([]);
  });

  it('guard: "Researchers found high levels of …" is the writer\'s account', () => {
    expect(clauses('Researchers found high levels of lead in the water at three schools.')).toEqual([]);
  });
});

describe('English: "the post" as a document (the-post-as-document.ts)', () => {
  it('"…, the post said" after a blog post', () => {
    const text = 'Velomo said in a blog post on Monday that it had fixed the fault.\n\nThe app had been offline for six hours, the post said.';
    expect(clauses(text)).toEqual(['it had fixed the fault', 'The app had been offline for six hours']);
    expect(speakers(text)).toEqual(['Velomo (org)', 'Velomo (org)']);
  });

  it('guard: a paper named "Post" is the paper', () => {
    expect(speakers('The Hartwell Post said the council had overspent by £2 million.')).toEqual(['Hartwell Post (org)']);
  });
});

describe('English: two quoted words of degree after an article (degree-before-quoted-adjective.ts)', () => {
  it('\'said the repairs were at a "very early" stage\'', () => {
    expect(partials('Grieve said the repairs to the pier were at a "very early" stage.')).toEqual(['very early']);
  });

  it('\'said it had been a "bitterly disappointing" season\'', () => {
    expect(partials('Okonjo said the club had endured a "bitterly disappointing" season on and off the pitch.')).toEqual(['bitterly disappointing']);
  });

  // (Changed in the forty-first session: a plain pair after an article inside a reported clause is the speaker's partial,
  // as dev and the read parts annotate 13 of 13 such pairs; pair-after-article-in-clause.ts. The guard now pins that a pair
  // after an article outside any clause stays a term.)
  it('\'wanted a "fresh start"\' inside a reported clause is a partial (the convention, 13 of 13; was a guard that kept it a term)', () => {
    expect(partials('Lund said the club wanted a "fresh start" in the spring.')).toEqual(['fresh start']);
  });

  it('guard: a term after an article outside any clause stays unread (\'The estate was a "fresh start" …\' with no speaker)', () => {
    expect(partials('For the families the estate offered a "fresh start" in the spring.')).toEqual([]);
  });
});

describe('English: a body\'s letters where one word of its name is printed in capitals (speaker-resolver.ts)', () => {
  it('"HMRC" after "HM Revenue and Customs"', () => {
    const text = 'HM Revenue and Customs had issued assessments of £2 million.\n\nHMRC argued that the clause had never been used in practice.';
    expect(speakers(text)).toEqual(['HM Revenue and Customs (org)']);
  });
});
