// Node side of the in-page recognition bench (support/recognition-in-page.ts,
// already injected into `page`): load the 5- and 10,005-article indexes, run
// the timed rounds, and check both recognised the page as expected.
import type { Page } from 'puppeteer-core';
import type { InPageApi, InPageRun } from './recognition-in-page.ts';

/** Index sizes every recognition bench compares: the five shipped articles, and 10,000 synthetic ones added. */
export const INDEX_NAMES = ['5', '10005'] as const;

export async function runRecognitionInPage(
  page: Page,
  indexes: { small: string; large: string },
  options: { runs: number; minBatchMs: number; expect: string | null; what: string },
): Promise<InPageRun> {
  await page.evaluate(
    (s, l) => {
      const b = (globalThis as unknown as { sourcelightBench: InPageApi }).sourcelightBench;
      b.putBytes('5', s);
      b.putBytes('10005', l);
      b.load('5');
      b.load('10005');
    },
    indexes.small,
    indexes.large,
  );
  const run = await page.evaluate(
    (r, m) => (globalThis as unknown as { sourcelightBench: InPageApi }).sourcelightBench.run(r, m),
    options.runs,
    options.minBatchMs,
  );
  for (const name of INDEX_NAMES) {
    if (run.recognized[name] !== options.expect) {
      throw new Error(`bench: ${options.what} was recognised as ${run.recognized[name]} with the ${name}-article index, expected ${options.expect}`);
    }
  }
  return run;
}
