// The twenty-ninth session, second round, test-41 read: English people. A Senedd member's letters "MS" ending a
// description after a name (seat-member-letters.ts); a place's elected office after "the province's" no staff post
// (post-of-a-body-unheld.ts); a writer's beat on the line under a byline no one's name (attribution.ts); a two-line byline
// before the lead (extract.ts); a lead's person noun printed again before the name next (described-lead-titled-next.ts);
// a lead's leader of a group named next with a body's word of the same stem (described-then-named.ts); a surname that is
// also a post's word before an indefinite description (surname-spelled-as-post.ts); of two bearers of a surname, the one
// called by the given name alone is not "Mr Surname" (courtesy-given-name.ts); a name and "her colleagues" after a post
// in apposition (attribution.ts). Made-up people, places and sentences in none of the fixture parts; each case failed on
// the rules before the change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const speakers = (text: string) => extractStatements(text).map((s) => (s.anonymous ? 'anonymous' : s.speakerKind === 'organisation' ? `${s.speaker} (org)` : s.speaker));
const texts = (text: string) => extractStatements(text).map((s) => s.text);

describe('English: "Name, a Labour MS, said" (seat-member-letters.ts)', () => {
  it('the member\'s letters after a party end the description: the name speaks', () => {
    expect(speakers('Housing spokesperson Bethan Morgan-Rees, a Plaid Cymru MS, said the rent cap had come too late.')).toEqual(['Bethan Morgan-Rees']);
  });

  it('and after a seat, with a quote: the name speaks both', () => {
    const text = 'Iolo Maddock, a Conservative MS, said the scheme was "badly drawn".\n\n"Nobody in Ceredigion asked for this," he said.';
    expect(speakers(text)).toEqual(['Iolo Maddock', 'Iolo Maddock', 'Iolo Maddock']);
  });

  it('"Name, Welsh Conservatives MS, said": no article before the party (attribution.ts)', () => {
    expect(speakers('Gethin Aubrey-Lewis, Welsh Conservatives MS, said the bypass had been promised for a decade.')).toEqual(['Gethin Aubrey-Lewis']);
  });

  it('guard: "Ms Name said": the courtesy title, as before', () => {
    expect(speakers('Ms Catrin Vaughan-Lloyd said the bus would run again in March.')).toEqual(['Catrin Vaughan-Lloyd']);
  });
});

describe('English: a lead\'s "the province\'s health minister" named next (post-of-a-body-unheld.ts)', () => {
  it('the minister the next paragraph names', () => {
    const text = 'Clinic hours cut in the north\n\nThree walk-in clinics will close on weekends, the province\'s health minister confirmed Tuesday.\n\n'
      + 'Health Minister Orla Fenwick-Tait told reporters that the closures would last until spring.';
    expect(speakers(text)).toEqual(['Orla Fenwick-Tait', 'Orla Fenwick-Tait']);
  });

  it('guard: "the county\'s planning officer said": a body\'s staff, unnamed, as before', () => {
    const text = 'Councillor Ruth Abernathy said the plan was sound. The county council approved it on Monday.\n\n'
      + 'The county\'s planning officer said the site had flooded twice.';
    expect(speakers(text)).toEqual(['Ruth Abernathy', 'anonymous']);
  });
});

describe('English: a byline of two lines (attribution.ts, extract.ts)', () => {
  it('"By Name\\nTransport reporter": the beat is no name, and the lead is the paragraph after it', () => {
    const text = 'Ferry timetable to change\n\nBy Linnea Castellano\nTransport reporter\n\nTwo late ferries will be dropped from the winter timetable, the province\'s transport minister said Monday.\n\n'
      + 'Transport Minister Eamon Delacroix-Watt told the house that ridership after 10 p.m. had halved.';
    expect(speakers(text)).toEqual(['Eamon Delacroix-Watt', 'Eamon Delacroix-Watt']);
  });

  it('a leader of a group in the lead, named next with the body\'s word of the same stem', () => {
    const text = 'Vets warn of shortage\n\nBy Hywel Prothero\nRural affairs reporter\n\nSome farms in mid Wales wait a week for a vet, a veterinarians\' leader has told MSs.\n\n'
      + 'Delyth Carrow, president of the Welsh Veterinary Society, told the committee that 14 practices had closed since 2021.';
    expect(speakers(text)).toEqual(['Delyth Carrow', 'Delyth Carrow']);
  });

  it('guard: a leader of another group: the lead stays unnamed', () => {
    const text = 'Vets warn of shortage\n\nBy Hywel Prothero\nRural affairs reporter\n\nSome farms in mid Wales wait a week for a vet, a farmers\' leader has told MSs.\n\n'
      + 'Delyth Carrow, president of the Welsh Veterinary Society, told the committee that 14 practices had closed since 2021.';
    expect(speakers(text)).toEqual(['anonymous', 'Delyth Carrow']);
  });
});

describe('English: a lead\'s person noun printed again before the name next (described-lead-titled-next.ts)', () => {
  it('"…, a Marlborough winegrower says." then "Marlborough winegrower Name told …"', () => {
    const text = 'Hail strips vines\n\nA ten-minute hailstorm has stripped the leaves from a third of the vines on the Awatere, a Marlborough winegrower says.\n\n'
      + 'Marlborough winegrower Tamsin Kereama told the station the storm arrived just after flowering.';
    expect(speakers(text)).toEqual(['Tamsin Kereama', 'Tamsin Kereama']);
  });

  it('guard: another noun before the name: the lead stays unnamed', () => {
    const text = 'Hail strips vines\n\nA ten-minute hailstorm has stripped the leaves from a third of the vines on the Awatere, a Marlborough winegrower says.\n\n'
      + 'Marlborough contractor Tamsin Kereama told the station the storm arrived just after flowering.';
    expect(speakers(text)).toEqual(['anonymous', 'Tamsin Kereama']);
  });
});

describe('English: a surname that is also a post\'s word (surname-spelled-as-post.ts)', () => {
  it('"Name King, a freight analyst, said" after another speaker: King speaks', () => {
    const text = 'Haulier Declan Moriarty said diesel had never been dearer.\n\nHenrietta King, a freight analyst, said rates would rise again in the new year.';
    expect(speakers(text)).toEqual(['Declan Moriarty', 'Henrietta King']);
  });

  it('"Name Judge, an economist at …, said": the same', () => {
    const text = 'Shopkeeper Amrit Sandhu said trade was slow.\n\nPhineas Judge, an economist at the Cardew Institute, said spending would pick up in spring.';
    expect(speakers(text)).toEqual(['Amrit Sandhu', 'Phineas Judge']);
  });
});

describe('English: two bearers of a surname (courtesy-given-name.ts)', () => {
  it('"Mr Surname" is the one the text never calls by the given name alone', () => {
    const text = 'Saddler dies at 88\n\nAmbrose Fairweather, who made saddles in Lowick for half a century, died on Sunday, his son said.\n\n'
      + 'His son, Crispin Fairweather, said his father had worked until the spring. "He was at the bench every morning," Crispin said.\n\n'
      + 'Mr Fairweather took over his uncle\'s shop in 1961. In a 2010 interview, he said no machine could stitch a saddle properly.';
    expect(speakers(text)).toEqual(['Crispin Fairweather', 'Crispin Fairweather', 'Crispin Fairweather', 'Ambrose Fairweather']);
  });

  it('guard: neither called by the given name alone: as before, by the relation\'s mark', () => {
    const text = 'Saddler dies at 88\n\nAmbrose Fairweather, who made saddles in Lowick for half a century, died on Sunday.\n\n'
      + 'His son, Crispin Fairweather, said his father had worked until the spring.\n\nMr Fairweather said the shop would stay open.';
    expect(speakers(text)).toEqual(['Crispin Fairweather', 'Crispin Fairweather']);
  });
});

describe('English: "…, the lead author, Name, and her colleagues wrote" (attribution.ts)', () => {
  it('the named author speaks, and the clause ends before the post', () => {
    const text = 'Bees and hedges\n\nHedgerows cut every third year held twice as many bumblebee nests, the lead author, Ingrid Valdemarsen, and her colleagues wrote in the journal Insect Conservation.';
    expect(speakers(text)).toEqual(['Ingrid Valdemarsen']);
    expect(texts(text)).toEqual(['Hedgerows cut every third year held twice as many bumblebee nests']);
  });

  it('guard: "…, the villagers, and their neighbours said": no name, as before', () => {
    const text = 'Hedgerows cut every third year held twice as many nests, the villagers, and their neighbours said.';
    expect(speakers(text)).not.toContain('Ingrid Valdemarsen');
  });
});
