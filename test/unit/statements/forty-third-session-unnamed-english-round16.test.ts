// The forty-third session's sixteenth probe of unnamed sources in English (d2420–d2425): a verb of arguing with "that" left
// out before a clause on a past in -ed ("Critics argue the council acted too late", argued-clause-past-verb.ts); a place of
// capitalised words after "one / another <word for a person> from / in / near", which no later "he" or "she" means
// (speaker-resolver.ts, noteMention); "the department" / "the ministry" after a name with "of … and …" and a level word
// before it, the whole name and not the piece before "of" (body-name-cut-before-of.ts); in fresh words and invented names
// (none of the fixtures' sentences). Each case failed on the rules before the change but the guards (marked so), which pass
// on both.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);

describe('English: a verb of arguing, "that" left out, before a clause on a past in -ed (argued-clause-past-verb.ts)', () => {
  it('"Critics argue the council acted too late when …": an unnamed group\'s clause', () => {
    expect(found('Critics argue the council acted too late when it closed the Kettleby footbridge.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the council acted too late when it closed the Kettleby footbridge'],
    ]);
  });

  it('"Opponents insist the trust ignored every warning …": a determiner after the -ed verb', () => {
    expect(found('Opponents insist the trust ignored every warning about the chapel roof.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the trust ignored every warning about the chapel roof'],
    ]);
  });

  it('"Parents contend the school handled the complaint badly": "contend", an object after the -ed verb', () => {
    expect(found('Parents contend the school handled the complaint badly.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the school handled the complaint badly'],
    ]);
  });

  it('guard: a participle before "by" is the object\'s, no clause ("argued the points raised by the coroner")', () => {
    expect(found('Lawyers for the family argued the points raised by the coroner.')).toEqual([]);
  });

  it('guard: with "that" the clause reads as before', () => {
    expect(found('Critics argue that the council acted too late.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the council acted too late'],
    ]);
  });
});

describe('English: "one / another <person> from / in <Place>, who …" is no person a later pronoun means (speaker-resolver.ts)', () => {
  it('"One driver from Tallow Bridge, who asked not to be named, said …. "…," he said.": the unnamed driver twice', () => {
    expect(found('One driver from Tallow Bridge, who asked not to be named, said the depot had cut his hours.\n\n"We were told on a Friday and gone by the Monday," he said.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the depot had cut his hours'],
      ['direct', 'anonymous', 'anonymous', 'We were told on a Friday and gone by the Monday'],
    ]);
  });

  it('"Another packer from Morley Gate, who …, said …. "…," she said.": "another" too', () => {
    expect(found('Another packer from Morley Gate, who asked not to be named, said the line had been slowed.\n\n"We lose a day\'s pay every week," she said.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'the line had been slowed'],
      ['direct', 'anonymous', 'anonymous', "We lose a day's pay every week"],
    ]);
  });

  it('guard: a person named before ", who …" is still whom "she" means', () => {
    expect(found('Marta Wessel, who runs a café in the square, said trade had halved.\n\n"We are open, but only just," she said.')).toEqual([
      ['indirect', 'Marta Wessel', 'person', 'trade had halved'],
      ['direct', 'Marta Wessel', 'person', 'We are open, but only just'],
    ]);
  });
});

describe('English: "the department" after a name with "of … and …" and a level word, the whole name (body-name-cut-before-of.ts)', () => {
  it('"The provincial Department of Roads and Ferries said it …. The department said it …"', () => {
    expect(found('Ferry ramp delayed\n\nThe provincial Department of Roads and Ferries said it would reopen the crossing in May. The department said it had spent $2 million on the new ramp.')).toEqual([
      ['indirect', 'provincial Department of Roads and Ferries', 'organisation', 'it would reopen the crossing in May'],
      ['indirect', 'provincial Department of Roads and Ferries', 'organisation', 'it had spent $2 million on the new ramp'],
    ]);
  });

  it('"The state Ministry of Water and Sanitation said it …. The ministry said it …"', () => {
    expect(found('Pipe mended\n\nThe state Ministry of Water and Sanitation said it had repaired the main. The ministry said it would refill the tanks by Friday.')).toEqual([
      ['indirect', 'state Ministry of Water and Sanitation', 'organisation', 'it had repaired the main'],
      ['indirect', 'state Ministry of Water and Sanitation', 'organisation', 'it would refill the tanks by Friday'],
    ]);
  });
});
