// The attribution forms and speaker kinds of issue #13, one at a time, on made-up people
// (Ruritania, Pavel Sokol…) so that nothing here is known from the corpus.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const speakers = (text: string) => extractStatements(text).map((s) => [s.kind, s.speaker, s.speakerKind]);

describe('names', () => {
  it('reads "Mr. Sokol", "But Sokol" and "In April Sokol" as Pavel Sokol', () => {
    const text = [
      'Ruritanian Foreign Minister Pavel Sokol spoke in Geneva.',
      '"We will not give up the port," Mr. Sokol said.',
      'But Sokol said the talks would go on next week.',
      'In April Sokol announced that the port would stay open.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['direct', 'Pavel Sokol', 'person'],
      ['indirect', 'Pavel Sokol', 'person'],
      ['indirect', 'Pavel Sokol', 'person'],
    ]);
  });

  it('keeps lower-case particles and a middle initial (the fullest form the text prints, ninth session)', () => {
    const text = 'Mr van der Berg said the vote was fair.\nAnna K. van der Berg told reporters that a recount was not needed.';
    expect(extractStatements(text).map((s) => s.speaker)).toEqual(['Anna K. van der Berg', 'Anna K. van der Berg']);
  });

  it('takes the name after a title of several words', () => {
    const text = 'Ruritanian Foreign Affairs spokesman Karl Berg told reporters that the embassy would reopen.';
    expect(speakers(text)).toEqual([['indirect', 'Karl Berg', 'person']]);
  });
});

describe('attribution forms', () => {
  it('reads inverted and appositive attributions', () => {
    const text = [
      '"The port stays open," said the Chairman of the Council, Pavel Sokol.',
      'Ruritania\u2019s envoy to the UN, Karl Berg, said the vote had been rigged.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['direct', 'Pavel Sokol', 'person'],
      ['indirect', 'Karl Berg', 'person'],
    ]);
  });

  it('gives "X quoted Y as saying" to Y and reads "according to him"', () => {
    const text = [
      'Karl Berg spoke first.',
      'The agency quoted Pavel Sokol as saying "the port will stay open all winter".',
      'According to him, the ships would be inspected at sea.',
    ].join('\n');
    const out = extractStatements(text);
    expect(out.map((s) => [s.kind, s.speaker])).toEqual([
      ['partial', 'Pavel Sokol'],
      ['indirect', 'Pavel Sokol'],
    ]);
  });

  it('does not take a relative "that" for reported speech, nor a question put to the speaker', () => {
    expect(extractStatements('Pavel Sokol said the plan that Karl Berg tabled was dead.')[0]!.text).toBe(
      'the plan that Karl Berg tabled was dead',
    );
    const asked = extractStatements('Asked whether the port would close, Pavel Sokol said that no decision had been taken.');
    expect(asked.map((s) => s.text)).toEqual(['no decision had been taken']);
  });

  it('reads vowed to, pointed out that and expressed the hope that', () => {
    const text = [
      'Pavel Sokol vowed to keep the port open for every ship.',
      'Karl Berg pointed out that the treaty allowed inspections.',
      'Anna Novak expressed the hope that talks would resume in May.',
    ].join('\n');
    expect(extractStatements(text).map((s) => s.text)).toEqual([
      'keep the port open for every ship',
      'the treaty allowed inspections',
      'talks would resume in May',
    ]);
  });
});

describe('speaker kinds', () => {
  it('makes bodies speakers of their own, never a fallback for people', () => {
    const text = [
      'Ruritania announced that it would close the port.',
      'Foreign Minister Pavel Sokol said the decision was final.',
      '"Nobody will change it," he said.',
      'The Ruritanian Foreign Ministry said in a statement that inspections would begin on Monday.',
      '"Ships will be searched," the ministry said.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'Ruritania', 'organisation'],
      ['indirect', 'Pavel Sokol', 'person'],
      ['direct', 'Pavel Sokol', 'person'],
      ['indirect', 'Ruritanian Foreign Ministry', 'organisation'],
      ['direct', 'Ruritanian Foreign Ministry', 'organisation'],
    ]);
  });

  it('flags plural unnamed sources and keeps "he" after an unnamed source anonymous', () => {
    const text = [
      'Western diplomats said the talks had stalled.',
      'A Ruritanian government source said the minister would resign.',
      'He said a letter had already been written.',
    ].join('\n');
    expect(extractStatements(text).map((s) => [s.speaker, s.anonymous, s.speakerKind])).toEqual([
      [null, true, 'anonymous'],
      [null, true, 'anonymous'],
      [null, true, 'anonymous'],
    ]);
  });

  it('resolves a pronoun to a person the text named without quoting', () => {
    const text = 'Karl Berg spoke first.\nAnna Novak accused Berg of stalling.\n"We have waited long enough," she told a briefing.';
    expect(extractStatements(text).map((s) => s.speaker)).toEqual(['Anna Novak']);
  });
});
