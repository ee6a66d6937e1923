// The twenty-fourth session's second round on what test-27 to test-29 left, English bodies and unnamed sources: a body's
// initials in brackets inside an unnamed source's phrase are no name in apposition (attribution.ts); "the <lower-case
// words> authorities [in <Place> <area>]" is an unnamed source (unnamed-authorities.ts); a movement named in Maltese,
// Italian, German or Dutch is a body (speaker-phrase.ts BODY_NAME_STARTS); a refinery's name is a business's for "the
// company" (speaker-resolver.ts). Made-up bodies, people and sentences in none of the fixture parts; each case failed on
// the rules before the change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);

describe('English: a body\'s initials in brackets inside an unnamed source\'s phrase (attribution.ts)', () => {
  it('"An inspector of the <Body> (<initials>) in the district, who asked not to be named, said": unnamed', () => {
    const text = 'An inspector of the Lowland Fisheries Directorate (LFD) in the district, who asked not to be named, said nets had been cut overnight.';
    expect(found(text).map((s) => s[1])).toEqual(['anonymous']);
  });

  it('"One officer with the <Body> (<initials>), who spoke on condition of anonymity, said": unnamed', () => {
    const text = 'One officer with the Coastal Rescue Service (CRS), who spoke on condition of anonymity, said two boats were still missing.';
    expect(found(text).map((s) => s[1])).toEqual(['anonymous']);
  });

  it('guard: "A spokesperson for the <Body> (<initials>), <Name>, said": the person named', () => {
    const text = 'A spokesperson for the Coastal Rescue Service (CRS), Marit Oyelaran, said two boats were still missing.';
    expect(found(text).map((s) => s[1])).toEqual(['Marit Oyelaran']);
  });
});

describe('English: "the <lower-case words> authorities [in <Place> <area>]" is unnamed (unnamed-authorities.ts)', () => {
  it('"The water authorities in <Place> district have … and say …": unnamed', () => {
    const text = 'Wells have run dry across the plateau. The water authorities in Kessaro district have started rationing and say tankers will run twice a week.';
    expect(found(text).map((s) => s[1])).toEqual(['anonymous']);
  });

  it('"The health authorities said …" opening a sentence: unnamed', () => {
    const text = 'The health authorities said the clinic would reopen on Monday.';
    expect(found(text).map((s) => s[1])).toEqual(['anonymous']);
  });

  it('guard: "The Chinese authorities said" stays a body (a nationality makes them the state\'s)', () => {
    const text = 'The Chinese authorities said the clinic would reopen on Monday.';
    expect(found(text).map((s) => s[2])).toEqual(['organisation']);
  });

  it('guard: "The Harbour Authority said" stays the body named', () => {
    const text = 'The Harbour Authority said the quay would reopen on Monday.';
    expect(found(text).map((s) => s[1])).toEqual(['Harbour Authority']);
  });
});

describe('English: a movement named in another language is a body (BODY_NAME_STARTS)', () => {
  it('"Movimento <Words> said …", then "the group wrote": the movement, a body, both times', () => {
    const text = 'The quarry at Pietrafonda was approved by the region on Tuesday, and the operator, Cave Orsini Estrazioni, welcomed the ruling.\n\nMovimento Valle Libera said it would take the case to the Council of State. In a post online, the group wrote that the permit "ignores every expert we sent".';
    expect(found(text).filter((s) => s[0] === 'indirect').map((s) => [s[1], s[2]])).toEqual([
      ['Movimento Valle Libera', 'organisation'],
      ['Movimento Valle Libera', 'organisation'],
    ]);
  });
});

describe('English: a refinery\'s name is a business\'s for "the company" (speaker-resolver.ts)', () => {
  it('"the <Name> Raffinerie in <town>" then "The company said", a firm named later: the refinery', () => {
    const text = 'Gasoil cracks widened on Monday after a fire at the 120,000 b/d Elbtal Raffinerie in Wittenberge, traders said.\n\nThe company said in a statement that the fire had been put out within an hour.\n\nAnalysts at Kestrel Energy Insight said in a note that supply would stay tight.';
    expect(found(text).filter((s) => s[0] === 'indirect').map((s) => s[1])).toEqual(['anonymous', 'Elbtal Raffinerie', 'Kestrel Energy Insight']);
  });
});
