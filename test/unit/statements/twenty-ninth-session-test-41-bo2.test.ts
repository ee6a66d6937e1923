// The twenty-ninth session's second round, test-41 read, English bodies: a legal form spelled out ("… Limited"), a sport's
// or a country's or a state's body by its name's last word (speaker-phrase.ts BODY_NAME_ENDS, COUNTRY_ENDS), a state's
// body joined by "and" read whole; a business introduced by a hyphened kind ("start-up", kind-opened-lead.ts); a byline's
// desk line ("Dairy editor") no body (attribution.ts sentenceSubject); "the company" for a subject that is a body by its
// own name, and for a lone body named again as a sentence's subject (speaker-resolver.ts); "the marketer says its …" the
// body named before (agent-noun-speaking-of-its.ts). Made-up bodies, people and sentences in none of the fixture parts;
// each case failed on the rules before the change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => `${s.kind}: ${s.text} (${s.anonymous ? 'anonymous' : s.speaker}, ${s.speakerKind})`);

describe('English: a body by the last word of its name', () => {
  it('"Harbour Quay Limited said": a legal form spelled out, as "Ltd" is', () => {
    const t = found('Harbour Quay Limited said it would reopen the slipway in April.');
    expect(t).toContain('indirect: it would reopen the slipway in April (Harbour Quay Limited, organisation)');
  });

  it('"Namibia Netball said": a sport\'s governing body named with its sport', () => {
    const t = found('Namibia Netball said in a statement that the squad would fly to Harare on Sunday.');
    expect(t).toContain('indirect: the squad would fly to Harare on Sunday (Namibia Netball, organisation)');
  });

  it('"Transport Cyprus said … the agency said": a body named with its country, then "the agency" is it', () => {
    const t = found('Transport Cyprus said in a notice that the coastal road would close for a week. Buses would run on the old road, the agency said.');
    expect(t).toContain('indirect: the coastal road would close for a week (Transport Cyprus, organisation)');
    expect(t).toContain('indirect: Buses would run on the old road (Transport Cyprus, organisation)');
  });

  it('"Rural Fire and Emergency Tasmania said": a state\'s body joined by "and", read whole', () => {
    const t = found('Rural Fire and Emergency Tasmania said it would review the burn-off plan.');
    expect(t).toContain('indirect: it would review the burn-off plan (Rural Fire and Emergency Tasmania, organisation)');
  });

  // Guards.
  it('guard: a person\'s name joined to a body by "and" is not read as one body\'s name', () => {
    const t = found('Helen Marsh and Rescue Tasmania said the petition had 900 names.');
    expect(t.some((s) => s.includes('(Helen Marsh and Rescue Tasmania, organisation)'))).toBe(false);
  });
});

describe('English: "the company" for the business the text named', () => {
  it('"Lisbon food-delivery start-up Comidex laid off …, the company said": a kind with a hyphen', () => {
    const t = found('Lisbon food-delivery start-up Comidex laid off 40 of its 130 staff this week, the company said on Friday.');
    expect(t).toContain('indirect: Lisbon food-delivery start-up Comidex laid off 40 of its 130 staff this week (Comidex, organisation)');
  });

  it('"Kelso Bakeries will close the two shops it runs …, the company said": a subject that is a body by its own name', () => {
    const t = found('Kelso Bakeries will close the two shops it runs in Oban by March, the company said on Tuesday.');
    expect(t).toContain('indirect: Kelso Bakeries will close the two shops it runs in Oban by March (Kelso Bakeries, organisation)');
  });

  it('a byline\'s desk line under the writer\'s name is no body "the processor" could mean', () => {
    const t = found('By Carys Penrose\nEnergy editor\n\nTorvik Dairies will shut the creamery it runs at Lerwick, the processor said on Monday.');
    expect(t).toContain('indirect: Torvik Dairies will shut the creamery it runs at Lerwick (Torvik Dairies, organisation)');
  });

  it('a lone body named again as a sentence\'s subject is the business a later "the company" means', () => {
    const t = found('Pedalo said its app had exposed the addresses of 9,000 riders.\n\nKundvakt, a consumer group, said riders should be paid.\n\nPedalo, which was founded in 2019, runs in four cities. The company said it had called in auditors.');
    expect(t).toContain('indirect: it had called in auditors (Pedalo, organisation)');
  });

  // Guards.
  it('guard: a trade\'s one word before people opening the sentence ("Timber merchants …") is no body', () => {
    const t = found('Timber merchants buying from Ardle Sawmills face a 4% rise from March, the firm said.');
    expect(t.some((s) => s.includes('(Timber, organisation)'))).toBe(false);
  });
});

describe('English: a doer\'s word speaking of "its" own (agent-noun-speaking-of-its.ts)', () => {
  it('"Kaimai Exports says … the packer says its sheds …": the body named before', () => {
    const t = found('Kaimai Exports says the apple harvest will start late. In a statement, the packer says its sheds will open on Monday.');
    expect(t).toContain('indirect: its sheds will open on Monday (Kaimai Exports, organisation)');
  });

  // Guards.
  it('guard: a listed post ("the manager says its …") stays a person, unnamed', () => {
    const t = found('Kaimai Exports says the apple harvest will start late. A shed manager, who asked not to be named, said the pickers were ready. The manager says its sheds will open on Monday.');
    expect(t).toContain('indirect: its sheds will open on Monday (anonymous, anonymous)');
  });

  it('guard: no "its" after the verb, the doer stays unnamed', () => {
    const t = found('Kaimai Exports says the apple harvest will start late. The packer says the sheds will open on Monday.');
    expect(t).toContain('indirect: the sheds will open on Monday (anonymous, anonymous)');
  });
});
