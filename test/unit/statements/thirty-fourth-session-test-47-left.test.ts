// test-47's misses left after the first reading (thirty-fourth session, second round; issue #13): each case in fresh words
// and invented names, failing on the rules before its change, but the guards (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('"according to government figures" with no government named', () => {
  it('"…, according to government data" is unnamed', () => {
    const text = 'Tavrel Province grows nearly half of the country\'s buckwheat, according to government data.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'Tavrel Province grows nearly half of the country\'s buckwheat']]);
  });

  it('"According to government statistics, …" is unnamed', () => {
    const text = 'The ferry to Orsk carries about 900 cars a day. According to government statistics, traffic has doubled since 2015.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'traffic has doubled since 2015']]);
  });

  it('guard: "ministry figures" go to the ministry the text names', () => {
    const text = 'The port handled 2.1 million tonnes of grain last year, according to ministry figures. The Ministry of Transport said in a statement that a second berth would open in May.';
    expect(found(text)[0]![1]).not.toBe('anonymous');
  });

  it('guard: a government the text names keeps its numbers', () => {
    const text = 'The Velmarian government opened two hatcheries in March. Trout stocks rose by a third, according to government figures.';
    expect(found(text)).toEqual([['indirect', 'Velmarian government', 'Trout stocks rose by a third']]);
  });

  it('guard: "a government statement said" stays the government\'s', () => {
    const text = 'The border crossing will reopen on Monday, a government statement said.';
    expect(found(text)).toEqual([['indirect', 'government', 'The border crossing will reopen on Monday']]);
  });
});

describe('"Name\'s <field> analysts wrote"', () => {
  it('a named bank\'s field analysts speak for the bank', () => {
    const text = 'Tarrow Savings Bank\'s dairy analysts wrote in a client note that butter prices could fall by a fifth before summer.';
    expect(found(text)).toEqual([['indirect', 'Tarrow Savings Bank', 'butter prices could fall by a fifth before summer']]);
  });

  it('two words of field: "Name Capital\'s senior commodity analysts said"', () => {
    const text = 'Brannock Capital\'s senior commodity analysts said copper would stay above $9,000 a tonne.';
    expect(found(text)).toEqual([['indirect', 'Brannock Capital', 'copper would stay above $9,000 a tonne']]);
  });

  it('guard: the firm\'s former analysts are people, unnamed', () => {
    const text = 'Brannock Capital\'s former analysts said the fund had hidden its losses.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'the fund had hidden its losses']]);
  });

  it('guard: with no possessive, lower-case words before "analysts" name no firm', () => {
    const text = 'Several commodity analysts said copper would stay above $9,000 a tonne.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'copper would stay above $9,000 a tonne']]);
  });
});

describe('"the department" where no name holds "Department"', () => {
  it('goes to the public body named by what it runs, not a members\' alliance that spoke after it', () => {
    const text = 'Ostrava Forests and Waters said it would not oppose the plan. The Riverside Paddlers Alliance called the plan "a give-away". According to the department, about 9,000 anglers bought permits last year.';
    const last = found(text).at(-1)!;
    expect(last[2]).toBe('about 9,000 anglers bought permits last year');
    expect(last[1]).not.toBe('Riverside Paddlers Alliance');
  });

  it('guard: with only a members\' body named, the last body, as before', () => {
    const text = 'The Riverside Paddlers Alliance said it would fight the plan. According to the department, about 9,000 anglers bought permits last year.';
    expect(found(text).at(-1)).toEqual(['indirect', 'Riverside Paddlers Alliance', 'about 9,000 anglers bought permits last year']);
  });
});

describe('a lone quotation named in the next paragraph, "That was Name, …"', () => {
  const text = 'The council met on Monday to discuss the new car park.\n\nHelen Marsh, who chairs the residents\' group, said the plan would ruin the square.\n\n"We have waited nine years for a bus shelter, and now they want to pave over the only green we have left."\n\nThat was Owen Talbot, a retired postman from Upper Lane, speaking at the start of the meeting.';

  it('the quotation is the named speaker\'s, not the last speaker\'s', () => {
    expect(found(text)[1]).toEqual(['direct', 'Owen Talbot', 'We have waited nine years for a bus shelter, and now they want to pave over the only green we have left.']);
  });

  it('guard: "That was <a place>, …" names no speaker', () => {
    const other = 'Helen Marsh, who chairs the residents\' group, said the plan would ruin the square.\n\n"We have waited nine years for a bus shelter, and nobody has listened to us once."\n\nThat was Main Street, as it looked before the works began.';
    expect(found(other)[1]![1]).toBe('Helen Marsh');
  });
});

describe('the Danish legal form "A/S" closing a business\'s name', () => {
  const kinds = (text: string) => extractStatements(text).map((s) => [s.speaker, s.speakerKind] as const);

  it('"Name Name A/S said …" is a body, its name as printed', () => {
    expect(kinds('Tarnby Foods A/S said it would close its plant in Vejle by March.')).toEqual([['Tarnby Foods A/S', 'organisation']]);
  });

  it('guard: a person with initials stays a person', () => {
    expect(kinds('Karen A. S. Holm said the plant in Vejle would close by March.')).toEqual([['Karen A. S. Holm', 'person']]);
  });
});
