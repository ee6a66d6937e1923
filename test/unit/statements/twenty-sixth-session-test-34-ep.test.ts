// The twenty-sixth session's second round, test-34 read: English people named with a post before the name. A parish's,
// a diocese's and a lifeboat's posts before a full name ("Churchwarden Name", "Coxswain Name", "Helm Name", "The
// Archdeacon of Place, the Ven Name"), a lower-case "elder" in a description ("Local elder Haji Name"), a post's letters
// in brackets spelling out a post that opens with an area's word ("District Chief Executive (DCE)", letters-spelling-a-
// post.ts) and a post's letters in brackets before the post's field ("Committee Member (CECM) for Agriculture Name",
// post-letters-before-name.ts). Made-up people, places and sentences in none of the fixture parts; each case failed on
// the rules before the change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const speakers = (text: string) => extractStatements(text).map((s) => (s.anonymous ? 'anonymous' : s.speakerKind === 'organisation' ? `${s.speaker} (org)` : s.speaker));

describe('English: parish, diocese and lifeboat posts before a name (vocabulary.ts)', () => {
  it('"Churchwarden Name said … he said": the name without the post', () => {
    const text = 'Churchwarden Petra Oyelaran-Hume said the vestry door had been forced overnight. "They took the candlesticks and left the silver," she said.';
    expect(speakers(text)).toEqual(['Petra Oyelaran-Hume', 'Petra Oyelaran-Hume']);
  });

  it('"Coxswain Name said": the name without the post', () => {
    expect(speakers('Coxswain Dafydd Ellesmere said the trawler had lost power two miles off the headland.')).toEqual(['Dafydd Ellesmere']);
  });

  it('"Helm Name said:": the lifeboat\'s helm, not a first name', () => {
    const text = 'Helm Morwenna Castellan said: "The swell was building and the light was going fast when we reached them."';
    expect(speakers(text)).toEqual(['Morwenna Castellan']);
  });

  it('guard: "Name Helm said": a surname, kept', () => {
    expect(speakers('Tobias Helm said the harbour wall would be repaired in the spring.')).toEqual(['Tobias Helm']);
  });

  it('"The Archdeacon of Place, the Ven Name, who …, said … He said": the archdeacon by name', () => {
    const text = 'The Archdeacon of Brackendale, the Ven Lucas Farraday-Onu, who toured the damaged chapel on Monday, said insurance would cover only half the cost. He said a grant application was being prepared.';
    expect(speakers(text)).toEqual(['Lucas Farraday-Onu', 'Lucas Farraday-Onu']);
  });
});

describe('English: a lower-case "elder" ending a description before a name (speaker-phrase.ts)', () => {
  it('"Local elder Haji Name said": the name, without the description or the courtesy title', () => {
    expect(speakers('Local elder Haji Gulzar Baig Qureshi said the footpath to the pasture had slid into the gorge.')).toEqual(['Gulzar Baig Qureshi']);
  });

  it('"Village elder Name said": the name', () => {
    expect(speakers('Village elder Tenzin Dorje Lhamo said the well had run dry in October.')).toEqual(['Tenzin Dorje Lhamo']);
  });

  it('guard: "Elder Name said": the courtesy title dropped, as before', () => {
    expect(speakers('Elder Marlene Wattsford said the smoking ceremony would open the festival.')).toEqual(['Marlene Wattsford']);
  });

  it('"A village elder said": unnamed (the lower-case noun is no courtesy title before a name)', () => {
    expect(speakers('A village elder said the well had run dry in October.')).toEqual(['anonymous']);
  });
});

describe('English: a post\'s letters in brackets (letters-spelling-a-post.ts, post-letters-before-name.ts)', () => {
  it('"The District Chief Executive (DCE) for Place, Name, told … the DCE said": the person, not a body', () => {
    const text = 'The District Chief Executive (DCE) for Akatsi Lowlands, Kwabena Osei-Mensah Ampofo, told reporters on Monday that the market would be rebuilt. The old stalls had been condemned in March, the DCE said.';
    expect(speakers(text)).toEqual(['Kwabena Osei-Mensah Ampofo', 'Kwabena Osei-Mensah Ampofo']);
  });

  it('"County Executive Committee Member (CECM) for Water Name said that … he said": the person', () => {
    const text = 'County Executive Committee Member (CECM) for Water Jeptoo Chelangat Rono said on Monday that three boreholes had dried up. Repairs would start "after the short rains", she said.';
    expect(speakers(text)).toEqual(['Jeptoo Chelangat Rono', 'Jeptoo Chelangat Rono', 'Jeptoo Chelangat Rono']);
  });

  it('guard: "the Rural Water Agency (RWA) said": a body, as before', () => {
    const text = 'Three boreholes near the market have dried up, and the Rural Water Agency (RWA) is sending tankers. The RWA said repairs would start next month.';
    expect(speakers(text)).toEqual(['Rural Water Agency (org)']);
  });
});

describe('English: a retired officer\'s rank between a post and the name (retired-rank.ts)', () => {
  it('"Deputy Commissioner Place Colonel (retd) Name said … the DC said": the person, not "Place Colonel"', () => {
    const text = 'Deputy Commissioner Skardu Colonel (retd) Imtiaz Hussain Baltistani said the pass would stay closed until Friday. Talking to reporters, the DC said snow ploughs had been sent from Gilgit.';
    expect(speakers(text)).toEqual(['Imtiaz Hussain Baltistani', 'Imtiaz Hussain Baltistani']);
  });

  it('guard: "Brigadier (retd) Name said … The brigadier said": the person, as before', () => {
    const text = 'Brigadier (retd) Farhat Ali Qaimkhani said the road had been cleared. The brigadier said a second convoy would leave on Sunday.';
    expect(speakers(text)).toEqual(['Farhat Ali Qaimkhani', 'Farhat Ali Qaimkhani']);
  });
});
