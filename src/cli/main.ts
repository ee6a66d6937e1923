// `npx sourcelight <command> FILE…` — the core's command-line face, for
// fact-checkers and for tests. Each command lives in its own file.
import { readFileSync } from 'node:fs';

type Command = (input: string, file: string, options: { nlp?: boolean }) => Promise<unknown> | unknown;
/** A command over any number of files (none included), reading them itself. */
type FilesCommand = (files: string[]) => Promise<unknown> | unknown;

const COMMANDS: Record<string, () => Promise<Command>> = {
  recognize: async () => (await import('./recognize-command.ts')).recognizeCommand,
  statements: async () => (await import('./statements-command.ts')).statementsCommand,
};

const FILES_COMMANDS: Record<string, () => Promise<FilesCommand>> = {
  crossrefs: async () => (await import('./crossrefs-command.ts')).crossrefsCommand,
};

const USAGE = `usage: sourcelight <${[...Object.keys(COMMANDS), ...Object.keys(FILES_COMMANDS)].join('|')}> FILE…
  recognize FILE        which corpus article FILE (HTML or text) is: JSON {corpusId, score, coverage, differingParagraphs} or null
  statements [--nlp] FILE
                        quotes and claims in FILE with their speakers: a JSON array (--nlp: compromise judges
                        body or person where the rules cannot; off by default, as in the extension)
  crossrefs [FILE…]     saved pages (.html) and corpus packs (.jsonl) added to the five: a JSON array, one entry
                        per article {id, url, outlet, title, language, published, eventDate, sameEvent, threads, claims, copies}`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const nlp = name === 'statements' && rest.includes('--nlp');
  const files = nlp ? rest.filter((a) => a !== '--nlp') : rest;
  const loadFiles = name ? FILES_COMMANDS[name] : undefined;
  if (loadFiles) {
    const command = await loadFiles();
    let result: unknown;
    try {
      result = await command(files);
    } catch (error) {
      if ((error as Error).name !== 'IngestError') throw error;
      process.stderr.write(`sourcelight ${name}: ${(error as Error).message}\n`);
      return 1;
    }
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const file = files[0];
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
  const result = await command(input, file, { nlp });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}
