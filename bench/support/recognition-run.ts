// Node side of the in-page recognition bench (support/recognition-in-page.ts,
// already injected into `page`): load the 5- and 10,005-article indexes, check
// both recognise the page as expected, and time extraction, extraction +
// recognition and recognition alone in the page main thread's CPU time
// (support/thread-clock.ts), in interleaved rounds.
import type { Page } from 'puppeteer-core';
import type { InPageApi } from './recognition-in-page.ts';
import { type InterleavedTiming, ThreadClock, timeInterleaved } from './thread-clock.ts';

/** Index sizes every recognition bench compares: the five shipped articles, and 10,000 synthetic ones added. */
export const INDEX_NAMES = ['5', '10005'] as const;

export interface InPageRun {
  /** extractPageText alone: the floor. */
  extract: InterleavedTiming;
  /** extractPageText then recognize, per index name. */
  extractAndRecognize: Record<string, InterleavedTiming>;
  /** recognize alone on text read once (what the worker does), per index name. */
  recognizeOnly: Record<string, InterleavedTiming>;
  /** Corpus id recognised with each index (null: none). */
  recognized: Record<string, string | null>;
  paragraphs: number;
  chars: number;
  /** CPU time of one empty page call, taken off every reading. */
  callOverheadMs: number;
}

type InPage = { sourcelightBench: InPageApi };

export async function runRecognitionInPage(
  page: Page,
  indexes: { small: string; large: string },
  options: { rounds: number; minBatchMs: number; expect: string | null; what: string },
): Promise<InPageRun> {
  await page.evaluate(
    (s, l) => {
      const b = (globalThis as unknown as InPage).sourcelightBench;
      b.putBytes('5', s);
      b.putBytes('10005', l);
      b.load('5');
      b.load('10005');
    },
    indexes.small,
    indexes.large,
  );
  const reading = await page.evaluate(() => (globalThis as unknown as InPage).sourcelightBench.read());
  for (const name of INDEX_NAMES) {
    if (reading.recognized[name] !== options.expect) {
      throw new Error(`bench: ${options.what} was recognised as ${reading.recognized[name]} with the ${name}-article index, expected ${options.expect}`);
    }
  }
  const batch = (name: string, times: number) =>
    page.evaluate((n, t) => (globalThis as unknown as InPage).sourcelightBench.runBatch(n, t), name, times);
  const clock = await ThreadClock.of(page, () => batch('extract', 0));
  const timed = await timeInterleaved(clock, reading.ops, batch, { rounds: options.rounds, minBatchMs: options.minBatchMs });
  const run: InPageRun = {
    extract: timed.extract!,
    extractAndRecognize: {},
    recognizeOnly: {},
    recognized: reading.recognized,
    paragraphs: reading.paragraphs,
    chars: reading.chars,
    callOverheadMs: clock.callOverheadMs,
  };
  for (const name of INDEX_NAMES) {
    run.extractAndRecognize[name] = timed[`both:${name}`]!;
    run.recognizeOnly[name] = timed[`recognize:${name}`]!;
  }
  return run;
}
