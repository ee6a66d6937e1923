// The forty-third session's seventh probe of English speaker resolution (d2400–d2405, with the sixth probe's d2380): a
// given name that only its ending makes a nationality ("Ossian", "Marthese": given-name-like-nationality.ts); "His son said"
// / "Her daughter said" after a pair told of as "a father and son" / "a mother and daughter" and named with one surname
// (kin-by-shared-surname.ts); "Mother of four Name Name said" without hyphens (parent-of-children-before-name.ts); "the
// Turaga ni Koro said" after "Turaga ni Koro Name Name said" (post-with-particle.ts); "said the fire commander" after "The
// Municipal Fire Commander, Name Name," (capitalised-post-adjunct.ts); a rank in letters with its grade, "DO I Name Name"
// (rank-letters-with-grade.ts); the courtesy titles "Opanin" and "Perit" (vocabulary.ts); in fresh words and invented
// names (none of the fixtures' sentences). Each case failed on the rules before the change but the guards (marked so),
// which pass on both.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);

describe('English: a given name in a nationality\'s shape (given-name-like-nationality.ts)', () => {
  it('"Torsian Maclure said …" is the person "Torsian Maclure", not a "Torsian" Maclure', () => {
    expect(found('Torsian Maclure said the harbour wall would be mended before the spring tides.')).toEqual([
      ['indirect', 'Torsian Maclure', 'person', 'the harbour wall would be mended before the spring tides'],
    ]);
  });

  it('two bearers of one surname: "Gwendese Farrugia said …" then "Ms Farrugia said …" stay hers', () => {
    expect(found('The owner, Pawlu Farrugia, 64, said he would rebuild the shed. Gwendese Farrugia said the shed blocked the lane. Ms Farrugia said she had written to the council twice.')).toEqual([
      ['indirect', 'Pawlu Farrugia', 'person', 'he would rebuild the shed'],
      ['indirect', 'Gwendese Farrugia', 'person', 'the shed blocked the lane'],
      ['indirect', 'Gwendese Farrugia', 'person', 'she had written to the council twice'],
    ]);
  });

  it('guard: a body opened by such a word keeps its reading ("Corvian Council said …")', () => {
    expect(found('Corvian Council said the car park would close for resurfacing.')).toEqual([
      ['indirect', 'Corvian Council', 'organisation', 'the car park would close for resurfacing'],
    ]);
  });
});

describe('English: "His son" / "Her daughter" of a pair told of with one surname (kin-by-shared-surname.ts)', () => {
  it('"A father and son who …, Name Quaidoo and Name Quaidoo, …. Name Quaidoo said …. His son said …"', () => {
    expect(found('A father and son who mend nets at the landing beach, Yaw Quaidoo, 60, and Kojo Quaidoo, 29, lost their canoe in the storm.\n\nYaw Quaidoo said the canoe had been in the family for thirty years.\n\nHis son said a new one would cost more than they earn in a season.')).toEqual([
      ['indirect', 'Yaw Quaidoo', 'person', 'the canoe had been in the family for thirty years'],
      ['indirect', 'Kojo Quaidoo', 'person', 'a new one would cost more than they earn in a season'],
    ]);
  });

  it('"A mother and daughter who run the bakery, Name and Name Ferriby, …. Her daughter said …"', () => {
    expect(found('A mother and daughter who run the village bakery, Hester and Morwenna Ferriby, reopened on Friday.\n\nHester Ferriby said the oven had been repaired at last.\n\nHer daughter said the queue had reached the post office by eight.')).toEqual([
      ['indirect', 'Hester Ferriby', 'person', 'the oven had been repaired at last'],
      ['indirect', 'Morwenna Ferriby', 'person', 'the queue had reached the post office by eight'],
    ]);
  });

  it('guard: with no pair told of, "His son said" stays an unnamed relative', () => {
    expect(found('Yaw Quaidoo said the canoe had been in the family for thirty years.\n\nHis son said a new one would cost too much.')).toEqual([
      ['indirect', 'Yaw Quaidoo', 'person', 'the canoe had been in the family for thirty years'],
      ['indirect', 'anonymous', 'anonymous', 'a new one would cost too much'],
    ]);
  });
});

describe('English: a description and a title before a name', () => {
  it('"Mother of three Ilaisa Ravuvu said …" (parent-of-children-before-name.ts)', () => {
    expect(found('Mother of three Ilaisa Ravuvu said the water had reached her bedroom.')).toEqual([
      ['indirect', 'Ilaisa Ravuvu', 'person', 'the water had reached her bedroom'],
    ]);
  });

  it('"Asked whether …, the Mata ni Tikina said:" after "Mata ni Tikina Name Name said" (post-with-particle.ts)', () => {
    expect(found('Mata ni Tikina Jone Vakacegu said the road to the school had washed out.\n\nAsked whether the village would wait for the ministry, the Mata ni Tikina said: "We will carry the children across ourselves."')).toEqual([
      ['indirect', 'Jone Vakacegu', 'person', 'the road to the school had washed out'],
      ['direct', 'Jone Vakacegu', 'person', 'We will carry the children across ourselves.'],
    ]);
  });

  it('"said the ambulance superintendent" after "The District Ambulance Superintendent, Name Name," (capitalised-post-adjunct.ts)', () => {
    expect(found('The District Ambulance Superintendent, Kwesi Anyidoho, said two crews had been sent. "The road was blocked by a lorry," said the ambulance superintendent.')).toEqual([
      ['indirect', 'Kwesi Anyidoho', 'person', 'two crews had been sent'],
      ['direct', 'Kwesi Anyidoho', 'person', 'The road was blocked by a lorry'],
    ]);
  });

  it('"The District Fire Officer, DO I Name Name, said …" (rank-letters-with-grade.ts)', () => {
    expect(found('The District Fire Officer, DO I Efua Mensah-Bonsu, said the fire had been put out by midnight.')).toEqual([
      ['indirect', 'Efua Mensah-Bonsu', 'person', 'the fire had been put out by midnight'],
    ]);
  });

  it('"Opanin Name Name said" and "Perit Name Name said" drop the courtesy title (vocabulary.ts)', () => {
    expect(found('Opanin Kwadwo Asiedu said the farm road had not been graded in six years.\n\nPerit Doriella Camenzuli said the façade would be kept.')).toEqual([
      ['indirect', 'Kwadwo Asiedu', 'person', 'the farm road had not been graded in six years'],
      ['indirect', 'Doriella Camenzuli', 'person', 'the façade would be kept'],
    ]);
  });
});
