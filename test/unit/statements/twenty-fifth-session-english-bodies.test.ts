// The twenty-fifth session, English bodies and unnamed sources (test-30 and test-31 read): "Local authorities" opening a
// sentence is unnamed (unnamed-authorities.ts); a body's initials that spell a person's word, "MOM", are the body
// (initials-spelling-a-word.ts); a business closed by "Co." keeps its ampersand and stop (company-by-legal-form.ts); a
// power company, engine maker or ferry company by its last word (speaker-phrase.ts BODY_NAME_ENDS); "the carrier" is the
// business the lead opens with (lead-business.ts); a data provider cited for figures is no "company" (cited-only-source.ts);
// a country's possessive opening a sentence is no "regulator" (speaker-resolver.ts); "the Health Service Executive" is a
// body (executive-body.ts); a memo "prepared for X by Y" is Y's, and "It" after a document subject that did not speak is
// the document's author (speaker-phrase.ts, speaker-resolver.ts); "Statistics Lithuania" is an office (COUNTRY_ENDS); "data
// from freight analyst Portwise" is a data provider (cited-only-source.ts); "Fédération des Vignerons du Jura" keeps its
// small words and is a body (foreign-body-name.ts). Made-up bodies, people and sentences in none of the
// fixture parts; each case failed on the rules before the change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);
const speakers = (text: string) => found(text).map((s) => (s[2] === 'organisation' ? `${s[1]} (org)` : s[1]));

describe('English: authorities by their level, opening a sentence (unnamed-authorities.ts)', () => {
  it('"Provincial authorities said …": unnamed', () => {
    expect(speakers('Provincial authorities said 4,000 families on the coast would need drinking water by March.')).toEqual(['anonymous']);
  });

  it('guard: "Tarvesh authorities said …", a place\'s: a body as before', () => {
    expect(speakers('Tarvesh authorities said 4,000 families on the coast would need drinking water by March.')).toEqual(['Tarvesh authorities (org)']);
  });
});

describe('English: a body\'s initials that spell a person\'s word (initials-spelling-a-word.ts)', () => {
  it('"The Ministry of Mines (MOM) … MOM said": the ministry', () => {
    const text = 'The Ministry of Mines (MOM) said in a statement that two quarries had been closed after Mr Moses Okwiri was hurt.\n\nMOM said it would publish the inspection reports next week.';
    expect(speakers(text)).toEqual(['Ministry of Mines (org)', 'Ministry of Mines (org)']);
  });

  it('guard: "Sub-Divisional Officer (SDO) Name … the SDO said": the person holding the post', () => {
    const text = 'Sub-Divisional Officer (SDO) Kavita Ramsundar said the embankment had been breached. The SDO said pumps were on their way.';
    expect(speakers(text)).toEqual(['Kavita Ramsundar', 'Kavita Ramsundar']);
  });
});

describe('English: a business closed by an abbreviated legal form (company-by-legal-form.ts)', () => {
  it('"Larkspur Timber & Rail Co., which …, said": the business, its name as printed', () => {
    const text = 'Larkspur Timber & Rail Co., which runs the sawmill, said in a filing that it would cut 80 jobs.';
    expect(speakers(text)).toEqual(['Larkspur Timber & Rail Co. (org)']);
  });

  it('guard: "said Jessica Co." closing a sentence: a person', () => {
    expect(speakers('"We were told nothing," said Marisa Co.')[0]).toBe('Marisa Co');
  });
});

describe('English: a company by its last word (speaker-phrase.ts BODY_NAME_ENDS)', () => {
  it('"Vistula Wiatr Energia said …": a business', () => {
    expect(speakers('Vistula Wiatr Energia said in a filing that it would decide on the turbines in 2029.')).toEqual(['Vistula Wiatr Energia (org)']);
  });

  it('"Orkney Isles Channel said …": a business', () => {
    expect(speakers('Orkney Isles Channel said the second ferry would return to service on Friday.')).toEqual(['Orkney Isles Channel (org)']);
  });
});

describe('English: "the carrier" is the business the lead opens with (lead-business.ts)', () => {
  it('a lead "<Name> will … its …", then "the carrier said"', () => {
    const text = 'Tasman Reef Lines will stop calling at Port Kemble on its fortnightly Pacific loop from March, citing long waits at anchor.\n\nIn a notice to shippers, the carrier said cargo would be landed at Eden instead.';
    expect(speakers(text)).toEqual(['Tasman Reef Lines (org)']);
  });

  it('a lead "<trade> <kind> <Name> has …", then "the company said"', () => {
    const text = 'Danish seafood wholesaler Kystfangst has frozen hiring at its two packing plants after a fall in cod prices.\n\nIn a note to staff, the company said the freeze would last until the spring.';
    expect(speakers(text)).toEqual(['Kystfangst (org)']);
  });
});

describe('English: a data provider cited for figures is no "company" (cited-only-source.ts)', () => {
  it('"according to <Provider>", then "The company said": the business named by its legal form', () => {
    const text = 'Halloran Pump Works Inc. cut its forecast on Tuesday. Analysts had expected a profit of 80 cents a share, according to Quotient.\n\nThe company said in its release that it would close a plant in Ohio.';
    expect(speakers(text).at(-1)).toBe('Halloran Pump Works Inc (org)');
  });
});

describe('English: a country\'s possessive opening a sentence is no "regulator" (speaker-resolver.ts)', () => {
  it('"<Country>\'s … auction has …, the <Office> said", then "The regulator said"', () => {
    const text = "Latvia's first solar auction has awarded only half the capacity on offer, the Public Utilities Office said on Monday.\n\nThe regulator said the winning bids were below the cap.";
    expect(speakers(text).at(-1)).toBe('Public Utilities Office (org)');
  });
});

describe('English: a body named as an "Executive" (executive-body.ts)', () => {
  it('"The Rural Water Service Executive said": the body', () => {
    expect(speakers('The Rural Water Service Executive said it was testing every well in the valley.')).toEqual(['Rural Water Service Executive (org)']);
  });

  it('guard: "Group Chief Executive Name said": the person', () => {
    expect(speakers('Group Chief Executive Orla Fennimore said sales rose by a tenth in the quarter.')).toEqual(['Orla Fennimore']);
  });
});

describe('English: a document\'s author, and "It" after a document subject (speaker-phrase.ts, speaker-resolver.ts)', () => {
  it('"A memo prepared for the panel by the <Body> says … It warns that …": the body', () => {
    const text = 'A memo prepared for the panel by the Budget Analysis Office says the reserve will be empty by June. It warns that the cap has not been raised since 2015.';
    expect(speakers(text)).toEqual(['Budget Analysis Office (org)', 'Budget Analysis Office (org)']);
  });

  it('"The <long body name> directive requires … It says …": the body', () => {
    const text = 'The Nordic Inland Waterways Safety Authority directive requires barge owners to replace the valves within a month. It says two valves failed in service last year.';
    expect(speakers(text)).toEqual(['Nordic Inland Waterways Safety Authority (org)']);
  });
});

describe('English: a post named after its area keeps its initials a post\'s (initials-spelling-a-word.ts)', () => {
  it('guard: "Tembwe District Commissioner (DC) Name … The DC said": the person', () => {
    const text = 'Tembwe District Commissioner (DC) Yamikani Phiri said the bridge had been washed away. The DC said councillors would meet on Friday.';
    expect(speakers(text)).toEqual(['Yamikani Phiri', 'Yamikani Phiri']);
  });
});

describe('English: a statistics office named with its country (speaker-phrase.ts COUNTRY_ENDS)', () => {
  it('"According to Statistics Lithuania, …": the office', () => {
    expect(speakers('According to Statistics Lithuania, the number of pupils in the parish has fallen by a fifth in ten years.')).toEqual(['Statistics Lithuania (org)']);
  });
});

describe('English: a data provider after "data from <description>" (cited-only-source.ts)', () => {
  it('"According to data from freight analyst Portwise, …": a business', () => {
    expect(speakers('According to data from freight analyst Portwise, ships waited an average of 40 hours at anchor.')).toEqual(['Portwise (org)']);
  });

  it('guard: "According to data from analyst Jane Okafor, …": the person', () => {
    expect(speakers('According to data from analyst Jane Okafor, ships waited an average of 40 hours at anchor.')).toEqual(['Jane Okafor']);
  });
});

describe('English: a body named in a Romance language with its small words (foreign-body-name.ts)', () => {
  it('"The Fédération des Vignerons du Jura estimates … In a note, it said …": the federation for both', () => {
    const text = 'The Fédération des Vignerons du Jura estimates that yields fell to 31 hectolitres. In a note to members last week, it said losses on the slopes had been severe.';
    expect(speakers(text)).toEqual(['Fédération des Vignerons du Jura (org)', 'Fédération des Vignerons du Jura (org)']);
  });

  it('"Fundación para la Tierra Andina said": the foundation', () => {
    expect(speakers('Fundación para la Tierra Andina said the river had dried up two months early.')).toEqual(['Fundación para la Tierra Andina (org)']);
  });
});

describe('English: "It was noted that …", a translated wire\'s passive (attribution.ts)', () => {
  it('"It was stressed that …" after a body spoke: unnamed, not the body', () => {
    const text = 'The weather office said snow would fall on the northern valleys this week.\n\nIt was stressed that herders must move their flocks before the passes close.';
    expect(speakers(text)).toEqual(['weather office (org)', 'anonymous']);
  });
});
