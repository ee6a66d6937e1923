// The recogniser of an earlier commit against today's, in Chromium, on fixture pages: both bundled into the same tab,
// each with the index its own code builds (a change to the hashing changes the index), and timed interleaved in CPU
// time of the page's main thread (the method of bench/chromium-recognition.ts: median of 15 rounds of batches ≥ 20 ms,
// per-page figures as paired ratios). Each side is today's extraction followed by that side's recognition, with the
// 5-article index and the synthetic 10,005-article one; the extraction alone is the floor. Checks first that both
// sides recognise the same article on every page.
//   npx tsx bench/recognition-compare.ts REV            (all 36 fixture pages, about 5 minutes)
//   RECOGNITION_COMPARE_PAGES=<regular expression> npx tsx bench/recognition-compare.ts REV
// REV's src/ is unpacked (git archive) into a temporary folder.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSyntheticCorpus } from '../scripts/generate-synthetic-corpus.ts';
import { parseCatalog } from '../src/corpus/catalog.ts';
import { compileCorpus } from '../src/corpus/compile.ts';
import type { IndexableArticle } from '../src/recognition/types.ts';
import { loadFixturePages } from '../test/e2e/support/fixture-pages.ts';
import { launchChromium } from '../test/e2e/support/launch-chromium.ts';
import { fixtureRoutes } from '../test/e2e/support/routes.ts';
import { bundleForPage } from './support/bundle-for-page.ts';
import { minMedianMax } from './support/report.ts';
import { pairedRatio, timeInPageOperations } from './support/thread-clock.ts';

const ROOT = join(import.meta.dirname, '..');
const ROUNDS = 15;
const MIN_BATCH_MS = 20;
const SIDES = ['old', 'new'] as const;
const SIZES = ['5', '10005'] as const;

/** The in-page side: today's extraction, and each side's codec and recogniser. */
function inPageSource(srcOf: Record<(typeof SIDES)[number], string>): string {
  const imports = SIDES.map(
    (side) => `
import { deserializeIndex as deserialize_${side} } from ${JSON.stringify(join(srcOf[side], 'recognition/index-codec.ts'))};
import { recognize as recognize_${side} } from ${JSON.stringify(join(srcOf[side], 'recognition/recognize.ts'))};`,
  ).join('');
  return `${imports}
import { extractPageText } from ${JSON.stringify(join(ROOT, 'src/recognition/page-text.ts'))};
import { decodeBase64, timedOperations } from ${JSON.stringify(join(ROOT, 'bench/support/in-page-operations.ts'))};
const recognizers = { old: recognize_old, new: recognize_new };
const deserializers = { old: deserialize_old, new: deserialize_new };
let ops = {};
globalThis.recognitionCompare = {
  /** indexes: { 'old:5': base64, … }. Returns what each side recognises, per index size. */
  load(indexes) {
    const url = location.href;
    ops = { extract: () => extractPageText(document) };
    const answers = {};
    for (const [key, base64] of Object.entries(indexes)) {
      const [side, size] = key.split(':');
      const index = deserializers[side](decodeBase64(base64));
      const recognize = recognizers[side];
      ops[key] = () => recognize(index, extractPageText(document), { url });
      answers[key] = recognize(index, extractPageText(document), { url })?.corpusId ?? null;
    }
    return answers;
  },
  ...timedOperations(() => ops),
};
`;
}

type InPage = {
  recognitionCompare: { load(indexes: Record<string, string>): Record<string, string | null>; names(): string[]; runBatch(name: string, times: number): number };
};

/** Which articles' texts the indexes keep (the corpus's; set below). */
let keepTextOf: (article: IndexableArticle) => boolean = () => false;

/** Each side's own index of `articles`, serialised by that side's codec, as base64. */
async function indexesOf(srcOf: Record<(typeof SIDES)[number], string>, sets: Record<(typeof SIZES)[number], IndexableArticle[]>): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const side of SIDES) {
    const { buildRecognitionIndex } = await import(join(srcOf[side], 'recognition/recognition-index.ts'));
    const { serializeIndex } = await import(join(srcOf[side], 'recognition/index-codec.ts'));
    // Each keeps the corpus articles' texts, as the shipped index does (an older builder ignores the option).
    for (const size of SIZES) out[`${side}:${size}`] = Buffer.from(serializeIndex(buildRecognitionIndex(sets[size], { keepTextOf }))).toString('base64');
  }
  return out;
}

const rev = process.argv[2];
if (!rev) throw new Error('usage: npx tsx bench/recognition-compare.ts REV');
const old = mkdtempSync(join(tmpdir(), 'sourcelight-recognition-'));
try {
  execFileSync('sh', ['-c', 'git archive "$0" src | tar -x -C "$1"', rev, old], { cwd: ROOT });
  const srcOf = { old: join(old, 'src'), new: join(ROOT, 'src') };
  const code = await bundleForPage({ source: inPageSource(srcOf), resolveDir: ROOT });
  const dir = join(ROOT, 'fixtures/corpus');
  const articles = compileCorpus(parseCatalog(JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8'))), (f) => readFileSync(join(dir, f), 'utf8')).articles;
  const corpusIds = new Set(articles.map((a) => a.id));
  keepTextOf = (a) => corpusIds.has(a.id);
  const indexes = await indexesOf(srcOf, { '5': articles, '10005': [...generateSyntheticCorpus(10_000), ...articles] });
  const routes = fixtureRoutes();
  const pattern = new RegExp(process.env.RECOGNITION_COMPARE_PAGES ?? '.');
  const pages = loadFixturePages().filter((p) => pattern.test(p.file));
  const session = await launchChromium({ withoutExtension: true });
  const rows: { file: string; newOverOld: number[]; oldOverFloor: number[]; newOverFloor: number[] }[] = [];
  try {
    process.stdout.write(`${await session.browser.version()}; recognition of ${rev} (old) against the working tree (new); load average ${loadavg()[0]!.toFixed(1)}\n`);
    for (const fixture of pages) {
      const page = await session.openPage(fixture.url, routes);
      await page.addScriptTag({ content: code });
      const answers = await page.evaluate((x) => (globalThis as unknown as InPage).recognitionCompare.load(x), indexes);
      for (const size of SIZES) {
        if (answers[`old:${size}`] !== answers[`new:${size}`]) {
          throw new Error(`bench: ${fixture.file}: with ${size} articles indexed the old side recognises ${answers[`old:${size}`]}, the new ${answers[`new:${size}`]}`);
        }
      }
      const { timings: t } = await timeInPageOperations(page, 'recognitionCompare', { rounds: ROUNDS, minBatchMs: MIN_BATCH_MS });
      const row = {
        file: fixture.file,
        newOverOld: SIZES.map((s) => pairedRatio(t[`new:${s}`]!, t[`old:${s}`]!)),
        oldOverFloor: SIZES.map((s) => pairedRatio(t[`old:${s}`]!, t.extract!)),
        newOverFloor: SIZES.map((s) => pairedRatio(t[`new:${s}`]!, t.extract!)),
      };
      rows.push(row);
      const pair = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' / ');
      process.stdout.write(
        `${row.file.padEnd(56)} floor ${(t.extract!.ms * 1000).toFixed(1).padStart(6)} µs  new ÷ old ${pair(row.newOverOld)}  ÷ floor: old ${pair(row.oldOverFloor)} → new ${pair(row.newOverFloor)}  (${answers['new:5'] ?? 'none'})\n`,
      );
      await page.close();
    }
  } finally {
    await session.close();
  }
  const spread = (f: (r: (typeof rows)[number]) => number) => minMedianMax(rows.map(f));
  process.stdout.write(`\nover ${rows.length} pages, min / median / max (paired ratios), 5 and 10,005 articles indexed:\n`);
  SIZES.forEach((size, s) => {
    process.stdout.write(`  ${size.padStart(5)}: extract + recognise, new ÷ old ${spread((r) => r.newOverOld[s]!)}; ÷ extraction: old ${spread((r) => r.oldOverFloor[s]!)}, new ${spread((r) => r.newOverFloor[s]!)}\n`);
  });
  process.stdout.write(`load average ${loadavg()[0]!.toFixed(1)}\n`);
} finally {
  rmSync(old, { recursive: true, force: true });
}
