// The twenty-seventh session, test-35 read: English people. A post of a unit before a full name ("Grama Niladhari of
// the area Name Name said", post-of-the-unit.ts); a Hausa courtesy title ("Hajiya Name", vocabulary.ts); a lone name
// already taken for a person, speaking again after a quotation ("…," Name told the Post); an aside with "simply" before
// the name given ("who simply identified himself as Name", name-given-aside.ts); a first name and a surname for the
// fuller name the text prints ("Name Surname" for "Name Middle Middle Surname", middle-names-dropped.ts); a lead's post
// of a body it leaves unnamed, named next with a post of a body of the same kind (described-then-named.ts). Made-up
// people, places and sentences in none of the fixture parts; each case failed on the rules before the change, but the
// guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const speakers = (text: string) => extractStatements(text).map((s) => (s.anonymous ? 'anonymous' : s.speakerKind === 'organisation' ? `${s.speaker} (org)` : s.speaker));

describe('English: a post of a unit, then the holder\'s full name (post-of-the-unit.ts)', () => {
  it('"<Post> of the division Name Name said … he said": the name, not the post\'s words', () => {
    const text = 'Pathiraja Niladhari of the division Kamal Weerasooriya said the well had run dry on Friday. The bowsers would come twice a week, he said.';
    expect(speakers(text)).toEqual(['Kamal Weerasooriya', 'Kamal Weerasooriya']);
  });

  it('"Headman of the village Name Name said": the name', () => {
    expect(speakers('Headman of the village Oduya Kasembeli said the bridge had been closed since the rains.')).toEqual(['Oduya Kasembeli']);
  });

  it('guard: "Secretary of the Interior Name Name said": a capitalised field, as before', () => {
    expect(speakers('Secretary of the Interior Delia Harcastle said the park would reopen in May.')).toEqual(['Delia Harcastle']);
  });
});

describe('English: a Hausa courtesy title before a name (vocabulary.ts)', () => {
  it('"A trader, Hajiya Name Name Name, … said": the name without the title', () => {
    const text = 'A trader, Hajiya Zainab Lawan Dutse, who sells onions in Wudil, said prices had doubled.';
    expect(speakers(text)).toEqual(['Zainab Lawan Dutse']);
  });
});

describe('English: a lone name already a person, speaking again (speaker-resolver.ts)', () => {
  it('"Name, a 61-year-old fisherman, said …" then "…," Name told the Daily', () => {
    const text = 'Warsito, a 61-year-old fisherman in Rembang, said the catch had halved.\n\n"The boats stay in the harbour for days now. We mend nets and wait," Warsito told the Daily Courier on Sunday.';
    expect(speakers(text)).toEqual(['Warsito', 'Warsito']);
  });

  it('guard: a lone unknown word is still a body: "…," Name told the council', () => {
    expect(speakers('"We will not sign the protocol this year," Kolvania told the council.')).toEqual(['Kolvania (org)']);
  });
});

describe('English: a name given in an aside with "simply" (name-given-aside.ts)', () => {
  it('"A porter, who simply identified himself as Name, said … he said"', () => {
    const text = 'A porter at the Oja Tuntun yam depot, who simply identified himself as Tunde, said the lorries had stopped coming. "We sit here from morning and nothing moves," he said.';
    expect(speakers(text)).toEqual(['Tunde', 'Tunde']);
  });
});

describe('English: a first name and a surname for the fuller name printed (middle-names-dropped.ts)', () => {
  it('an obituary\'s first line prints the full name; "Name Surname" later is that name', () => {
    const text = 'Wiremu Te Rangi Hohaia, fencing contractor and rugby referee. Born Dannevirke, 1951. Died Napier, October 3, aged 74.\n\nWiremu Hohaia built his first fence at 14.\n\nIn an interview with the Herald in 2010, he said the best posts came from totara.';
    expect(speakers(text)).toEqual(['Wiremu Te Rangi Hohaia']);
  });

  it('guard: a different surname is not the fuller name', () => {
    const text = 'Wiremu Te Rangi Hohaia, fencing contractor. Born Dannevirke, 1951.\n\nWiremu Paewai said the contractor had trained him.';
    expect(speakers(text)).toEqual(['Wiremu Paewai']);
  });
});

describe('English: a lead\'s post of an unnamed body, named next with a post of a body of that kind (described-then-named.ts)', () => {
  it('a lead\'s "the head of a local association said" then "Name (…), chairman of the … Association, told …"', () => {
    const text = 'Keelung, Dec. 4 (CNA) Some 80 squid boats will stay in port next week, the head of a local boat owners\' association said Friday.\n\nLin Tsung-han (林宗翰), chairman of the Badouzi Boat Owners\' Association, told CNA that fuel subsidies had not been paid.';
    expect(speakers(text)).toEqual(['Lin Tsung-han', 'Lin Tsung-han']);
  });

  it('guard: a lead\'s post of an unnamed body stays unnamed when the next name holds a post of another kind of body', () => {
    const text = 'Some 80 squid boats will stay in port next week, the head of a local boat owners\' association said Friday.\n\nLin Tsung-han, director of the Keelung Fisheries Bureau, told CNA that fuel subsidies had been paid.';
    expect(speakers(text)).toEqual(['anonymous', 'Lin Tsung-han']);
  });
});
