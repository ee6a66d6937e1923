import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';
import type { Statement } from '../../../src/statements/types.ts';

function sliceHolds(text: string, statements: Statement[]): void {
  for (const s of statements) expect(text.slice(s.start, s.end)).toBe(s.text);
}

describe('direct quotations', () => {
  it('takes a quoted sentence with the attribution after it', () => {
    const text = '"We will not give up our position on this matter," Maria Petrova said on Monday.';
    const [s, ...rest] = extractStatements(text);
    expect(rest).toEqual([]);
    expect(s).toMatchObject({ kind: 'direct', speaker: 'Maria Petrova', anonymous: false, cue: 'said' });
    expect(s!.text).toBe('We will not give up our position on this matter');
    expect(s!.speakerMention).toMatchObject({ text: 'Maria Petrova' });
    sliceHolds(text, [s!]);
  });

  it('takes the verb-first attribution and the introducing colon', () => {
    const text = [
      '"The talks went well and will go on next week," said Petrova.',
      'Maria Petrova told the press: "Nothing is decided yet on the border question."',
    ].join('\n');
    const out = extractStatements(text);
    expect(out.map((s) => [s.kind, s.speaker, s.cue])).toEqual([
      ['direct', 'Maria Petrova', 'said'],
      ['direct', 'Maria Petrova', 'told'],
    ]);
    expect(out[1]!.text).toBe('Nothing is decided yet on the border question.');
    sliceHolds(text, out);
  });

  it('reads curly quotation marks and curly apostrophes', () => {
    const text = '\u201CThe alliance\u2019s answer was not what we expected,\u201D Petrova\u2019s deputy Ivan Orlov said.';
    const [s] = extractStatements(text);
    expect(s).toMatchObject({ kind: 'direct', speaker: 'Ivan Orlov' });
    expect(s!.text).toBe('The alliance\u2019s answer was not what we expected');
  });

  it('gives a second quotation in the paragraph to the same speaker', () => {
    const text = '"Prices will rise this winter," Ivan Orlov said. "Nobody can stop that now."';
    const out = extractStatements(text);
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ kind: 'direct', text: 'Nobody can stop that now.', speaker: 'Ivan Orlov' });
  });

  it('gives an unattributed quotation paragraph to the previous paragraph\u2019s speaker', () => {
    const text = [
      '"The first question is simple," Ivan Orlov said.',
      '',
      '"The second question is harder and nobody has answered it yet."',
      '',
      'Other news followed.',
    ].join('\n');
    const out = extractStatements(text);
    expect(out.map((s) => s.speaker)).toEqual(['Ivan Orlov', 'Ivan Orlov']);
    expect(out[1]!.text).toBe('The second question is harder and nobody has answered it yet.');
  });

  it('ends a quotation that lost its closing mark at its embedded attribution', () => {
    const text = '"We agreed on a plan. It will take time to work, said Orlov.\nThe next paragraph is narrative about Ivan Orlov.';
    const out = extractStatements(text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ kind: 'direct', text: 'We agreed on a plan. It will take time to work', speaker: 'Ivan Orlov' });
  });

  it('does not let a missing closing mark swallow the next paragraph', () => {
    const text = '"We agreed on a plan, Orlov said\n"A second quote that is complete," said Petrova.';
    const out = extractStatements(text);
    expect(out.map((s) => s.text)).toEqual(['We agreed on a plan', 'A second quote that is complete']);
    expect(out.map((s) => s.speaker)).toEqual(['Orlov', 'Petrova']);
  });
});

describe('what is not a statement', () => {
  it('ignores scare quotes, single or double', () => {
    const text = "The talks were 'frozen' after the war, and the \"reset\" never came.";
    expect(extractStatements(text)).toEqual([]);
  });

  it('does not read apostrophes as quotation marks', () => {
    const text = "Russia's and NATO's envoys met; the states' positions and Moscow\u2019s view were unchanged.";
    expect(extractStatements(text)).toEqual([]);
  });

  it('keeps a quotation\u2019s inner scare quotes inside it', () => {
    const text = '"We discussed the \'open door\' policy at length today," said Ivan Orlov.';
    const out = extractStatements(text);
    expect(out).toHaveLength(1);
    expect(out[0]!.text).toBe("We discussed the 'open door' policy at length today");
  });

  it('rejects a text that is not a string with a readable error', () => {
    expect(() => extractStatements(42 as unknown as string)).toThrow(/must be a string/);
  });
});
