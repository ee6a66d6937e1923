// What word hashing costs in Chromium against merely reading the characters, on fixture pages: the page's paragraphs
// (today's extraction) hashed by src/recognition/fingerprint.ts, beside two loops over the same paragraphs that do no
// hashing — one reads every code unit (charCodeAt, summed) and one reads as many bytes of a typed array — and beside
// any other hashing modules named on the command line (each exporting HashList and appendWordHashes as fingerprint.ts
// does). All timed interleaved in CPU time of the page's main thread (bench/support/thread-clock.ts); ratios paired.
//   npx tsx bench/word-hashing.ts [MODULE.ts ...]
//   WORD_HASHING_PAGES=<regular expression> picks the fixture pages (default: the AMP and print copies);
//   WORD_HASHING_JS_FLAGS=<flags> passes V8 flags to Chromium (e.g. --no-maglev).
import { join, resolve } from 'node:path';
import { loadFixturePages } from '../test/e2e/support/fixture-pages.ts';
import { launchChromium } from '../test/e2e/support/launch-chromium.ts';
import { fixtureRoutes } from '../test/e2e/support/routes.ts';
import { bundleForPage } from './support/bundle-for-page.ts';
import { pairedRatio, timeInPageOperations } from './support/thread-clock.ts';

const ROOT = join(import.meta.dirname, '..');
const modules = [join(ROOT, 'src/recognition/fingerprint.ts'), ...process.argv.slice(2).map((m) => resolve(m))];

function inPageSource(): string {
  return `
import { extractPageText } from ${JSON.stringify(join(ROOT, 'src/recognition/page-text.ts'))};
import { timedOperations } from ${JSON.stringify(join(ROOT, 'bench/support/in-page-operations.ts'))};
${modules.map((m, i) => `import * as hashing${i} from ${JSON.stringify(m)};`).join('\n')}
const hashings = [${modules.map((_, i) => `hashing${i}`).join(', ')}];
const bytes = new Uint8Array(1 << 20);
let paragraphs = [];
let sink = 0;
// One call per paragraph, each summing into a local, as appendWordHashes is called.
function readCodeUnits(text) {
  let s = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) s = (s + text.charCodeAt(i)) | 0;
  return s;
}
function readTypedArray(text, array) {
  let s = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) s = (s + array[i]) | 0;
  return s;
}
const ops = {
  'read code units': () => {
    for (const p of paragraphs) sink = (sink + readCodeUnits(p)) | 0;
  },
  'read typed array': () => {
    for (const p of paragraphs) sink = (sink + readTypedArray(p, bytes)) | 0;
  },
};
hashings.forEach((h, i) => {
  const list = new h.HashList();
  ops[i === 0 ? 'hash (fingerprint.ts)' : 'hash (module ' + i + ')'] = () => {
    list.length = 0;
    for (const p of paragraphs) h.appendWordHashes(p, list);
    sink = (sink + list.length) | 0;
  };
});
globalThis.wordHashing = {
  load() {
    paragraphs = extractPageText(document).paragraphs;
    return { paragraphs: paragraphs.length, characters: paragraphs.reduce((n, p) => n + p.length, 0) };
  },
  ...timedOperations(() => ops),
};
`;
}

type InPage = { wordHashing: { load(): { paragraphs: number; characters: number }; names(): string[]; runBatch(name: string, times: number): number } };

const code = await bundleForPage({ source: inPageSource(), resolveDir: ROOT });
const pattern = new RegExp(process.env.WORD_HASHING_PAGES ?? '000-amp|002-print');
const jsFlags = process.env.WORD_HASHING_JS_FLAGS;
const session = await launchChromium({ withoutExtension: true, extraArgs: jsFlags ? [`--js-flags=${jsFlags}`] : [] });
try {
  for (const fixture of loadFixturePages().filter((p) => pattern.test(p.file))) {
    const page = await session.openPage(fixture.url, fixtureRoutes());
    await page.addScriptTag({ content: code });
    const size = await page.evaluate(() => (globalThis as unknown as InPage).wordHashing.load());
    const { names, timings: t } = await timeInPageOperations(page, 'wordHashing', { rounds: 15, minBatchMs: 20 });
    const hashing = t['hash (fingerprint.ts)']!;
    process.stdout.write(`${fixture.file}: ${size.paragraphs} paragraphs, ${size.characters} characters\n`);
    for (const name of names) {
      process.stdout.write(`  ${name.padEnd(24)} ${(t[name]!.ms * 1000).toFixed(2).padStart(7)} µs  ${pairedRatio(t[name]!, hashing).toFixed(2)}× today's hashing (paired)\n`);
    }
    await page.close();
  }
} finally {
  await session.close();
}
