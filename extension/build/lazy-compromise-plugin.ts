// Puts compromise into the worker without evaluating it at the worker's start.
// A module service worker cannot import() and evaluates every static import
// when it starts; compromise builds its lexicon when evaluated (hundreds of
// milliseconds of CPU). So the build replaces src/statements/nlp/compromise-loader.ts
// with compromise's own single-file bundle (no imports, one default export)
// wrapped in a function that runs on the first question: the worker only
// parses it at start. Node (CLI, tests, bench) keeps the loader's lazy require().
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const LOADER = '/src/statements/nlp/compromise-loader.ts';

/** compromise's ES bundle of its tagger ("two"), beside the CommonJS one its package exports for require. */
function compromiseBundle(): string {
  const cjs = createRequire(import.meta.url).resolve('compromise/two');
  return join(dirname(cjs), 'compromise-two.mjs');
}

export function lazyCompromisePlugin(): Plugin {
  return {
    name: 'sourcelight-lazy-compromise',
    enforce: 'pre',
    load(id) {
      if (!id.split('?')[0]!.replaceAll('\\', '/').endsWith(LOADER)) return null;
      const file = compromiseBundle();
      const code = readFileSync(file, 'utf8');
      const exported = /export\s*\{\s*([\w$]+)\s+as\s+default\s*\}\s*;?\s*$/.exec(code);
      if (!exported || /^\s*import[\s{*]/m.test(code)) {
        this.error(`${file}: expected one self-contained bundle ending in "export { x as default }"; compromise's build changed`);
      }
      return [
        '// compromise, evaluated on first use (see extension/build/lazy-compromise-plugin.ts).',
        'let loaded;',
        'function evaluateCompromise() {',
        code.slice(0, exported.index),
        `return ${exported[1]};`,
        '}',
        'export function loadCompromise() {',
        '  loaded ??= evaluateCompromise();',
        '  return loaded;',
        '}',
      ].join('\n');
    },
  };
}
