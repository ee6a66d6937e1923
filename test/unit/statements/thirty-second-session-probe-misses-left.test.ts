// The thirty-second session, second round: the first round's probe misses left. "A spokeswoman for X said …" then "The
// spokeswoman, Name, said …" gives both to Name, as "spokesman" did (extract.ts, the kind read as the post's one word);
// "Member of Parliament (MP) for <Seat>, Name, in her remarks, said" keeps the name (post-of-letters-before-seat.ts);
// "The former headmaster said" after a person named in the paragraph is that person (former-life-description.ts).
// Made-up people, bodies and sentences in none of the fixture parts; each case failed on the rules before the change,
// but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const speakers = (text: string) =>
  extractStatements(text).map((s) => [s.anonymous ? 'anonymous' : s.speaker, s.speakerKind] as const);

describe('English: an unnamed spokeswoman or spokesperson named in the next sentence (extract.ts)', () => {
  it('"A spokeswoman for the trust said …. The spokeswoman, Name, said": both hers', () => {
    const text = 'A spokeswoman for the trust said the footpath would reopen in May. The spokeswoman, Nerys Talbot, said volunteers had cleared the fallen oaks.';
    expect(speakers(text)).toEqual([['Nerys Talbot', 'person'], ['Nerys Talbot', 'person']]);
  });

  it('"A spokesperson for the port said …. The spokesperson, Name, said": both theirs', () => {
    const text = 'A spokesperson for the port said the dredger would arrive on Tuesday. The spokesperson, Callum Ibbotson, said the channel had silted badly.';
    expect(speakers(text)).toEqual([['Callum Ibbotson', 'person'], ['Callum Ibbotson', 'person']]);
  });

  it('guard: "A spokeswoman … said" with no naming after stays unnamed', () => {
    const text = 'A spokeswoman for the trust said the footpath would reopen in May. Ranger Owain Pryce said volunteers had cleared the fallen oaks.';
    expect(speakers(text)).toEqual([['anonymous', 'anonymous'], ['Owain Pryce', 'person']]);
  });

  it('guard: "A source at the trust said …. The spokeswoman, Name, said": the source stays unnamed', () => {
    const text = 'A source at the trust said the footpath would reopen in May. The spokeswoman, Nerys Talbot, said volunteers had cleared the fallen oaks.';
    expect(speakers(text)).toEqual([['anonymous', 'anonymous'], ['Nerys Talbot', 'person']]);
  });
});

describe('English: a post\'s letters in brackets before a seat and the holder\'s name (post-of-letters-before-seat.ts)', () => {
  it('"Member of Parliament (MP) for <Seat>, Name, in her remarks, said": hers', () => {
    const text = 'Member of Parliament (MP) for St. Catherine East Central, Sandra Pusey-Walcott, in her remarks, said that the clinic would open by March.';
    expect(speakers(text)).toEqual([['Sandra Pusey-Walcott', 'person']]);
  });

  it('"Member of the County Assembly (MCA) for <Ward>, Name, in his address, noted that": his', () => {
    const text = 'Member of the County Assembly (MCA) for Kabete Ward, Josphat Mureithi, in his address, noted that the borehole had run dry.';
    expect(speakers(text)).toEqual([['Josphat Mureithi', 'person']]);
  });

  it('guard: "The Board of Roads (BOR), which …, said" stays a body', () => {
    const text = 'The Board of Roads (BOR), which runs the trunk network, said that the bridge would be closed for a week.';
    expect(speakers(text)[0]![1]).toBe('organisation');
  });
});

describe('English: "the former <word>" after a person named in the paragraph (former-life-description.ts)', () => {
  const before = 'Imogen Tarrant said the raffle had raised £900. "We sold out by noon," she said.\n\n';

  it('"Those were the words of Name, …. The former headmaster said": his, not the one quoted before', () => {
    const text = `${before}"I started with nine pupils."\n\nThose were the words of Fergus Oakley, the club secretary, who keeps the books. The former headmaster said the club would buy a new roller.`;
    expect(speakers(text).at(-1)).toEqual(['Fergus Oakley', 'person']);
  });

  it('"Name, the prize secretary, sorted …. The retired nurse said": hers, not the one quoted before', () => {
    const text = `${before}Winifred Sallis, the prize secretary, sorted the tickets. The retired nurse said the till had been donated.`;
    expect(speakers(text).at(-1)).toEqual(['Winifred Sallis', 'person']);
  });

  it('guard: someone named holds the post ("Headmaster Name …"): the holder', () => {
    const text = `Headmaster Ansel Brierley opened the fete. ${before}Fergus Oakley runs the club. The former headmaster said the club would buy a new roller.`;
    expect(speakers(text).at(-1)).toEqual(['Ansel Brierley', 'person']);
  });
});
