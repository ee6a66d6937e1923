// The forty-fourth session's seventeenth probe of unnamed sources in English: talk going round passed on by the writer,
// "Word is that …", "Word in <place> is that …", "Word has it that …" (word-is-hearsay.ts, read by attribution.ts
// itIsUnderstood), an unnamed source as "It is understood that …" is; a US college paper's students by their year ("A
// sophomore who asked that her name not be used said", vocabulary.ts ROLE_NOUNS); and a Guyanese village leader's title,
// "Toshao Name Name", no part of the name (vocabulary.ts HONORIFICS); a bare "members" in lower case after an opening
// phrase, "In a Facebook group for …, members say …", an unnamed group (bare-members.ts); in fresh words and invented names (none of the
// fixtures' sentences). Each case failed on the rules before the change but the guards (marked so), which pass on both.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);

const LEAD = 'Bakery on the quay shuts its doors\n\nThe bakery on Pelham Quay closed on Saturday after thirty years.\n\n';

describe('English: "Word is that …" opening a sentence is an unnamed source (word-is-hearsay.ts)', () => {
  it('"Word is that …"', () => {
    expect(found(`${LEAD}Word is that a coffee chain has already signed a lease on the building.`)).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'a coffee chain has already signed a lease on the building'],
    ]);
  });

  it('"Word in <place> is that …"', () => {
    expect(found(`${LEAD}Word in Merrow Bay is that the owners plan to open a smaller shop inland.`)).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the owners plan to open a smaller shop inland'],
    ]);
  });

  it('"The word around the harbour is that …"', () => {
    expect(found(`${LEAD}The word around the harbour is that the ovens were sold to a hotel.`)).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the ovens were sold to a hotel'],
    ]);
  });

  it('"Word has it that …"', () => {
    expect(found(`${LEAD}Word has it that the landlord doubled the rent in the spring.`)).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the landlord doubled the rent in the spring'],
    ]);
  });

  it('guard: "The word from <someone> is that …" names who spoke, and is not read as talk going round', () => {
    expect(found(`${LEAD}The word from the harbourmaster is that the quay will be resurfaced.`).filter((s) => s[1] === 'anonymous')).toEqual([]);
  });

  it('guard: "word" in another sense opens no clause', () => {
    expect(found(`${LEAD}Word spread quickly that the bakery had shut. His word is that he will pay the staff.`)).toEqual([]);
  });
});

describe('English: a US college paper\'s student by year of study is one unnamed person (vocabulary.ts ROLE_NOUNS)', () => {
  it('"A sophomore who asked that her name not be used because …, said …" and her quote', () => {
    expect(found('Heating fails in Corliss Hall\n\nThe heating in Corliss Hall failed on Monday night.\n\nA sophomore who asked that her name not be used because she works at the front desk said staff had been told to hand out blankets. "We ran out by midnight," she said.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'staff had been told to hand out blankets'],
      ['direct', 'anonymous', 'anonymous', 'We ran out by midnight'],
    ]);
  });

  it('"A freshman who did not want to be named said …"', () => {
    expect(found('Heating fails in Corliss Hall\n\nThe heating in Corliss Hall failed on Monday night.\n\nA freshman who did not want to be named said the radiators had been cold for a week.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the radiators had been cold for a week'],
    ]);
  });

  it('guard: "A senior official …" stays the unnamed official it was', () => {
    expect(found('Heating fails in Corliss Hall\n\nThe heating in Corliss Hall failed on Monday night.\n\nA senior official who asked not to be named said a new boiler had been ordered.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'a new boiler had been ordered'],
    ]);
  });
});

describe('English: "Toshao Name Name", a Guyanese village leader\'s title, is no part of the name (vocabulary.ts HONORIFICS)', () => {
  it('"Toshao Name Name said …" and her quote are the person', () => {
    expect(found('Creek bridge still closed\n\nThe bridge over Moruka creek has been closed since August.\n\nToshao Verna Castellino said the village had sent three letters to the region. "Nobody has come to look," she said.')).toEqual([
      ['indirect', 'Verna Castellino', 'person', 'the village had sent three letters to the region'],
      ['direct', 'Verna Castellino', 'person', 'Nobody has come to look'],
    ]);
  });
});

describe('English: a bare "members" after an opening phrase is an unnamed group (bare-members.ts)', () => {
  it('"In a Facebook group for <people>, members say …" with a quoted phrase', () => {
    expect(found('Bin rounds missed again\n\nBins on the Ashcombe estate have not been emptied for three weeks.\n\nIn a Facebook group for tenants on the estate, members say the rounds are "a lottery".')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the rounds are "a lottery"'],
      ['partial', 'anonymous', 'anonymous', 'a lottery'],
    ]);
  });

  it('"At the meeting, members said …"', () => {
    expect(found('Bin rounds missed again\n\nBins on the Ashcombe estate have not been emptied for three weeks.\n\nAt the tenants\' meeting on Monday, members said the crews had been cut from four to two.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the crews had been cut from four to two'],
    ]);
  });

  it('guard: "said its members would …" stays the body\'s clause', () => {
    expect(found('Bin rounds missed again\n\nThe Ashcombe Tenants Association said its members would withhold rent.')).toEqual([
      ['indirect', 'Ashcombe Tenants Association', 'organisation', 'its members would withhold rent'],
    ]);
  });
});
