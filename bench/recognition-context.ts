// Why recognising right after the DOM walk costs more than recognising the
// same text alone, and how steady the recognition bench's per-page ratio is
// (issue #16). On chosen fixture pages, with the 5-article index, the
// operations of bench/support/recognition-context-in-page.ts are timed as the
// recognition bench times (CPU time of the page's main thread, interleaved
// rounds of batches ≥ 20 ms), each page in several fresh tabs (runs). Each
// operation is printed as a ratio to the extraction floor in two statistics:
// the ratio of the two medians (what bench/chromium-recognition.ts judges)
// and the median over rounds of the ratio of adjacent batches (paired).
// "both", "walkThenOld" and "oldThenWalk" do the same amount of work.
//
// Run: npx tsx bench/recognition-context.ts
//      RECOGNITION_CONTEXT_PAGES=<regular expression> (default: the AMP, print and 40% preview copies)
//      RECOGNITION_CONTEXT_RUNS=<tabs per page> (default 4)
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { bundleForPage } from './support/bundle-for-page.ts';
import { parseCatalog } from '../src/corpus/catalog.ts';
import { compileCorpus } from '../src/corpus/compile.ts';
import { serializeIndex } from '../src/recognition/index-codec.ts';
import { buildRecognitionIndex } from '../src/recognition/recognition-index.ts';
import { loadFixturePages } from '../test/e2e/support/fixture-pages.ts';
import { launchChromium } from '../test/e2e/support/launch-chromium.ts';
import { fixtureRoutes } from '../test/e2e/support/routes.ts';
import type { RecognitionContextApi } from './support/recognition-context-in-page.ts';
import { pairedRatio, timeInPageOperations } from './support/thread-clock.ts';

const ROOT = join(import.meta.dirname, '..');
const ROUNDS = 15;
const MIN_BATCH_MS = 20;
type InPage = { sourcelightContext: RecognitionContextApi };

const dir = join(ROOT, 'fixtures/corpus');
const articles = compileCorpus(parseCatalog(JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8'))), (f) => readFileSync(join(dir, f), 'utf8')).articles;
const index = Buffer.from(serializeIndex(buildRecognitionIndex(articles))).toString('base64');
const code = await bundleForPage({ file: join(ROOT, 'bench/support/recognition-context-in-page.ts') });
const routes = fixtureRoutes();
const pattern = new RegExp(process.env.RECOGNITION_CONTEXT_PAGES ?? '000-amp|002-print|002-truncated-40');
const pages = loadFixturePages().filter((p) => pattern.test(p.file));
const runs = Number(process.env.RECOGNITION_CONTEXT_RUNS ?? 4);

const session = await launchChromium({ withoutExtension: true });
try {
  process.stdout.write(`${await session.browser.version()}; load average ${loadavg()[0]!.toFixed(1)}\n`);
  process.stdout.write('each operation ÷ extract: ratio of medians / median of paired ratios\n');
  for (const fixture of pages) {
    for (let run = 0; run < runs; run++) {
      const page = await session.browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const body = routes.get(request.url().split('#')[0]!);
        if (body !== undefined && request.resourceType() === 'document') void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
        else void request.abort('internetdisconnected');
      });
      await page.goto(fixture.url, { waitUntil: 'load' });
      await page.addScriptTag({ content: code });
      const read = await page.evaluate((b) => (globalThis as unknown as InPage).sourcelightContext.load(b), index);
      if (read.corpusId !== fixture.expect) throw new Error(`bench: ${fixture.file} recognised as ${read.corpusId}, expected ${fixture.expect}`);
      const { names, timings: timed } = await timeInPageOperations(page, 'sourcelightContext', { rounds: ROUNDS, minBatchMs: MIN_BATCH_MS });
      const floor = timed.extract!;
      const cells = names
        .filter((n) => n !== 'extract')
        .map((n) => `${n} ${(timed[n]!.ms / floor.ms).toFixed(2)}/${pairedRatio(timed[n]!, floor).toFixed(2)}`);
      process.stdout.write(
        `${fixture.file} tab ${run + 1}: extract ${(floor.ms * 1000).toFixed(1)} µs (rounds ${(Math.min(...floor.rounds) * 1000).toFixed(1)}–${(Math.max(...floor.rounds) * 1000).toFixed(1)}); ${cells.join('  ')}; load ${loadavg()[0]!.toFixed(1)}\n`,
      );
      await page.close();
    }
  }
} finally {
  await session.close();
}
