// compromise, loaded on first use: evaluating it builds its lexicon, hundreds
// of milliseconds of CPU. In Node a require() inside the function defers it; the
// extension's build replaces this module with compromise's own bundle wrapped in
// a function (extension/build/lazy-compromise-plugin.ts), since a module
// service worker has no import() and would otherwise evaluate it at start.
import { createRequire } from 'node:module';
import type Nlp from 'compromise/two';

export type Compromise = typeof Nlp;

let loaded: Compromise | undefined;

export function loadCompromise(): Compromise {
  loaded ??= createRequire(import.meta.url)('compromise/two') as Compromise;
  return loaded;
}
