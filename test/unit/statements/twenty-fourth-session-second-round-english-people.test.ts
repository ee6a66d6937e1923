import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const speakers = (text: string) => extractStatements(text).map((s) => [s.kind, s.speaker, s.speakerKind]);

describe('twenty-fourth session, second round: English people as speakers', () => {
  it("a member's letters between seat and name are the post ('Ynys Wen MS Name')", () => {
    expect(speakers('The surgery closes in May. Ynys Wen MS Catrin Haf Morgan said patients would have to travel.'))
      .toEqual([['indirect', 'Catrin Haf Morgan', 'person']]);
  });
  it("a Kenyan MCA after the ward ('Lumbwa Ward MCA Name')", () => {
    expect(speakers('The road was washed away. Lumbwa Ward MCA Peter Kiprono Rotich said the contractor had been paid twice.'))
      .toEqual([['indirect', 'Peter Kiprono Rotich', 'person']]);
  });
  it("guard: 'Ms Name' keeps dropping the courtesy title", () => {
    expect(speakers('The surgery closes in May. Ms Catrin Morgan said patients would have to travel.'))
      .toEqual([['indirect', 'Catrin Morgan', 'person']]);
  });
  it("a seat of two places joined by 'and', each one word, before the name", () => {
    expect(speakers('Fenella Rusk said the bridge was safe. Member for Oakridge and Tallowford Imogen Carrick said the survey was years old.'))
      .toEqual([['indirect', 'Fenella Rusk', 'person'], ['indirect', 'Imogen Carrick', 'person']]);
  });
  it("'Portfolio holder for <field> Name said'", () => {
    expect(speakers('The depot will shut. Portfolio holder for waste Desmond Arkwright said collections would not change.'))
      .toEqual([['indirect', 'Desmond Arkwright', 'person']]);
  });
  it("'surnamed X' gives the person's family name", () => {
    expect(speakers('The ferry pier closed. The kiosk\'s owner, surnamed Tsang, said trade had halved. "We sell nothing now," he said.'))
      .toEqual([['indirect', 'Tsang', 'person'], ['direct', 'Tsang', 'person']]);
  });
  it("'Mr <middle word>' completes to the whole name printed earlier", () => {
    expect(speakers('The stall reopened. Mr Ahmad Zulkifli Osman, 52, said he had kept his prices. Mr Zulkifli said rents were the worry.'))
      .toEqual([['indirect', 'Ahmad Zulkifli Osman', 'person'], ['indirect', 'Ahmad Zulkifli Osman', 'person']]);
  });
  it("a seat's letters end it before a four-word name, and 'Mr <family name>' finds it", () => {
    expect(speakers('The market was rebuilt. MP for Marine Parade GRC Vincent Tay Boon Huat said he had seen the plans. "It must stay affordable," said Mr Tay.'))
      .toEqual([['indirect', 'Vincent Tay Boon Huat', 'person'], ['direct', 'Vincent Tay Boon Huat', 'person']]);
  });
  it('guard: a post\'s field before a full name is no part of it', () => {
    expect(speakers('Minister of Foreign Affairs Rasa Dambrauskienė met her counterparts. The Ministry of Foreign Affairs said the visit was useful. "We agreed on much," said the Minister.'))
      .toEqual([['indirect', 'Ministry of Foreign Affairs', 'organisation'], ['direct', 'Rasa Dambrauskienė', 'person']]);
  });
});
