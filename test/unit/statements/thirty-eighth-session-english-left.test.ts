// The thirty-eighth session's English misses left in dev and the read parts: the shapes taken, in fresh words and
// invented names (none of the fixtures' sentences). Each case failed on the rules before the change but the guards
// (marked so), which pass on both.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);

describe('English: a body described by its place and kind, named next in its own language (place-description-named-next.ts)', () => {
  it('"the Maubara salt cooperative said" then "Cooperativa Sal Maubara" in the next paragraph is that cooperative', () => {
    expect(found('Salt paid late\n\nMALIANA – Salt farmers in Liquica are still waiting to be paid for their harvest, the Maubara salt cooperative said on Tuesday.\n\nThe treasurer of Cooperativa Sal Maubara, Joaquim Pereira, told reporters that the buyer had paid only a third.')[0]).toEqual(
      ['indirect', 'Cooperativa Sal Maubara', 'organisation', 'Salt farmers in Liquica are still waiting to be paid for their harvest'],
    );
  });

  it('"the Tarvisio hoteliers union said" then "Unione Albergatori Tarvisio" in the next sentence is that union', () => {
    expect(found('Rooms empty\n\nHotels in the valley have lost a third of their winter bookings, the Tarvisio hoteliers union said on Monday. The secretary of Unione Albergatori Tarvisio, Marco Pellegrin, said the roads were the problem.')[0]).toEqual(
      ['indirect', 'Unione Albergatori Tarvisio', 'organisation', 'Hotels in the valley have lost a third of their winter bookings'],
    );
  });

  it('guard: a name next that lacks the place ("Cooperativa Sal Atabae") is not taken', () => {
    expect(found('Salt\n\nSalt farmers in Liquica are still waiting to be paid, the Maubara salt cooperative said on Tuesday.\n\nThe treasurer of Cooperativa Sal Atabae, Joaquim Pereira, said the buyer had paid only a third.')[0]).toEqual(
      ['indirect', 'Maubara salt cooperative', 'organisation', 'Salt farmers in Liquica are still waiting to be paid'],
    );
  });

  it('guard: a name printed two sentences on is not taken', () => {
    expect(found('Salt\n\nSalt farmers in Liquica are still waiting to be paid, the Maubara salt cooperative said on Tuesday.\n\nThe harvest was poor. Prices fell. The treasurer of Cooperativa Sal Maubara, Joaquim Pereira, said the buyer had paid only a third.')[0]).toEqual(
      ['indirect', 'Maubara salt cooperative', 'organisation', 'Salt farmers in Liquica are still waiting to be paid'],
    );
  });
});

describe('English: a name the text lets regret or welcome as "it" is a body (body-speaking-as-it.ts, person-aside-after-name.ts)', () => {
  it('"X said in a later statement that it "sincerely regrets" …" after "A spokeswoman for the organiser, X, who asked not to be named," is a body', () => {
    expect(found('Concert\n\nA spokeswoman for the organiser, Marrowdene Sound, who asked not to be named, said the stage had failed a safety check. Marrowdene Sound said in a later statement that it "sincerely regrets" the late cancellation.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the stage had failed a safety check'],
      ['indirect', 'Marrowdene Sound', 'organisation', 'it "sincerely regrets" the late cancellation'],
      ['partial', 'Marrowdene Sound', 'organisation', 'sincerely regrets'],
    ]);
  });

  it('"X said in a statement that it welcomed the ruling" (no given name first) is a body', () => {
    expect(found('Ruling\n\nCorran Ashby said in a statement that it welcomed the ruling.')).toEqual([
      ['indirect', 'Corran Ashby', 'organisation', 'it welcomed the ruling'],
    ]);
  });

  it('"X said that it apologised to …" is a body', () => {
    expect(found('Ruling\n\nCorran Ashby said that it apologised to the drivers for the delay.')).toEqual([
      ['indirect', 'Corran Ashby', 'organisation', 'it apologised to the drivers for the delay'],
    ]);
  });

  it('guard: a dummy "it" ("it was a shame") leaves the name a person', () => {
    expect(found('Ruling\n\nCorran Ashby said it was a shame that the ruling came so late.')).toEqual([
      ['indirect', 'Corran Ashby', 'person', 'it was a shame that the ruling came so late'],
    ]);
  });

  it('guard: a given name first ("Karen Ashby said … that it welcomed …") stays a person', () => {
    expect(found('Ruling\n\nKaren Ashby said in a statement that it welcomed the ruling.')).toEqual([
      ['indirect', 'Karen Ashby', 'person', 'it welcomed the ruling'],
    ]);
  });

  it('guard: the apposed name with no "it" of regret stays as before, a person', () => {
    expect(found('Concert\n\nA spokeswoman for the organiser, Marrowdene Sound, said the stage had failed a safety check. Marrowdene Sound said in a later statement that it was a shame.')).toEqual([
      ['indirect', 'Marrowdene Sound', 'person', 'the stage had failed a safety check'],
      ['indirect', 'Marrowdene Sound', 'person', 'it was a shame'],
    ]);
  });
});

describe('English: a lead\'s "the hospital says" with only a headline\'s description before it (speaker-resolver.ts, INSTITUTION_HEADS)', () => {
  it('"Tarrow Valley hospital …" in the headline, then "the hospital says" and "Ashcombe Ridge Medical Centre says" next: that centre', () => {
    expect(found('Tarrow Valley hospital to close its maternity ward\n\nA hospital in the Tarrow Valley will stop delivering babies in March, the hospital says, leaving mothers an hour from a labour ward.\n\nAshcombe Ridge Medical Centre says it delivered 48 babies last year.')).toEqual([
      ['indirect', 'Ashcombe Ridge Medical Centre', 'organisation', 'A hospital in the Tarrow Valley will stop delivering babies in March'],
      ['indirect', 'Ashcombe Ridge Medical Centre', 'organisation', 'it delivered 48 babies last year'],
    ]);
  });

  it('"the school says" in the lead after a headline\'s "Penhallow village school", "Penhallow Community Academy said" next', () => {
    expect(found('Penhallow village school to cut its bus service\n\nPupils from the outlying farms will lose their morning bus from September, the school says, because the county has cut its grant.\n\nPenhallow Community Academy said the route cost £40,000 a year.')[0]).toEqual(
      ['indirect', 'Penhallow Community Academy', 'organisation', 'Pupils from the outlying farms will lose their morning bus from September'],
    );
  });

  it('guard: a hospital named by its capitalised name in the prose before stays that hospital', () => {
    expect(found('Tarrow Valley hospital to close its maternity ward\n\nTarrow Valley Hospital has run a labour ward since 1961. It will stop delivering babies in March, the hospital says.\n\nAshcombe Ridge Medical Centre says it delivered 48 babies last year.')[0]).toEqual(
      ['indirect', 'Tarrow Valley Hospital', 'organisation', 'It will stop delivering babies in March'],
    );
  });
});

describe('English: the clause after ", <speaker> say(s), and" in the present (aside-goes-on.ts, isPresentGoesOn)', () => {
  it('", islanders say, and most families travel only twice a year" is the islanders\' second clause', () => {
    expect(found('Ferries\n\nFerry fares are too high, islanders say, and most families travel only twice a year.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'Ferry fares are too high'],
      ['indirect', 'anonymous', 'anonymous', 'most families travel only twice a year'],
    ]);
  });

  it('", the board says, and the crossings run late" after a named body', () => {
    expect(found('Ferries\n\nFerry fares will rise in April, the Kelderwick Ferry Board says, and the crossings run late most winters.')).toEqual([
      ['indirect', 'Kelderwick Ferry Board', 'organisation', 'Ferry fares will rise in April'],
      ['indirect', 'Kelderwick Ferry Board', 'organisation', 'the crossings run late most winters'],
    ]);
  });

  it('guard: after "said" a present clause is not taken (a narrative goes on)', () => {
    expect(found('Ferries\n\nFerry fares are too high, islanders said, and most families travel only twice a year.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'Ferry fares are too high'],
    ]);
  });

  it('guard: a verb of belief after the subject ("and many residents agree") is not the speaker\'s clause', () => {
    expect(found('Ferries\n\nFerry fares are too high, the council says, and many residents agree.').map((s) => s[3])).not.toContain('many residents agree');
  });
});

describe('English: a research team\'s "found that" (examiners-findings.ts, speaker-resolver.ts)', () => {
  it('"The research team found that …" after "Researchers at the University of Kelby" is the university\'s clause', () => {
    expect(found('Owls\n\nResearchers at the University of Kelby report that owl numbers fell sharply. The research team found that foxes took most of the chicks.')[1]).toEqual(
      ['indirect', 'University of Kelby', 'organisation', 'foxes took most of the chicks'],
    );
  });

  it('"The team found that …" after "Scientists from <Institute> said" is the institute\'s clause', () => {
    expect(found('Reef\n\nScientists from Marrick Marine Institute said the reef had shrunk. The team found that warm water had killed most of the coral.')[1]).toEqual(
      ['indirect', 'Marrick Marine Institute', 'organisation', 'warm water had killed most of the coral'],
    );
  });

  it('guard: a side in a match report ("The team found that the pitch …", no research before) is not read', () => {
    expect(found('Cup\n\nThe side lost 3-0 on Saturday. The team found that the pitch was too soft to train on.')).toEqual([]);
  });

  it('guard: "found" without "that" is the writer\'s account', () => {
    expect(found('Owls\n\nResearchers at the University of Kelby report that owl numbers fell sharply. The team found foxes in most of the nests.').length).toBe(1);
  });
});
