// test-27 read, English bodies (issue #13; the twenty-third session): a body's press office and its management speak as
// the body, an acronym defined after a name with an elided article ("d'", "l'"), a national branch named with its
// country's own name, "the club said" for the club the story is about, and "the city" read back past a council's kind.
// Made-up names and sentences in none of the fixture parts. Each case failed on the rules before its change, but the
// guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const speakers = (text: string) => extractStatements(text).map((s) => [s.speaker, s.speakerKind] as const);

describe("a body's press office speaks as the body", () => {
  it('"The Ministry of Fisheries and Coasts\'s press office said …": the ministry', () => {
    const text = 'The Ministry of Fisheries and Coasts\'s press office said that 40 boats had been inspected in October.';
    expect(speakers(text)).toEqual([['Ministry of Fisheries and Coasts', 'organisation']]);
  });

  it('"The agency\'s press service reported that …": the agency, not a body called "agency\'s press service"', () => {
    const text = 'The Coastal Survey Agency published its figures on Monday. The agency\'s press service reported that 40 wrecks had been charted.';
    expect(speakers(text)[0]![1]).toBe('organisation');
    expect(speakers(text)[0]![0]).not.toMatch(/press/u);
  });

  it('guard: "the press service said" alone is left as it was', () => {
    const before = speakers('The Coastal Survey Agency published its figures on Monday. The press service said that 40 wrecks had been charted.');
    expect(before).toHaveLength(1);
    expect(before[0]![1]).toBe('organisation');
  });
});

describe('the management of a named body speaks as the body', () => {
  it('"In a statement, the management of the Kestrel Valley Paper Mills said …" and "the statement said": the mills', () => {
    const text = 'In a statement, the management of the Kestrel Valley Paper Mills said it would pay the suppliers by March. '
      + '"The delay was caused by a fire at the pulp store," the statement said.';
    expect(speakers(text)).toEqual([['Kestrel Valley Paper Mills', 'organisation'], ['Kestrel Valley Paper Mills', 'organisation']]);
  });

  it('guard: "the management said" with no name after it stays the management', () => {
    const text = 'In a letter to workers, the management said the night shift would end in May.';
    expect(speakers(text)).toEqual([['management', 'organisation']]);
  });
});

describe('an acronym defined after a name with an elided article', () => {
  it('"Agence d\'Entraide Rurale (AER) … AER said": the full name, not "Aer"', () => {
    const text = 'Agence d\'Entraide Rurale (AER) volunteers reached 12 villages in the valley this week. AER said it would open a second depot in March.';
    expect(speakers(text)).toEqual([["Agence d'Entraide Rurale", 'organisation']]);
  });

  it('guard: an acronym whose name has no elided word is spelled out as before', () => {
    const text = 'Rural Relief Network (RRN) volunteers reached 12 villages this week. RRN said it would open a second depot in March.';
    expect(speakers(text)).toEqual([['Rural Relief Network', 'organisation']]);
  });
});

describe("a national branch named with its country's own name", () => {
  it('"WWF Deutschland said …": a body, not a person', () => {
    expect(speakers('WWF Deutschland said the ruling was a setback for the river.')).toEqual([['WWF Deutschland', 'organisation']]);
  });

  it('"Oxfam España said …": a body', () => {
    expect(speakers('Oxfam España said the aid would not reach the coast before winter.')).toEqual([['Oxfam España', 'organisation']]);
  });

  it('guard: "Tom Holland said …" is a person (an English country word may be a surname)', () => {
    expect(speakers('Tom Holland said the ruling was a setback for the river.')).toEqual([['Tom Holland', 'person']]);
  });
});

describe('"the club said": the club the story is about', () => {
  it('a club named as the subject, then "In a statement, the club said"', () => {
    const text = 'Manager Ross Keeling said Fernley Rovers had only themselves to blame after a 3-0 defeat to Dunmore Athletic. '
      + 'In a statement, the club said two supporters had been treated for minor injuries.';
    expect(speakers(text).at(-1)).toEqual(['Fernley Rovers', 'organisation']);
  });

  it('"Kelsall Wanderers have sacked their manager. The club said …"', () => {
    const text = 'Kelsall Wanderers have sacked manager Ian Doherty after eight games without a win. '
      + 'The club said in a statement that his assistant would take charge on Saturday.';
    expect(speakers(text)).toEqual([['Kelsall Wanderers', 'organisation']]);
  });

  it('the opponent\'s boss quoted once after the lead does not make the opponent the club', () => {
    const text = 'Kelsall Wanderers have sacked manager Ian Doherty after a 2-0 defeat to Brayford Albion. '
      + 'Brayford Albion boss Kev Lunn said his side had deserved the win. '
      + 'The club said in a statement that his assistant would take charge on Saturday.';
    expect(speakers(text).at(-1)).toEqual(['Kelsall Wanderers', 'organisation']);
  });

  it('guard: only the opponent named, after "with": the club stays unnamed', () => {
    const text = 'Head coach Ross Keeling praised his side after a 1-1 draw with Dunmore Athletic on Saturday. '
      + 'In a message to fans, the club said the next home game would kick off at 3pm.';
    expect(speakers(text).at(-1)).toEqual(['club', 'organisation']);
  });
});

describe('"the city" read back past a council\'s kind', () => {
  it('"… the Common Council voted …. A memo from city staff estimates that …": the city, not "Common"', () => {
    const text = 'Residents of Pine Hollow will pay less for trash pickup after the Common Council voted 5-2 on Monday. '
      + 'A memo from city staff estimates that the change will save households about $60 a year.';
    expect(speakers(text)).toEqual([['Pine Hollow', 'organisation']]);
  });

  it('guard: "Pine Hollow City Council … the city said" is the council named for the city, as before', () => {
    const text = 'The Pine Hollow City Council voted 5-2 on Monday to cut trash fees. The city said the change would save households about $60 a year.';
    expect(speakers(text)).toEqual([['Pine Hollow City Council', 'organisation']]);
  });
});
