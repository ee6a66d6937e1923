// The build step that keeps compromise out of the worker's start (issue #13): the
// loader module is replaced by compromise's bundle wrapped in a function, run on
// the first call only.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { lazyCompromisePlugin } from '../../../extension/build/lazy-compromise-plugin.ts';

const LOADER_ID = '/any/checkout/src/statements/nlp/compromise-loader.ts';

function loadHook(id: string): string | null {
  const plugin = lazyCompromisePlugin() as unknown as { load: (this: unknown, id: string) => string | null };
  return plugin.load.call({ error: (message: string) => { throw new Error(message); } }, id);
}

const dir = mkdtempSync(join(tmpdir(), 'sourcelight-lazy-compromise-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lazyCompromisePlugin', () => {
  it('leaves every other module alone', () => {
    expect(loadHook('/any/checkout/src/statements/nlp/compromise-oracle.ts')).toBeNull();
    expect(loadHook('/any/checkout/src/statements/extract.ts')).toBeNull();
  });

  it('wraps compromise in a function: nothing of it runs at import, and the first call returns the same library every time', async () => {
    const code = loadHook(`${LOADER_ID}?v=1`);
    expect(code).not.toBeNull();
    // At module level only a variable and two function declarations: compromise's code is inside the first.
    const lines = code!.split('\n');
    expect(lines.slice(1, 3)).toEqual(['let loaded;', 'function evaluateCompromise() {']);
    expect(lines.slice(-5)).toEqual(['}', 'export function loadCompromise() {', '  loaded ??= evaluateCompromise();', '  return loaded;', '}']);
    expect(code).not.toMatch(/^\s*(?:import|export)\b(?! function loadCompromise)/m);
    const file = join(dir, 'compromise-loader.mjs');
    writeFileSync(file, code!);
    const module = (await import(pathToFileURL(file).href)) as { loadCompromise: () => (text: string) => { has: (m: string) => boolean } };
    const nlp = module.loadCompromise();
    expect(module.loadCompromise()).toBe(nlp);
    expect(nlp('Transparency International said so.').has('#Organization')).toBe(true);
  }, 60_000); // evaluating compromise takes seconds on a busy machine
});
