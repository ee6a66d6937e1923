// `sourcelight statements FILE`: the statements of FILE with their speakers.
// The people directory is learned from the corpus texts as well as FILE, so
// titles ("the Russian foreign minister") resolve even before a name appears.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractStatements } from '../statements/extract.ts';
import { compromiseOracle } from '../statements/nlp/compromise-oracle.ts';
import { buildPersonDirectory, type PersonDirectory } from '../statements/people.ts';
import type { Statement } from '../statements/types.ts';

const CORPUS_DIR = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));

let corpusPeople: PersonDirectory | undefined;

function corpusDirectory(): PersonDirectory {
  if (!corpusPeople) {
    let texts: string[] = [];
    try {
      texts = readdirSync(CORPUS_DIR)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => readFileSync(`${CORPUS_DIR}${name}`, 'utf8'));
    } catch {
      texts = []; // no corpus next to the code: the file's own people still resolve
    }
    corpusPeople = buildPersonDirectory(texts);
  }
  return corpusPeople;
}

export interface StatementsCommandOptions {
  /** `--nlp`: let compromise judge body or person where the rules cannot (src/statements/nlp/README.md). Off by
   * default, so that the command gives what the extension's worker gives for the same text. */
  nlp?: boolean;
}

export function statementsCommand(input: string, file: string, options: StatementsCommandOptions = {}): Statement[] {
  if (input.includes('\u0000')) {
    throw new Error(`sourcelight statements: ${file} looks like a binary file; give a text or HTML file`);
  }
  return extractStatements(input, options.nlp ? { people: corpusDirectory(), nlp: compromiseOracle } : { people: corpusDirectory() });
}
