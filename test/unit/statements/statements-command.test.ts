import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
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
  });

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

  it('reads as the extension does unless --nlp asks for the library (a body the rules take for a person)', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sl-statements-')), 'bank.txt');
    writeFileSync(path, 'According to Goldman Sachs, the central bank will cut rates twice before the end of next year.\n');
    const run = async (args: string[]) => {
      let out = '';
      const write = process.stdout.write;
      process.stdout.write = ((chunk: string) => {
        out += chunk;
        return true;
      }) as typeof process.stdout.write;
      try {
        expect(await main(args)).toBe(0);
      } finally {
        process.stdout.write = write;
      }
      return JSON.parse(out) as { speaker: string; speakerKind: string }[];
    };
    expect((await run(['statements', path]))[0]).toMatchObject({ speaker: 'Goldman Sachs', speakerKind: 'person' });
    expect((await run(['statements', '--nlp', path]))[0]).toMatchObject({ speaker: 'Goldman Sachs', speakerKind: 'organisation' });
  }, 60_000); // --nlp loads compromise on its first question: seconds on a busy machine
});
