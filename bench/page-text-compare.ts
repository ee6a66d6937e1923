// The page-text extraction of an earlier commit against today's, in Chromium, on every fixture page: both bundled
// into the same tab and timed interleaved in CPU time of the page's main thread (the method of
// bench/chromium-recognition.ts: median of 15 rounds of batches ≥ 20 ms, per-page figures as paired ratios), alone
// and followed by today's recognition (5-article index). Checks first that both read every page to the same text.
//   npx tsx bench/page-text-compare.ts REV            (all 36 fixture pages, about 8 minutes)
//   PAGE_TEXT_COMPARE_PAGES=<regular expression> npx tsx bench/page-text-compare.ts REV
// REV's src/recognition/ is unpacked (git archive) into a temporary folder.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCatalog } from '../src/corpus/catalog.ts';
import { compileCorpus } from '../src/corpus/compile.ts';
import { serializeIndex } from '../src/recognition/index-codec.ts';
import { buildRecognitionIndex } from '../src/recognition/recognition-index.ts';
import { loadFixturePages } from '../test/e2e/support/fixture-pages.ts';
import { launchChromium } from '../test/e2e/support/launch-chromium.ts';
import { fixtureRoutes } from '../test/e2e/support/routes.ts';
import { bundleForPage } from './support/bundle-for-page.ts';
import { minMedianMax } from './support/report.ts';
import { pairedRatio, timeInPageOperations } from './support/thread-clock.ts';

const ROOT = join(import.meta.dirname, '..');
const ROUNDS = 15;
const MIN_BATCH_MS = 20;

/** The in-page side: both extractions and today's recognition, run in batches by name. */
function inPageSource(oldDir: string): string {
  return `
import { extractPageText as extractOld } from ${JSON.stringify(join(oldDir, 'src/recognition/page-text.ts'))};
import { extractPageText } from ${JSON.stringify(join(ROOT, 'src/recognition/page-text.ts'))};
import { decodeBase64, timedOperations } from ${JSON.stringify(join(ROOT, 'bench/support/in-page-operations.ts'))};
import { deserializeIndex } from ${JSON.stringify(join(ROOT, 'src/recognition/index-codec.ts'))};
import { recognize } from ${JSON.stringify(join(ROOT, 'src/recognition/recognize.ts'))};
let ops = {};
globalThis.pageTextCompare = {
  load(base64) {
    const index = deserializeIndex(decodeBase64(base64));
    const url = location.href;
    ops = {
      'extract:old': () => extractOld(document),
      'extract:new': () => extractPageText(document),
      'both:old': () => recognize(index, extractOld(document), { url }),
      'both:new': () => recognize(index, extractPageText(document), { url }),
    };
    return JSON.stringify(extractOld(document)) === JSON.stringify(extractPageText(document));
  },
  ...timedOperations(() => ops),
};
`;
}

type InPage = { pageTextCompare: { load(b64: string): boolean; names(): string[]; runBatch(name: string, times: number): number } };

const rev = process.argv[2];
if (!rev) throw new Error('usage: npx tsx bench/page-text-compare.ts REV');
const old = mkdtempSync(join(tmpdir(), 'sourcelight-page-text-'));
try {
  execFileSync('sh', ['-c', 'git archive "$0" src/recognition | tar -x -C "$1"', rev, old], { cwd: ROOT });
  const code = await bundleForPage({ source: inPageSource(old), resolveDir: ROOT });
  const dir = join(ROOT, 'fixtures/corpus');
  const articles = compileCorpus(parseCatalog(JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8'))), (f) => readFileSync(join(dir, f), 'utf8')).articles;
  const index = Buffer.from(serializeIndex(buildRecognitionIndex(articles))).toString('base64');
  const routes = fixtureRoutes();
  const pattern = new RegExp(process.env.PAGE_TEXT_COMPARE_PAGES ?? '.');
  const pages = loadFixturePages().filter((p) => pattern.test(p.file));
  const session = await launchChromium({ withoutExtension: true });
  const rows: { file: string; extract: number; both: number; oldRatio: number; newRatio: number; oldUs: number; newUs: number }[] = [];
  try {
    process.stdout.write(`${await session.browser.version()}; extraction of ${rev} (old) against the working tree (new); load average ${loadavg()[0]!.toFixed(1)}\n`);
    for (const fixture of pages) {
      // The launcher's own tab: the fixture page served at its address, every other request aborted.
      const page = await session.openPage(fixture.url, routes);
      await page.addScriptTag({ content: code });
      const same = await page.evaluate((b) => (globalThis as unknown as InPage).pageTextCompare.load(b), index);
      if (!same) throw new Error(`bench: ${fixture.file}: the two extractions read different text`);
      const { timings: t } = await timeInPageOperations(page, 'pageTextCompare', { rounds: ROUNDS, minBatchMs: MIN_BATCH_MS });
      const row = {
        file: fixture.file,
        extract: pairedRatio(t['extract:new']!, t['extract:old']!),
        both: pairedRatio(t['both:new']!, t['both:old']!),
        oldRatio: pairedRatio(t['both:old']!, t['extract:old']!),
        newRatio: pairedRatio(t['both:new']!, t['extract:new']!),
        oldUs: t['extract:old']!.ms * 1000,
        newUs: t['extract:new']!.ms * 1000,
      };
      rows.push(row);
      process.stdout.write(
        `${row.file.padEnd(56)} extract ${row.oldUs.toFixed(1).padStart(6)} → ${row.newUs.toFixed(1).padStart(6)} µs (${row.extract.toFixed(2)}×)  extract + recognise ${row.both.toFixed(2)}×  recognition's ratio to its floor ${row.oldRatio.toFixed(2)} → ${row.newRatio.toFixed(2)}\n`,
      );
      await page.close();
    }
  } finally {
    await session.close();
  }
  const spread = (f: (r: (typeof rows)[number]) => number) => minMedianMax(rows.map(f));
  process.stdout.write(`\nover ${rows.length} pages, min / median / max (paired ratios, new ÷ old):\n`);
  process.stdout.write(`  extraction                   ${spread((r) => r.extract)}\n`);
  process.stdout.write(`  extraction + recognition     ${spread((r) => r.both)}\n`);
  process.stdout.write(`  (extract + recognise) ÷ extract: old ${spread((r) => r.oldRatio)}, new ${spread((r) => r.newRatio)}\n`);
  process.stdout.write(`load average ${loadavg()[0]!.toFixed(1)}\n`);
} finally {
  rmSync(old, { recursive: true, force: true });
}
