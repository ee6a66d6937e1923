// The twenty-sixth session, second round (test-34 read), English bodies, unnamed sources and other speakers: a dateline
// before "<Trade> maker <Name> will …, the company said" (speaker-resolver.ts, business-opening-its-sentence.ts); "a
// report to cabinet by council officers", a body's word bare after "to" (speaker-phrase.ts); "<Place> Chamber of
// Commerce" whole (speaker-phrase.ts); a two-word name that "said it …" and is "it said" in the next sentence
// (name-called-it.ts); "Md" opening a Bangladeshi name (abbreviated-given-name.ts). Made-up bodies, people and sentences
// in none of the fixture parts; each case failed on the rules before the change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const speakers = (text: string) =>
  extractStatements(text).map((s) => (s.anonymous ? 'anonymous' : s.speakerKind === 'organisation' ? `${s.speaker} (org)` : s.speaker));

describe('English: a business opening its sentence after a dateline (business-opening-its-sentence.ts)', () => {
  it('"BERGEN – Pump maker Hallvik Pumpeverk ASA will cut …, the company said": the business, not the trade word', () => {
    expect(speakers('BERGEN – Pump maker Hallvik Pumpeverk ASA will cut 300 of its 2,100 Norwegian jobs by the summer, the company said on Tuesday.'))
      .toEqual(['Hallvik Pumpeverk ASA (org)']);
  });

  it('guard: the same sentence without a dateline, as before', () => {
    expect(speakers('Pump maker Hallvik Pumpeverk ASA will cut 300 of its 2,100 Norwegian jobs by the summer, the company said on Tuesday.'))
      .toEqual(['Hallvik Pumpeverk ASA (org)']);
  });
});

describe('English: a report made to a body named by its bare word (speaker-phrase.ts)', () => {
  it('"A report to cabinet by council officers says …": unnamed, like "a report to the cabinet"', () => {
    expect(speakers('A report to cabinet by council officers says the library had 60 visitors a day last year.')).toEqual(['anonymous']);
  });

  it('guard: "A report by council officers says …": the council, as before (staff-author.ts)', () => {
    expect(speakers('A report by council officers says the library had 60 visitors a day last year.')).toEqual(['council (org)']);
  });
});

describe('English: a chamber of commerce by its whole name (speaker-phrase.ts)', () => {
  it('"The Ardlow Chamber of Commerce said it would …": the chamber, whole', () => {
    expect(speakers('The Ardlow Chamber of Commerce said it would hold a vote on the plan in March.')).toEqual(['Ardlow Chamber of Commerce (org)']);
  });
});

describe('English: a name the text calls "it" as the next sentence\'s speaker (name-called-it.ts)', () => {
  it('"Harbour Ferries Tralee said it had … Most were …, it said.": a body, both times', () => {
    expect(speakers('Harbour Ferries Tralee said it had cancelled 40 sailings since the storm. Most were on the island route, it said.'))
      .toEqual(['Harbour Ferries Tralee (org)', 'Harbour Ferries Tralee (org)']);
  });

  it('guard: "Anna Berg said it was a shame. The hall was full, she said.": a person', () => {
    expect(speakers('Anna Berg said it was a shame. The hall was full, she said.')).toEqual(['Anna Berg', 'Anna Berg']);
  });

  it('guard: "Cormac Dunleavy said it was a shame. The hall was full, he said.": no "it said", a person', () => {
    expect(speakers('Cormac Dunleavy said it was a shame. The hall was full, he said.')).toEqual(['Cormac Dunleavy', 'Cormac Dunleavy']);
  });
});

describe('English: "Md" opening a Bangladeshi name (abbreviated-given-name.ts)', () => {
  it('"Senior engineer Md Shafiqul Alam Bhuiyan said … , he said": the name as printed, "Md" in it', () => {
    expect(speakers('Senior engineer Md Shafiqul Alam Bhuiyan said the embankment had been repaired. The office had asked for more money, he said.'))
      .toEqual(['Md Shafiqul Alam Bhuiyan', 'Md Shafiqul Alam Bhuiyan']);
  });

  it('guard: "Lumora MD Anna Petrova said …": a managing director\'s letters in capitals, a post', () => {
    expect(speakers('Lumora MD Anna Petrova said sales had risen by a tenth.')).toEqual(['Anna Petrova']);
  });
});

describe('English: a House of Keys member\'s letters after the seat (seat-member-letters.ts)', () => {
  it('"Corran West MHK Eilidh Quine said …": the name without the seat and the letters', () => {
    expect(speakers('Corran West MHK Eilidh Quine said the scheme had been rushed.')).toEqual(['Eilidh Quine']);
  });

  it('guard: "questions from Ayre and Michael MHK Name Name Name, who said …": the name, as before', () => {
    expect(speakers('He was answering questions from Balla and Kirk MHK Tomas Quirk Callister, who said constituents had been left with two buses a day.'))
      .toEqual(['Tomas Quirk Callister']);
  });
});
