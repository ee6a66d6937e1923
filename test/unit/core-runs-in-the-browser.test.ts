// The core under src/ runs in the extension's worker and content script, where Node's globals do not exist: a stray
// `process.env` check (a debugging line left in) passes every Node test and depends on what the bundler substitutes in
// the extension. Only the command line (src/cli/) and the Node-only loader of the optional NLP comparison may use Node.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../src/', import.meta.url));
const NODE_ONLY = new Set(['cli', 'statements/nlp/compromise-loader.ts']);

function coreFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    const name = relative(root, path).split('\\').join('/');
    if (NODE_ONLY.has(name)) return [];
    if (entry.isDirectory()) return coreFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

describe('the core has no Node-only code', () => {
  const files = coreFiles(root);

  it('finds the core files', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('uses neither process, console output nor node: modules outside src/cli', () => {
    const offending = files.flatMap((file) =>
      readFileSync(file, 'utf8').split('\n').flatMap((line, i) =>
        /(?<![\w.])process\.|\bconsole\.(?:log|error|debug)\(|from\s+'node:/u.test(line.replace(/\/\/.*$/u, '')) ? [`${relative(root, file)}:${i + 1}: ${line.trim()}`] : []));
    expect(offending).toEqual([]);
  });
});
