import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const speakers = (text: string) => extractStatements(text).map((s) => [s.kind, s.speaker, s.speakerKind]);

describe('twenty-sixth session: English people as speakers', () => {
  it("a wider place between commas after a name's post that ends in a place ('Name, vicar at X Church, Place, told')", () => {
    expect(speakers('The shelter opened last week. Fr. Abel Mathew, vicar at St. Thomas Church, Kuttanad, told reporters that the church had opened a kitchen. "We cook every day," he said.'))
      .toEqual([['indirect', 'Abel Mathew', 'person'], ['direct', 'Abel Mathew', 'person']]);
  });
  it("a wider place between commas after a group 'at' a place ('Farmers at X Creek, Place, say')", () => {
    expect(speakers('Farmers at Mill Creek, Dunmore, say the river has flooded their fields for a third week.'))
      .toEqual([['indirect', null, 'anonymous']]);
  });
  it("guard: a full name in apposition after a person described by a place ('A lorry driver from Bari, Name Name, told')", () => {
    expect(speakers('A lorry driver from Bari, Nicola Ferrante, told reporters the road had been shut since dawn.'))
      .toEqual([['indirect', 'Nicola Ferrante', 'person']]);
  });
  it("guard: a body's letters in brackets after a group at a body ('Forecasters at the X Agency (XYZ) said')", () => {
    expect(speakers('Forecasters at the Northern Weather Agency (NWA) said the winter was expected to be mild.'))
      .toEqual([['indirect', 'Northern Weather Agency', 'organisation']]);
  });
  it("a name after a body's word and a comma, with 'who' after it, is a person's ('by the company, Name, who …, said')", () => {
    expect(speakers('Brightwater Seeds said on Monday it had hired forty staff. In a brochure printed by the company, Doan Quoc Bao, who grows maize near Hue, said his yields had doubled. "I never thought it could work," he said.').slice(1))
      .toEqual([['indirect', 'Doan Quoc Bao', 'person'], ['direct', 'Doan Quoc Bao', 'person']]);
  });
  it("guard: a name after a body's word and a comma with no aside is still that body's ('the contractor, Name Name, said its')", () => {
    expect(speakers('The council hired a contractor, Harrow Civil, in May. Harrow Civil said its crews would finish by June.'))
      .toEqual([['indirect', 'Harrow Civil', 'organisation']]);
  });
  it("a name saying 'its' after the medium it spoke in is a body's ('X said in a statement that its')", () => {
    expect(speakers('Farmers queued at the gate. Kelso Dairy Processors said in a statement that its plant was running at full capacity.').at(-1))
      .toEqual(['indirect', 'Kelso Dairy Processors', 'organisation']);
  });
  it("'the manager' after the lead's subject spoke is that person, not a manager the text names further down", () => {
    expect(speakers('Morven Laidlaw says her side are eager for Sunday\'s cup tie at Brae Park.\n\nSpeaking at the ground on Wednesday, the manager said the players had recovered well from the midweek game.\n\nSpeaking to local radio, Dunlin boss Craig Fenwick said his players were ready.'))
      .toEqual([['indirect', 'Morven Laidlaw', 'person'], ['indirect', 'Morven Laidlaw', 'person'], ['indirect', 'Craig Fenwick', 'person']]);
  });
  it("guard: a lead's 'the minister said', with no one speaking before, is the minister the text names below", () => {
    expect(speakers('The minister said on Monday that the bridge would reopen in May.\n\nTransport Minister Halima Osei told parliament the repairs had cost more than planned.'))
      .toEqual([['indirect', 'Halima Osei', 'person'], ['indirect', 'Halima Osei', 'person']]);
  });
  it("a noun for a person opening a place's name is no description ('Hunter Bay Ferries', 'Cook Islands …')", () => {
    expect(speakers('Passengers waited for hours. In a statement, Hunter Bay Ferries said it would add two sailings on Friday.'))
      .toEqual([['indirect', 'Hunter Bay Ferries', 'organisation']]);
  });
  it("guard: a noun for a person before a full name is still a description ('Grazier Name Name')", () => {
    expect(speakers('Grazier Rhys Penhaligon said the dry spell had cost him a third of his flock.'))
      .toEqual([['indirect', 'Rhys Penhaligon', 'person']]);
  });
  it("a post's place opened by a word for a kind of place takes the word after it ('MP for Port X Name Name')", () => {
    expect(speakers('Residents queued for water again. MP for Port Hallam Delia Marsh-Oyelaran called the delay "a scandal". She said she would raise it in the House.'))
      .toEqual([['partial', 'Delia Marsh-Oyelaran', 'person'], ['indirect', 'Delia Marsh-Oyelaran', 'person']]);
  });
  it("guard: a body opened by such a word, its head word not ending it, still leaves a name of two ('Head of Mount X Trust Name Name')", () => {
    expect(speakers('Head of Mount Kenya Trust Jane Wanjiru said the forest fence was finished.'))
      .toEqual([['indirect', 'Jane Wanjiru', 'person']]);
  });
});
