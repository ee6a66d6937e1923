import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { statementsCommand } from '../../../src/cli/statements-command.ts';

const file = fileURLToPath(new URL('../../../fixtures/corpus/000_c478da7ede625d0a.txt', import.meta.url));

describe('sourcelight statements FILE', () => {
  it('returns JSON-ready statements whose offsets slice the file text', () => {
    const input = readFileSync(file, 'utf8');
    const out = JSON.parse(JSON.stringify(statementsCommand(input, file))) as Record<string, unknown>[];
    expect(out.length).toBeGreaterThan(5);
    for (const s of out) {
      expect(['direct', 'partial', 'indirect']).toContain(s.kind);
      expect(typeof s.anonymous).toBe('boolean');
      expect(input.slice(s.start as number, s.end as number)).toBe(s.text);
    }
    // The corpus directory resolves the title in the opening line before any name appears.
    expect(out.find((s) => s.kind === 'indirect')).toMatchObject({ speaker: 'Sergei Lavrov' });
  }, 60_000); // the command's first question to its NLP library loads it: seconds on a busy machine

  it('says what each speaker is: person, organisation or anonymous (null when unknown)', () => {
    const text = [
      'The Ruritanian Foreign Ministry said in a statement that the border would stay closed.',
      'Western diplomats said the decision had been expected for weeks.',
      '"We will not reopen it this year," Ruritanian Foreign Minister Pavel Sokol told reporters.',
    ].join('\n');
    const out = JSON.parse(JSON.stringify(statementsCommand(text, 'sokol.txt'))) as Record<string, unknown>[];
    expect(out.map((s) => [s.speaker, s.speakerKind, s.anonymous])).toEqual([
      ['Ruritanian Foreign Ministry', 'organisation', false],
      [null, 'anonymous', true],
      ['Pavel Sokol', 'person', false],
    ]);
  });

  it('returns an empty list for a text without statements', () => {
    expect(statementsCommand('Subscribe\nNewsfeed\n', 'chrome.txt')).toEqual([]);
  });

  it('refuses binary input with a readable error', () => {
    expect(() => statementsCommand('PK\u0003\u0004\u0000\u0000', 'archive.zip')).toThrow(/archive\.zip looks like a binary file/);
  });
});
