// English people's names read in test-28 (issue #13; the twenty-third session, second half): a Māori elder's courtesy
// title before a name ("Kaumātua Name", "Kuia Name") is no part of the name, as an Aboriginal "Elder Name", a Tswana
// "Kgosi Name" or an Akan "Nana Name". Made-up people and sentences in none of the fixture parts; each case failed on the
// rules before the change, but the guards (marked so). And a name of three words after a post "of" a body whose name ends
// in a head word no surname shares ("Association", "Federation") is the whole name, not its last two words.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);

describe('English: a Māori elder\'s title before a name (HONORIFICS)', () => {
  it('"Kaumātua Name said …": the name without the title', () => {
    const text = 'Kaumātua Rewi Tane Kereama said the stream had been clean in his youth.';
    expect(found(text)).toEqual([['indirect', 'Rewi Tane Kereama', 'person', 'the stream had been clean in his youth']]);
  });

  it('"Kaumatua" without its macron, then "Mr Surname said"', () => {
    const text = 'Kaumatua Piripi Hohaia walked the dunes on Tuesday. Mr Hohaia said the hapū would ask for a rāhui on the beach.';
    expect(found(text)).toEqual([['indirect', 'Piripi Hohaia', 'person', 'the hapū would ask for a rāhui on the beach']]);
  });

  it('a woman elder: "Kuia Name told the hearing …"', () => {
    const text = 'Kuia Mere Awatea Ngata told the hearing the wetland had fed her family for four generations.';
    expect(found(text)).toEqual([['indirect', 'Mere Awatea Ngata', 'person', 'the wetland had fed her family for four generations']]);
  });

  it('guard: an Aboriginal "Elder Name" is still read without the title', () => {
    const text = 'Elder Doris Wirrpanda said the river had to be cared for.';
    expect(found(text)).toEqual([['indirect', 'Doris Wirrpanda', 'person', 'the river had to be cared for']]);
  });

  it('guard: a surname that is also a particle elsewhere keeps its capital ("Name Das said")', () => {
    const text = 'Anirban Das said the tea gardens would reopen in March.';
    expect(found(text)).toEqual([['indirect', 'Anirban Das', 'person', 'the tea gardens would reopen in March']]);
  });
});

describe('English: a name of three words after "<post> of the <Name> Association" (speaker-phrase.ts)', () => {
  it('"president of the Coastal Sugar Mills Association Name Name Name said …"', () => {
    const text = 'Speaking to reporters, president of the Coastal Sugar Mills Association Rana Tariq Javed said the crushing season would start late.';
    expect(found(text)).toEqual([['indirect', 'Rana Tariq Javed', 'person', 'the crushing season would start late']]);
  });

  it('"Chairman of the <Name> Federation Name Name Name said …"', () => {
    const text = 'Chairman of the Northern Tea Estates Federation Ravi Shankar Menon said the pickers would return on Monday.';
    expect(found(text)).toEqual([['indirect', 'Ravi Shankar Menon', 'person', 'the pickers would return on Monday']]);
  });

  it('guard: a plural of people ends the body as before ("… Ginners Association Name Name Name")', () => {
    const text = 'General secretary of the Valley Cotton Ginners Association Mian Zahid Aslam said prices had doubled.';
    expect(found(text)).toEqual([['indirect', 'Mian Zahid Aslam', 'person', 'prices had doubled']]);
  });

  it('guard: no body head word, a name of two after a run of capitalised words', () => {
    const text = 'Executive Vice President of Global Supply Chain Tomasz Wierzbicki said the plant would close.';
    expect(found(text)).toEqual([['indirect', 'Tomasz Wierzbicki', 'person', 'the plant would close']]);
  });
});
