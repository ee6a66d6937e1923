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
});
