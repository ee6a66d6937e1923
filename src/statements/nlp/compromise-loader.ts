// compromise, loaded on first use: evaluating it builds its lexicon, over half a
// second of CPU, so a require() inside the function defers it until the rules
// first ask. Node only (the command line, tests, benchmarks): the extension's
// worker does not use the oracle, since there it would cost every worker start
// (src/statements/nlp/README.md gives the figures and how it was measured).
import { createRequire } from 'node:module';
import type Nlp from 'compromise/two';

export type Compromise = typeof Nlp;

let loaded: Compromise | undefined;

export function loadCompromise(): Compromise {
  loaded ??= createRequire(import.meta.url)('compromise/two') as Compromise;
  return loaded;
}
