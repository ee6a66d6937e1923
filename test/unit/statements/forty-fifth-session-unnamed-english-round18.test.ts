// The forty-fifth session's eighteenth probe of unnamed sources in English: a plural for people opening a sentence in a
// text that later names a body whose name holds the plural ("Parents have complained …" beside "… Parents Together",
// people-plural-inside-longer-name.ts; "… Together" closing a body's name, speaker-phrase.ts BODY_NAME_ENDS); a
// watchdog's word grown into the first word, "Healthwatch <county>" (body-word-inside-name.ts); "the party" for a party
// named "… Alliance" / "… Front" (party-named-without-the-word.ts); "The party figure, who …, said" (standing-figure.ts);
// "and denied that …" as the speaker's second frame (attribution.ts CLAUSE_STOP_RE); ", without giving details" left
// out of the clause (the same); "Talk in <place> is that …", "Rumour has it that …" (word-is-hearsay.ts); a message
// passed round on a messaging service, no maker (speaker-phrase.ts DOCUMENT_NOUNS, messaging-medium.ts); and "One post
// in the group said" (posts-and-group-estimates.ts); in fresh words and invented names (none of the fixtures'
// sentences). Each case failed on the rules before the change but the guards (marked so), which pass on both.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);

const LEAD = 'Library hours to be cut\n\nThe library in Stanmere will open three days a week from April.\n\n';

describe('English: a plural for people is no surname of a body\'s first words (people-plural-inside-longer-name.ts)', () => {
  it('"Residents have complained that …" beside "Ashcot Residents Together said …"', () => {
    expect(found(`${LEAD}Residents have complained that nobody asked them about the hours. Ashcot Residents Together said it would start a petition.`)).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'nobody asked them about the hours'],
      ['indirect', 'Ashcot Residents Together', 'organisation', 'it would start a petition'],
    ]);
  });

  it('"… Together" closes a body\'s name', () => {
    expect(found(`${LEAD}Readers Together said it had collected 900 signatures.`)).toEqual([
      ['indirect', 'Readers Together', 'organisation', 'it had collected 900 signatures'],
    ]);
  });

  it('guard: a full name printed alone keeps the surname reading', () => {
    expect(found(`${LEAD}Mark Readers, who chairs the friends' group, spoke first. Readers said the cut was a mistake.`)).toEqual([
      ['indirect', 'Mark Readers', 'person', 'the cut was a mistake'],
    ]);
  });
});

describe('English: "Healthwatch <county>" is a body (body-word-inside-name.ts)', () => {
  it('"Healthwatch Dunmore said …"', () => {
    expect(found('Clinic waits grow\n\nWaits at the Orley clinic have doubled.\n\nHealthwatch Dunmore said it had heard from forty patients since May.')).toEqual([
      ['indirect', 'Healthwatch Dunmore', 'organisation', 'it had heard from forty patients since May'],
    ]);
  });
});

describe('English: "the party" is a party named by another word for one (party-named-without-the-word.ts)', () => {
  it('"The Union Renewal Front … The party said …"', () => {
    expect(found('Candidate lists disputed\n\nThe Union Renewal Front has been accused of changing its candidate lists.\n\nThe party said on Monday that every list had been approved by its council.')).toEqual([
      ['indirect', 'Union Renewal Front', 'organisation', 'every list had been approved by its council'],
    ]);
  });

  it('guard: a name ending in "Party" is read as before', () => {
    expect(found('Candidate lists disputed\n\nThe Coastal Workers Party has been accused of changing its candidate lists, as has the Greenway Alliance.\n\nThe party said on Monday that every list had been approved by its council.')).toEqual([
      ['indirect', 'Coastal Workers Party', 'organisation', 'every list had been approved by its council'],
    ]);
  });
});

describe('English: "The party figure, who …, said" is the unnamed source (standing-figure.ts)', () => {
  it('"The party figure, who spoke on condition of anonymity, said …"', () => {
    expect(found('Candidate lists disputed\n\nA senior figure in the party said the lists had been rewritten.\n\nThe party figure, who spoke on condition of anonymity, said three names were dropped overnight.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the lists had been rewritten'],
      ['indirect', 'anonymous', 'anonymous', 'three names were dropped overnight'],
    ]);
  });
});

describe('English: the clause ends before "and denied that" and ", without giving details" (attribution.ts)', () => {
  it('"said … and denied that …": two clauses', () => {
    expect(found(`${LEAD}Councillor Petra Holloway said the cut was temporary and denied that the building would be sold.`)).toEqual([
      ['indirect', 'Petra Holloway', 'person', 'the cut was temporary'],
      ['indirect', 'Petra Holloway', 'person', 'the building would be sold'],
    ]);
  });

  it('"…, without giving details": the writer\'s note, left out', () => {
    expect(found(`${LEAD}Councillor Petra Holloway said savings had to be found, without giving details.`)).toEqual([
      ['indirect', 'Petra Holloway', 'person', 'savings had to be found'],
    ]);
  });

  it('guard: ", without giving up …" runs on', () => {
    expect(found(`${LEAD}Councillor Petra Holloway said the hours could change, without giving up the Saturday opening.`)).toEqual([
      ['indirect', 'Petra Holloway', 'person', 'the hours could change, without giving up the Saturday opening'],
    ]);
  });
});

describe('English: talk going round by its other words (word-is-hearsay.ts)', () => {
  it('"Talk in <place> is that …"', () => {
    expect(found(`${LEAD}Talk in the village is that the building will become flats.`)).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the building will become flats'],
    ]);
  });

  it('"Rumour has it that …"', () => {
    expect(found(`${LEAD}Rumour has it that the mobile library will be sold.`)).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the mobile library will be sold'],
    ]);
  });

  it('guard: "The talk from <someone> was that …" names who gave it', () => {
    expect(found(`${LEAD}The talk from the librarian was that the hours might change.`).filter((s) => s[1] === 'anonymous')).toEqual([]);
  });
});

describe('English: a message passed round, and a post in an online group, are unnamed (messaging-medium.ts, posts-and-group-estimates.ts)', () => {
  it('"A Telegram message circulated among members and seen by this paper says …"', () => {
    expect(found(`${LEAD}A Telegram message circulated among members and seen by this paper says the reading room will close first.`)).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the reading room will close first'],
    ]);
  });

  it('"One post in the group said …"', () => {
    expect(found(`${LEAD}A Facebook group for library users has grown to 400 members. One post in the group said the children's corner would move upstairs.`)).toEqual([
      ['indirect', 'anonymous', 'anonymous', "the children's corner would move upstairs"],
    ]);
  });

  it('guard: the service speaking in its own name is a body', () => {
    expect(found(`${LEAD}Telegram said in a statement that it had removed the channel.`)).toEqual([
      ['indirect', 'Telegram', 'organisation', 'it had removed the channel'],
    ]);
  });
});
