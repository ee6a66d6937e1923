// The English forms the seventh session taught the rules from test-8's misses (issue #13), one at a time, on made-up
// people and sentences that are in none of the fixture parts (fixtures/statements/README.md).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const withKind = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind] as const);
const spans = (text: string) => extractStatements(text).map((s) => [s.kind, s.text] as const);

describe('who a phrase names', () => {
  it('a title word inside a name after a lower-case post ("transport minister Gurpreet Pal Singh Bajwa")', () => {
    const text = 'Transport minister Gurpreet Pal Singh Bajwa said the new buses would arrive in June. Bajwa said the fares would not rise.';
    expect(withKind(text)).toEqual([
      ['indirect', 'Gurpreet Pal Singh Bajwa', 'person'],
      ['indirect', 'Gurpreet Pal Singh Bajwa', 'person'],
    ]);
  });
});

describe('a surname alone that is more than one word', () => {
  it('led by a particle, opening a sentence ("Ter Horst said", "Da Silva told") after the full name', () => {
    const text = [
      'The club\u2019s director, Marleen ter Horst, met the players on Friday. Ter Horst said the budget had been cut.',
      'The striker, Tiago Rocha da Silva, was booked twice. "I will learn from it," Da Silva told reporters.',
    ].join('\n');
    expect(withKind(text)).toEqual([
      ['indirect', 'Marleen ter Horst', 'person'],
      ['direct', 'Tiago Rocha da Silva', 'person'],
    ]);
  });

  it('two family names after "the president of the National X Council, Name,"', () => {
    const text = 'The president of the National Audit Council, Ramiro Ibáñez Cortés, said the count would resume on Monday.\n\n"We have nothing to hide," said Ibáñez Cortés.';
    expect(withKind(text)).toEqual([
      ['indirect', 'Ramiro Ibáñez Cortés', 'person'],
      ['direct', 'Ramiro Ibáñez Cortés', 'person'],
    ]);
  });
});

describe('who a sentence is about', () => {
  it('"When Moldova announced that …": the subject after a subordinating word, a country as a body', () => {
    const text = 'When Moldova announced last week that the bridge at Giurgiulesti would close for repairs, few hauliers noticed.';
    expect(withKind(text)).toEqual([['indirect', 'Moldova', 'organisation']]);
  });

  it('a byline is no one a later "he" points back at', () => {
    const text = 'By Tomasz Wierzbicki, senior analyst\n\nI met Hendrik Olafsen, who ran the port of Tromso for a decade, in a cafe by the harbour. "The ice is the least of our worries," he told me.';
    expect(withKind(text)).toEqual([['direct', 'Hendrik Olafsen', 'person']]);
  });
});

describe('unnamed sources', () => {
  it('"Lobstermen on the island say", "Trade figures have told us": a group of people, nobody named', () => {
    const text = [
      'Lobstermen on the island say the new traps are too heavy to haul by hand.',
      'Trade figures have told us they expect prices to double by the spring.',
    ].join('\n');
    expect(withKind(text)).toEqual([
      ['indirect', 'anonymous', 'anonymous'],
      ['indirect', 'anonymous', 'anonymous'],
    ]);
  });
});

describe('a business by a short name', () => {
  it('"Corran Hill said" after "Shares in Corran Hill Resources fell": the business, not a person', () => {
    const text = 'Shares in Corran Hill Resources fell 20 per cent on Monday. Corran Hill said the ruling was unlawful.';
    expect(withKind(text)).toEqual([['indirect', 'Corran Hill Resources', 'organisation']]);
  });

  it('"the company said" after the government spoke: the business named before it', () => {
    const text = 'Track work will close the line for a month, Network Rail has announced. The Scottish government said it was "deeply disappointed". Buses will replace trains at weekends, the company said.';
    expect(withKind(text).filter(([kind]) => kind === 'indirect').map(([, speaker]) => speaker)).toEqual(['Network Rail', 'Scottish government', 'Network Rail']);
  });
});

describe('a body known by its acronym', () => {
  it('"the Full Name (ACRONYM)" with a hyphenated word, and "the Full Name, or ACRONYM,": the lone acronym is the full name', () => {
    const text = [
      'The Office of the Inspector-General (OIG) said on Monday that the audit had found no fraud. OIG said it would publish the report in March.',
      'The Baltic Marine Research Institute, or BALMAR, said the algae bloom was the largest on record. BALMAR said it had sent two ships.',
    ].join('\n');
    expect(withKind(text)).toEqual([
      ['indirect', 'Office of the Inspector-General', 'organisation'],
      ['indirect', 'Office of the Inspector-General', 'organisation'],
      ['indirect', 'Baltic Marine Research Institute', 'organisation'],
      ['indirect', 'Baltic Marine Research Institute', 'organisation'],
    ]);
  });
});

describe('a reported clause before its attribution', () => {
  it('", the X said in a press release / in a commentary posted on its website"', () => {
    const text = [
      'The museum will reopen its east wing in April, the gallery said in a press release.',
      'The new rules breach the 2004 treaty on river shipping, the Foreign Ministry said in a commentary posted on its website.',
    ].join('\n');
    expect(spans(text)).toEqual([
      ['indirect', 'The museum will reopen its east wing in April'],
      ['indirect', 'The new rules breach the 2004 treaty on river shipping'],
    ]);
  });

  it('", the Full Name, or ACR, said at a news conference": the name before the letters speaks', () => {
    const text = 'Flights to the islands will resume on Friday, the Norwegian Civil Aviation Authority, or NCAA, said at a news conference in Oslo.';
    expect(withKind(text)).toEqual([['indirect', 'Norwegian Civil Aviation Authority', 'organisation']]);
  });

  it('a quoted end whose comma sits inside the marks: "… \u201Cwithout conditions,\u201D Name told …"', () => {
    const text = 'The union is willing to return to talks but only "without conditions attached to them," union leader Bram Hoekstra told NOS on Friday.';
    expect(spans(text)).toEqual([
      ['indirect', 'The union is willing to return to talks but only "without conditions attached to them,"'],
      ['partial', 'without conditions attached to them'],
    ]);
  });

  it('"the orchestra said" after the clause named the "X Philharmonic Orchestra"; "the city said" under a dateline paragraph', () => {
    const text = 'Orchestra cancels tour\n\nLEIPZIG, Germany (AP) \u2014 The Mulde Philharmonic Orchestra has cancelled its spring tour of Spain, the orchestra said. The hall will stay shut until May, the city said.';
    expect(withKind(text)).toEqual([
      ['indirect', 'Mulde Philharmonic Orchestra', 'organisation'],
      ['indirect', 'Leipzig', 'organisation'],
    ]);
  });
});

describe('where a reported clause ends', () => {
  it('"… and the X would …": a second clause with a subject of its own and a modal, the same speaker', () => {
    const text = 'Mayor Ingrid Solberg said the ferry would run every hour from June and the old pier would be turned into a park.';
    expect(spans(text)).toEqual([
      ['indirect', 'the ferry would run every hour from June'],
      ['indirect', 'the old pier would be turned into a park'],
    ]);
  });

  it('", as the two X serve …" ends the clause', () => {
    const text = 'The regulator said it saw no reason for a full inquiry, as the two dairies supply different regions.';
    expect(spans(text)).toEqual([['indirect', 'it saw no reason for a full inquiry']]);
  });
});

describe('a body whose name is written small', () => {
  it('"low-cost carrier skyHop", "the rail union fer.net" with a capital or a full stop inside', () => {
    const text = 'Low-cost carrier skyHop said it would add six routes from Bergen. The rail union fer.net said it would study the plan.';
    expect(withKind(text)).toEqual([
      ['indirect', 'skyHop', 'organisation'],
      ['indirect', 'fer.net', 'organisation'],
    ]);
  });
});

describe('a body described before or after its name', () => {
  it('"Chile\u2019s mining agency" is the name holding the country, "the port authority" the "Port of X"', () => {
    const text = [
      'Chile\u2019s mining agency said on Monday that copper output had fallen for a third month.',
      'The Chile Geological and Mining Service (CGMS) said the strike had cost 40,000 tonnes.',
      'The port authority said loading had resumed. The Port of Antofagasta handles most of the region\u2019s ore.',
    ].join('\n');
    expect(withKind(text).filter(([kind]) => kind === 'indirect').map(([, speaker]) => speaker)).toEqual([
      'Chile Geological and Mining Service', 'Chile Geological and Mining Service', 'Port of Antofagasta',
    ]);
  });
});

describe('more reported shapes', () => {
  it('a judging body that "found that"; "warned against \u201C…\u201D"; "…, said Name, post of X, who …"', () => {
    const text = [
      'The Competition Tribunal found that the two bakers had fixed bread prices for six years.',
      'Tenants\u2019 groups warned against "a rent rise by stealth".',
      'The new line would open in 2029, said Amira Haddad, director of transport at the city council, who chairs the project board.',
    ].join('\n');
    expect(withKind(text)).toEqual([
      ['indirect', 'Competition Tribunal', 'organisation'],
      ['partial', 'anonymous', 'anonymous'],
      ['indirect', 'Amira Haddad', 'person'],
    ]);
  });
});

describe('a party after words describing it', () => {
  it('"The opposition Frente Amplio Norte, whose …, had claimed that", "The centre-left Unión Ribereña said"', () => {
    const text = [
      'The opposition Frente Amplio Norte, whose candidate lost by nine votes, had claimed that the count was rigged.',
      'The centre-left Unión Ribereña said it would not contest the result.',
    ].join('\n');
    expect(withKind(text)).toEqual([
      ['indirect', 'Frente Amplio Norte', 'organisation'],
      ['indirect', 'Unión Ribereña', 'organisation'],
    ]);
  });
});

describe('a quoted fragment after an auxiliary', () => {
  it('"… with Vilnius on transit but will not accept \u201C…,\u201D Name told": the clause\u2019s speaker, not the place before the verb', () => {
    const text = 'Minsk is ready to reopen talks with Vilnius on transit but will not accept "conditions written in Brussels," Deputy Foreign Minister Pavel Hrynko told BelTA.';
    expect(withKind(text)).toEqual([
      ['indirect', 'Pavel Hrynko', 'person'],
      ['partial', 'Pavel Hrynko', 'person'],
    ]);
  });
});

describe('a body named with its kind word cut short', () => {
  it('"the festival" after "Bergen Jazz Fest", "the corporation" after "Nordhavn Shipping Corp"; "the jury said"', () => {
    const text = [
      'The Bergen Jazz Fest opened on Friday. Ticket sales had doubled since last year, the festival said.',
      'The jury said the winning album was "brave from the first bar".',
      'Nordhavn Shipping Corp bought two ferries. The corporation said both would sail by June.',
    ].join('\n');
    expect(withKind(text).filter(([kind]) => kind === 'indirect').map(([, speaker]) => speaker)).toEqual([
      'Bergen Jazz Fest', 'jury', 'Nordhavn Shipping Corp',
    ]);
  });
});

describe('a listener before "that"', () => {
  it('"warned the trust twice in 2021 that", "reminded the panel that"; ", an inquiry … heard" ends the clause', () => {
    const text = [
      'A surveyor warned Ceredigion Harbour Trust twice in 2021 that the sea wall was failing, an inquiry in Aberaeron heard.',
      'The former harbour master, Dafydd Rees, reminded the panel that his budget had been halved.',
    ].join('\n');
    expect(spans(text)).toEqual([
      ['indirect', 'the sea wall was failing'],
      ['indirect', 'his budget had been halved'],
    ]);
  });
});
