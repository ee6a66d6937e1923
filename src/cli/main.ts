// `npx sourcelight <command> FILE` — the core's command-line face, for
// fact-checkers and for tests. Each command lives in its own file.
import { readFileSync } from 'node:fs';

type Command = (input: string, file: string) => Promise<unknown> | unknown;

const COMMANDS: Record<string, () => Promise<Command>> = {
  recognize: async () => (await import('./recognize-command.ts')).recognizeCommand,
  statements: async () => (await import('./statements-command.ts')).statementsCommand,
};

const USAGE = `usage: sourcelight <${Object.keys(COMMANDS).join('|')}> FILE
  recognize FILE    which corpus article FILE (HTML or text) is: JSON {corpusId, score, coverage, differingParagraphs} or null
  statements FILE   quotes and claims in FILE with their speakers: a JSON array`;

export async function main(argv: string[]): Promise<number> {
  const [name, file] = argv;
  const load = name ? COMMANDS[name] : undefined;
  if (!load || !file) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let input: string;
  try {
    input = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`sourcelight: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const command = await load();
  const result = await command(input, file);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}
