import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const speakers = (text: string) => extractStatements(text).map((s) => [s.kind, s.speaker, s.speakerKind]);

describe('twenty-fifth session: English people as speakers', () => {
  it("a post's letters between the post and a name of two words ('Team Manager & DS Name Name')", () => {
    expect(speakers('The team confirmed the move on Tuesday. Team Manager & DS Annika Vestergaard said the fee was fair.'))
      .toEqual([['indirect', 'Annika Vestergaard', 'person']]);
  });
  it("a title between the arbiter's post and the name ('Chief Arbiter IA Name Name')", () => {
    expect(speakers('The last round ended late. Chief Arbiter IA Tobias Wrenfield confirmed that the result would stand.'))
      .toEqual([['indirect', 'Tobias Wrenfield', 'person']]);
  });
  it("guard: initials of one given name before a surname alone stay in the name ('Senator JD Name')", () => {
    expect(speakers('The vote was close. Senator JD Halloway said the bill would pass.'))
      .toEqual([['indirect', 'Jd Halloway', 'person']]);
  });
  it("letters in brackets between a post and its holder stand for the post, printed shorter ('Coordinator (DVCO)')", () => {
    expect(speakers('Mansa District Veterinary Coordinator (DVCO) Namwinga Bwalya Chisanga said vaccines had arrived. Farmers queued all day. The DVCO said more would come on Friday.'))
      .toEqual([['indirect', 'Namwinga Bwalya Chisanga', 'person'], ['indirect', 'Namwinga Bwalya Chisanga', 'person']]);
  });
  it("guard: letters that spell the post ('District Commissioner (DC) Name … The DC said')", () => {
    expect(speakers('Mzimba District Commissioner (DC) Lusungu Nyirenda said the road was open. Traders were relieved. The DC said repairs would continue.'))
      .toEqual([['indirect', 'Lusungu Nyirenda', 'person'], ['indirect', 'Lusungu Nyirenda', 'person']]);
  });
  it("a Mongolian name with a two-letter initial keeps its full stop ('Ts.Name')", () => {
    expect(speakers('At the briefing, Deputy Minister of Energy Ch.Erdenebat underlined that coal stocks were sufficient.'))
      .toEqual([['indirect', 'Ch.Erdenebat', 'person']]);
  });
  it("a person noun before a Mongolian name with its initial joined ('Herder O.Name')", () => {
    expect(speakers('Prices doubled this winter. Herder O.Batjargal, who keeps 400 goats, said he had sold a third of them.'))
      .toEqual([['indirect', 'O.Batjargal', 'person']]);
  });
  it("guard: a person noun before two name words is still dropped ('Herder Name Name')", () => {
    expect(speakers('Prices doubled this winter. Herder Bold Batjargal said he had sold a third of his goats.'))
      .toEqual([['indirect', 'Bold Batjargal', 'person']]);
  });
  it("an area placed in a larger one before the governor's name ('Governor of X soum in Y aimag B.Name')", () => {
    expect(speakers('Governor of Bayan-Uul soum in Dornod aimag G.Tsogtbaatar said the soum had no hay left. "Some families are cut off."'))
      .toEqual([['indirect', 'G.Tsogtbaatar', 'person'], ['direct', 'G.Tsogtbaatar', 'person']]);
  });
  it("a headline's words in capitals are no name, a preposition among them ('ADD PACE WITH NAME-NAME')", () => {
    const said = speakers('OSPREYS ADD PACE WITH MBEKI-LARSSON\n\nSpeaking from Toronto after the signing, Mbeki-Larsson told the club he was "over the moon" to be moving.');
    expect(said.slice(1).map(([, speaker]) => speaker)).toEqual(['Mbeki-Larsson', 'Mbeki-Larsson']);
  });
  it("a party's letters in brackets after a name in apposition ('The Mayor, Cllr Name Name (FG),')", () => {
    expect(speakers('The Mayor, Cllr Brendan Kilbride (FG), opened the debate. The vote was deferred. Cllr Kilbride said he hoped the parish would be consulted.'))
      .toEqual([['indirect', 'Brendan Kilbride', 'person']]);
  });
  it("a chief's title used as a noun after 'the' is the one the text gave it ('Nana Name Name … the Nana said')", () => {
    expect(speakers('At the durbar on Friday, Nana Kwabena Asante-Boateng said the road had been promised for ten years. "We are tired of promises," the Nana said.'))
      .toEqual([['indirect', 'Kwabena Asante-Boateng', 'person'], ['direct', 'Kwabena Asante-Boateng', 'person']]);
  });
  it("guard: 'the <word>' for a body's lone name stays the body", () => {
    expect(speakers('Rail fares will rise in March. "The increase is modest," the Tranzlink said.'))
      .toEqual([['direct', 'Tranzlink', 'organisation']]);
  });
  it("a lone first name after a fronted description of a person ('A trader at X market, Name said')", () => {
    expect(speakers('Prices have doubled since June. A trader at Nkhata Bay market, Thokozani said she had stopped buying fish. "Nobody can afford it."'))
      .toEqual([['indirect', 'Thokozani', 'person'], ['direct', 'Thokozani', 'person']]);
  });
  it("guard: a fronted description of a body before a lone name leaves a body ('A ferry company in the north, Name said')", () => {
    expect(speakers('Sailings were cancelled. A ferry company in the north, Nordlys said it would refund every ticket.'))
      .toEqual([['indirect', 'Nordlys', 'organisation']]);
  });
  it("a byline in capitals is nobody a later 'she' means ('By OUR REPORTER')", () => {
    expect(speakers('Clinic queues grow in Mwinilunga\n\nBy OUR REPORTER\n\nMWINILUNGA — The clinic ran out of test kits on Monday.\n\n"We are asking patients to come back next week," she said.'))
      .toEqual([['direct', null, null]]);
  });
  it("a question put to someone makes them the one who replies next ('It was put to Mr Name whether …')", () => {
    expect(speakers('Director of Roads Padraig Brennan told the meeting the bridge was sound. Farmer Tom Keane said the bridge was dangerous. It was put to Mr Brennan whether the bypass could be finished by 2029. That was "a stretch", he replied.'))
      .toEqual([['indirect', 'Padraig Brennan', 'person'], ['indirect', 'Tom Keane', 'person'], ['indirect', 'Padraig Brennan', 'person'], ['partial', 'Padraig Brennan', 'person']]);
  });
  it("'…, saying …' after a description and a name in apposition is the one named ('A field manager in X, Mr Name Name, blamed …, saying')", () => {
    expect(speakers('Planting was late. A contractor\'s field manager in Kwekwe, Mr Farai Mutasa, blamed the delay on the rains, saying the roads were now open.'))
      .toEqual([['indirect', 'Farai Mutasa', 'person']]);
  });
  it("guard: a description left unnamed stays unnamed before '…, saying'", () => {
    expect(speakers('Planting was late. A field manager in Kwekwe, who asked not to be named, blamed the delay on the rains, saying the roads were now open.'))
      .toEqual([['indirect', null, 'anonymous']]);
  });
  it("a quoted phrase in a relative clause after a described noun ('a bright spot that Name described as \"…\"')", () => {
    expect(speakers('Chief Executive Mara Quillfeather said demand would recover. Sales of spare parts rose 4%, a bright spot that Quillfeather described as "the bit that keeps the lights on."'))
      .toEqual([['indirect', 'Mara Quillfeather', 'person'], ['partial', 'Mara Quillfeather', 'person']]);
  });
  it("guard: 'a move the unions denounced as \"…\"' keeps the unions", () => {
    expect(speakers('Fares rose 9%, a move the rail unions denounced as "daylight robbery".'))
      .toEqual([['partial', 'rail unions', 'organisation']]);
  });
  it("a post with its place before a name and an age: the name is where the post's reading puts it ('Village head of X Y Z Name Name, 58,')", () => {
    expect(speakers('Village head of Kampung Ulu Sungai Ahmad Jalil, 61, said the bridge had gone. "We crossed on a raft," he said.'))
      .toEqual([['indirect', 'Ahmad Jalil', 'person'], ['direct', 'Ahmad Jalil', 'person']]);
  });
  it("guard: a description before a name and an age ('Retired teacher Name Name Name, 71,')", () => {
    expect(speakers('Retired teacher Mary Anne Jones, 71, said the bus was late. "I waited an hour," she said.'))
      .toEqual([['indirect', 'Mary Anne Jones', 'person'], ['direct', 'Mary Anne Jones', 'person']]);
  });
});
