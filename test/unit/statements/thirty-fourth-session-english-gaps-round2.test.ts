// English gaps the thirty-fourth session's first round left (issue #13, second round): each case in fresh words and
// invented names, failing on the rules before its change, but the guards and the kept readings (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.text] as const);

describe('", but" and a subject holding a measure\'s number and unit', () => {
  it('"…, but swells of up to 4 m were expected" runs on', () => {
    const text = 'Harbourmaster Olwen Treharne said the pilot boats had reached the tanker before dark, but swells of up to 4 m were expected overnight.';
    expect(found(text)).toEqual([['indirect', 'Olwen Treharne',
      'the pilot boats had reached the tanker before dark, but swells of up to 4 m were expected overnight']]);
  });

  it('"…, but winds of 70 km/h could close the pass" runs on', () => {
    const text = 'Ranger Bastien Morel said the trail would stay open on Saturday, but winds of 70 km/h could close the pass on Sunday.';
    expect(found(text)).toEqual([['indirect', 'Bastien Morel',
      'the trail would stay open on Saturday, but winds of 70 km/h could close the pass on Sunday']]);
  });

  it('guard: "…, but 40 residents said …" is another frame', () => {
    const text = 'Ranger Bastien Morel said the trail would stay open on Saturday, but 40 residents said they would not walk it.';
    expect(found(text)).toEqual([
      ['indirect', 'Bastien Morel', 'the trail would stay open on Saturday'],
      ['indirect', 'anonymous', 'they would not walk it'],
    ]);
  });
});

describe('"According to X, a <kind of body> that <does something>, …"', () => {
  it('the apposition with its relative is the source\'s', () => {
    const text = 'According to figures from Kerbside Kestrel, a volunteer network that logs cyclists on the bridge, evening crossings doubled over the summer.';
    expect(found(text)).toEqual([['indirect', 'Kerbside Kestrel', 'evening crossings doubled over the summer']]);
  });

  it('kept (read so before too): "a local history society which runs the archive"', () => {
    const text = 'According to Brindle Reach Heritage, a local history society which runs the village archive, the mill closed in 1911.';
    expect(found(text)).toEqual([['indirect', 'Brindle Reach Heritage', 'the mill closed in 1911']]);
  });

  it('guard: a relative after the second comma keeps the words in the clause', () => {
    const text = 'According to police, the group that organised the march, which drew 300 people, was fined for blocking the road.';
    expect(found(text)[0]?.[2]).toBe('the group that organised the march, which drew 300 people, was fined for blocking the road');
  });
});

describe('a monitor who is a person', () => {
  it('"Its volunteer company monitor said …" is an unnamed person', () => {
    const text = 'Fairvote Investors Trust said in a letter to members that the plan was too generous. Its volunteer election monitor said the trust would write to every director.';
    expect(found(text).at(-1)).toEqual(['indirect', 'anonymous', 'the trust would write to every director']);
  });

  it('kept (read so before too): "An independent monitor said …"', () => {
    const text = 'An independent monitor said the ceasefire had mostly held along the northern road.';
    expect(found(text)).toEqual([['indirect', 'anonymous', 'the ceasefire had mostly held along the northern road']]);
  });

  it('guard: "the agency\'s drought monitor shows" stays the body\'s document', () => {
    const text = 'The Regional Water Agency published new maps on Monday. The agency\'s drought monitor shows that soil moisture was low across the south.';
    expect(found(text)).toEqual([['indirect', 'Regional Water Agency', 'soil moisture was low across the south']]);
  });
});
