// Forms the nineteenth session took from the read parts' "Left" lists (test-21, test-22; dev d1000–d1003): groups of
// people, bodies read as persons, definite nouns for bodies named before, clauses cut or given to the wrong subject. One
// kind at a time, on made-up sentences that are in none of the fixture parts. Each case failed on the rules before its
// change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('groups of people: a plural beside a body named by it, a word of its own language, a participle', () => {
  it('"Weavers alleged that …" beside "the Handloom Weavers\u2019 Union": unnamed, not a person "Handloom Weavers"', () => {
    const text = 'Weavers alleged that the mill had stopped buying their cloth in March. '
      + 'The Handloom Weavers\u2019 Union has written to the district collector about the dues.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'the mill had stopped buying their cloth in March']]);
  });

  it('"Dockers alleged that …" with "Dockers of the port" and "the Harbour Dockers\' Association" in the text: unnamed', () => {
    const text = 'Dockers of the port walked out on Monday. Dockers alleged that the new shifts broke the agreement. '
      + 'The Harbour Dockers\' Association said it would meet the port authority on Friday.';
    expect(found(text)[0]).toEqual(['indirect', 'anonymous', 'the new shifts broke the agreement']);
  });

  it('"Sellers said …" after "Peter Sellers": the person the text named (guard)', () => {
    const text = 'The company was founded by Peter Sellers in 1998. Sellers said the shop would stay open.';
    expect(found(text)).toEqual([['indirect', 'Peter Sellers', 'the shop would stay open']]);
  });

  it('"Tufuga of the district say they …": a group in a word of its own language, unnamed', () => {
    const text = 'Tufuga of the district say they were never asked about the new design.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'they were never asked about the new design']]);
  });

  it('"Dabbawalas of the western suburbs say …": unnamed', () => {
    const text = 'Dabbawalas of the western suburbs say the new train timetable has cost them half their rounds.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'the new train timetable has cost them half their rounds']]);
  });

  it('"Kainga of the Bay says it …": a lone name speaking in the singular stays a body (guard)', () => {
    const text = 'Kainga of the Bay says it will appeal the decision.';
    expect(found(text).map(([, speaker]) => speaker)).not.toContain('anonymous');
  });

  it('"Women selling at the night market said …": a participle describes a group in -men as one in -s', () => {
    const text = 'Women selling at the night market said they now close an hour early.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'they now close an hour early']]);
  });

  it('"Fishermen working off the reef said …": unnamed', () => {
    const text = 'Fishermen working off the reef said the catch had halved since the spring.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'the catch had halved since the spring']]);
  });
});

describe('bodies read as persons: initials in brackets, "it" that could not say, a department whose name lists its fields', () => {
  it('"Aguas de Valle Norte (AVN) said …": a name given its initials in brackets is a body', () => {
    const text = 'Aguas de Valle Norte (AVN) said the water would be safe to drink by Friday.';
    expect(extractStatements(text).map((s) => [s.speaker, s.speakerKind])).toEqual([['Aguas de Valle Norte', 'organisation']]);
  });

  it('"Caisse Nationale de Prévoyance (CNP) said …": the capitalised words\u2019 initials', () => {
    const text = 'Caisse Nationale de Prévoyance (CNP) said pensions for December would be paid a week late.';
    expect(extractStatements(text).map((s) => [s.speaker, s.speakerKind])).toEqual([['Caisse Nationale de Prévoyance', 'organisation']]);
  });

  it('"Hone Tākuta Ora said …, though it could not say …": the speaker goes on as "it"', () => {
    const text = 'Hone Tākuta Ora said six people had been admitted to hospital, though it could not say whether the outbreak was over.';
    expect(extractStatements(text).map((s) => [s.speaker, s.speakerKind])).toEqual([['Hone Tākuta Ora', 'organisation']]);
  });

  it('"Maria Lopez said …, though it could not say …": a given name keeps a person (guard)', () => {
    const text = 'Maria Lopez said the plant was old, though it could not say when it was built.';
    expect(extractStatements(text).map((s) => s.speakerKind)).toEqual(['person']);
  });

  it('"A spokesperson for the Department of Housing, Heritage and the Gaeltacht said …": unnamed, not a body "Heritage and the Gaeltacht"', () => {
    const text = 'A spokesperson for the Department of Housing, Heritage and the Gaeltacht said it had received the report.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'it had received the report']]);
  });

  it('"The Ministry of Youth, Sport and the Arts said …": the whole name, not its last item', () => {
    const text = 'The Ministry of Youth, Sport and the Arts said the grants would be paid in March.';
    expect(found(text)).toEqual([['indirect', 'Ministry of Youth Sport and the Arts', 'the grants would be paid in March']]);
  });
});

describe('definite nouns for bodies named before: the shire, the parish, the agency, an outlook', () => {
  it('"Murray River Shire Council said …. The shire said …": the council named by the shire', () => {
    const text = 'Murray River Shire Council said the bridge would stay shut until Friday. '
      + 'The shire said the repairs would cost about $90,000.';
    expect(found(text)).toEqual([
      ['indirect', 'Murray River Shire Council', 'the bridge would stay shut until Friday'],
      ['indirect', 'Murray River Shire Council', 'the repairs would cost about $90,000'],
    ]);
  });

  it('"Lower Wharfedale Parish Council counted … The parish said …": found, the council', () => {
    const text = 'Lower Wharfedale Parish Council counted the cars parked on the green last summer. '
      + 'The parish said 140 cars used the green on a typical Sunday.';
    expect(found(text)).toEqual([['indirect', 'Lower Wharfedale Parish Council', '140 cars used the green on a typical Sunday']]);
  });

  it('"The Institute for Seismology and Volcanology (ISV) raised … According to the agency\u2019s latest data, …": the body introduced in full', () => {
    const text = 'The Institute for Seismology and Volcanology (ISV) raised the alert level for Mount Ardal on Sunday. '
      + 'According to the agency\u2019s latest data, the crater floor has risen by two metres since October.';
    expect(found(text)).toEqual([['indirect', 'Institute for Seismology and Volcanology', 'the crater floor has risen by two metres since October']]);
  });

  it('"According to the service\u2019s outlook, …": an outlook is a document of the body that issued it', () => {
    const text = 'The Tonga Meteorological Service (TMS) issued a swell warning on Monday. '
      + 'According to the service\u2019s outlook, the largest swells are expected on Thursday.';
    expect(found(text)).toEqual([['indirect', 'Tonga Meteorological Service', 'the largest swells are expected on Thursday']]);
  });
});

describe('clauses cut or given to the wrong subject', () => {
  it('"… will close after its operator, Harbour Link Ferries, told … it could …": the operator named in apposition speaks', () => {
    const text = 'The Skerry crossing, which links Inchmore with the mainland, will stop in May after its operator, '
      + 'Harbour Link Ferries, told Argyll and Bute Council it could not run the boat without a bigger subsidy.';
    expect(found(text)).toEqual([['indirect', 'Harbour Link Ferries', 'it could not run the boat without a bigger subsidy']]);
  });

  it('"told Perth and Kinross Council it …": "and" inside the capitalised listener', () => {
    const text = 'Tayside Buses told Perth and Kinross Council it had lost money on the route for years.';
    expect(found(text)).toEqual([['indirect', 'Tayside Buses', 'it had lost money on the route for years']]);
  });

  it('"Villagers told RNZ\u2019s morning programme "Checkpoint" they …": the clause starts after the programme\u2019s title', () => {
    const text = 'Villagers told RNZ\u2019s morning programme "Checkpoint" they had not seen a council truck in weeks.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'they had not seen a council truck in weeks']]);
  });

  it('"…, well below the level analysts say is safe": another group\u2019s words in a comment end the clause', () => {
    const text = 'The authority said reserves had fallen to 31 days, well below the level analysts say is safe for the winter.';
    expect(found(text)).toEqual([['indirect', 'authority', 'reserves had fallen to 31 days']]);
  });

  it('"…, up from 12 percent a year earlier": a comparison of the speaker\u2019s own stays in the clause (guard)', () => {
    const text = 'The agency said 18 percent of households were in arrears, up from 12 percent a year earlier.';
    expect(found(text).map(([, , clause]) => clause)).toEqual(['18 percent of households were in arrears, up from 12 percent a year earlier']);
  });
});

describe('definite nouns, round 2: "the department" for a department named without the word', () => {
  it('"Harlow Public Works said …. The department said …": the body that spoke', () => {
    const text = 'Harlow Public Works said the water main would be repaired by Saturday. '
      + 'The department said crews had restored supply to most homes.';
    expect(found(text)).toEqual([
      ['indirect', 'Harlow Public Works', 'the water main would be repaired by Saturday'],
      ['indirect', 'Harlow Public Works', 'crews had restored supply to most homes'],
    ]);
  });

  it('"the Department for Transport …. The department said": the name printed with the word wins (guard)', () => {
    const text = 'The bridge will stay shut, the Department for Transport has confirmed. Severn Crossings said tolls would be refunded. '
      + 'The department said a decision on reopening would be made on Friday.';
    expect(found(text).at(-1)?.[1]).not.toBe('Severn Crossings');
  });
});
