import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';
import { buildPersonDirectory, nameKey } from '../../../src/statements/people.ts';

const background = [
  'Ruritanian Foreign Minister Aleksei Volkov arrived in Paris on Sunday.',
  'Ruritania\u2019s foreign minister Aleksey Volkov has met his colleagues.',
  'UN Secretary General Karl Anton Berg said on Monday that talks would resume.',
];

describe('the person directory', () => {
  it('merges transliteration variants under the most frequent spelling', () => {
    const people = buildPersonDirectory([...background, 'Aleksei Volkov said the talks would go on.']);
    expect(people.findByName(['Aleksey', 'Volkov'])?.name).toBe('Aleksei Volkov');
    expect(people.findByName(['Volkov'])?.name).toBe('Aleksei Volkov');
    expect(people.findByName(['ALEKSEI', 'VOLKOV'])?.name).toBe('Aleksei Volkov');
    expect(nameKey('Sergey')).toBe(nameKey('Sergei'));
    expect(nameKey('Dmitry')).toBe(nameKey('Dmitri'));
  });

  it('learns titles from appositions, with their country or body', () => {
    const people = buildPersonDirectory(background);
    expect(people.findByTitle({ roles: ['foreign', 'minister'], qualifier: 'rurit' }).map((p) => p.name)).toEqual([
      'Aleksei Volkov',
    ]);
    expect(people.findByTitle({ roles: ['minister'], qualifier: null }).map((p) => p.name)).toEqual(['Aleksei Volkov']);
    expect(people.findByTitle({ roles: ['minister'], qualifier: 'un' })).toEqual([]);
    expect(people.findByTitle({ roles: ['secretary'], qualifier: 'un' }).map((p) => p.name)).toEqual(['Karl Anton Berg']);
  });

  it('completes a surname from a full name printed elsewhere in the same text', () => {
    const people = buildPersonDirectory(['Pavel Sokol met the envoy.\nSokol said the meeting went well.']);
    expect(people.findByName(['Sokol'])?.name).toBe('Pavel Sokol');
  });

  it('does not take sentence openers or weekdays for first names', () => {
    const people = buildPersonDirectory([
      'Whether Ruritania attends is open, whether or not it was invited.\nRuritania said the answer would come soon.',
    ]);
    expect(people.people()).toEqual([]);
  });
});

describe('speaker resolution', () => {
  it('resolves a title before any name through the directory', () => {
    const people = buildPersonDirectory(background);
    const text = 'The talks are not frozen, the Ruritanian foreign minister said.\n"We keep talking," Volkov said.';
    const out = extractStatements(text, { people });
    expect(out.map((s) => s.speaker)).toEqual(['Aleksei Volkov', 'Aleksei Volkov']);
    expect(out[0]!.speakerMention!.text).toBe('the Ruritanian foreign minister');
  });

  it('leaves a title unresolved without a directory that knows it', () => {
    const out = extractStatements('The talks are not frozen, the Ruritanian foreign minister said.');
    expect(out[0]!.speaker).toBeNull();
  });

  it('resolves pronouns to the most recent speaker', () => {
    const text = [
      'Ivan Orlov said the border would stay open.',
      'Maria Petrova said the border would close.',
      '"It will close in May," she said.',
    ].join('\n');
    expect(extractStatements(text).map((s) => s.speaker)).toEqual(['Ivan Orlov', 'Maria Petrova', 'Maria Petrova']);
  });

  it('resolves an unknown role to the latest speaker it does not contradict', () => {
    const people = buildPersonDirectory(['UN spokesman Tom Reed spoke.']);
    const text = (role: string) =>
      [
        'Pavel Sokol said the vote was unfair to his country.',
        'UN spokesman Tom Reed denied that the vote was unfair.',
        `"We will appeal the vote in every forum," ${role} said.`,
      ].join('\n');
    // No country named: the latest speaker.
    expect(extractStatements(text('the permanent representative'), { people }).at(-1)!.speaker).toBe('Tom Reed');
    // Ruritania's representative cannot be the UN spokesman: the speaker before him.
    expect(extractStatements(text('Ruritania\u2019s permanent representative'), { people }).at(-1)!.speaker).toBe(
      'Pavel Sokol',
    );
  });

  it('keeps canonical names for surname-only and upper-case mentions', () => {
    const text = [
      '- Summary: (SOUNDBITE) RURITANIAN FOREIGN MINISTER ALEKSEI VOLKOV SAYING: "We are ready to talk at any time."',
      '"There is no veto in our draft," said Volkov NATO then met again.',
    ].join('\n');
    const out = extractStatements(text, { people: buildPersonDirectory(background) });
    expect(out.map((s) => [s.kind, s.speaker])).toEqual([
      ['direct', 'Aleksei Volkov'],
      ['direct', 'Aleksei Volkov'],
    ]);
    expect(out[1]!.speakerMention!.text).toBe('Volkov');
  });
});
