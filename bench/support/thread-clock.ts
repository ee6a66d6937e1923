// Times work done in a page in CPU time of the page's main thread (CDP
// Performance.getMetrics ThreadTime), not in wall time: on this shared 2-core
// machine a page's own clock also counts the spans its thread waits for a
// core, which at a load of 20 is most of it. The method of bench/anchoring.ts,
// shared here so every in-page bench times alike.
import type { CDPSession, Page } from 'puppeteer-core';
import { median } from './report.ts';

export class ThreadClock {
  private overheadMs = 0;

  private constructor(private readonly cdp: CDPSession) {}

  /**
   * A clock for `page`. `emptyCall` makes one page call that does no work (the
   * same round trip as a timed call): the median of its cost is taken off
   * every reading.
   */
  static async of(page: Page, emptyCall: () => Promise<unknown>): Promise<ThreadClock> {
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const clock = new ThreadClock(cdp);
    const empty: number[] = [];
    for (let i = 0; i < 9; i++) empty.push(await clock.time(emptyCall));
    clock.overheadMs = median(empty);
    return clock;
  }

  /** What one empty page call costs the main thread (already taken off every reading). */
  get callOverheadMs(): number {
    return this.overheadMs;
  }

  private async now(): Promise<number> {
    const { metrics } = await this.cdp.send('Performance.getMetrics');
    const thread = metrics.find((m) => m.name === 'ThreadTime');
    if (!thread) throw new Error('bench: this Chromium reports no ThreadTime metric');
    return thread.value * 1000;
  }

  /** CPU milliseconds of the page's main thread during `work`, less an empty call's. */
  async time(work: () => Promise<unknown>): Promise<number> {
    const before = await this.now();
    await work();
    return Math.max(0, (await this.now()) - before - this.overheadMs);
  }
}

export interface InterleavedTiming {
  /** Median CPU milliseconds per call. */
  ms: number;
  /** Calls per timed batch. */
  perBatch: number;
  /** CPU milliseconds per call in each round, in round order (see pairedRatio). */
  rounds: number[];
}

/**
 * The median over rounds of `of`'s time over `to`'s in the same round: each
 * ratio compares two batches run next to each other, so a stretch of rounds
 * slowed by the machine's load slows both sides of it. Printed beside the
 * ratio of the two medians for information; the targets are judged on the latter.
 */
export function pairedRatio(of: InterleavedTiming, to: InterleavedTiming): number {
  return median(of.rounds.map((x, r) => x / to.rounds[r]!));
}

/**
 * Median CPU time per call of each operation. `batch(name, times)` runs the
 * operation `times` times in one page call. Each operation gets a batch size
 * that lasts at least `minBatchMs` of CPU time (so the call's own cost is
 * noise), then the operations are timed in turn, round after round, so drift
 * in the machine's load hits them alike. Each round starts one operation
 * later than the one before: an operation run right after another pays for
 * the garbage that one left (the text an extraction pass allocates, say), so
 * a fixed order would charge it to the same neighbour every round (the
 * anchoring bench found the same work up to twice as dear there).
 */
export async function timeInterleaved(
  clock: ThreadClock,
  names: readonly string[],
  batch: (name: string, times: number) => Promise<unknown>,
  options: { rounds: number; minBatchMs: number; maxPerBatch?: number },
): Promise<Record<string, InterleavedTiming>> {
  const maxPerBatch = options.maxPerBatch ?? 1 << 16;
  const perBatch = new Map<string, number>();
  for (const name of names) {
    await batch(name, 1); // warm-up: compile, first-call caches
    let k = 1;
    while (k < maxPerBatch && (await clock.time(() => batch(name, k))) < options.minBatchMs) k *= 2;
    perBatch.set(name, k);
  }
  const samples = new Map<string, number[]>(names.map((n) => [n, []]));
  for (let r = 0; r < options.rounds; r++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(r + j) % names.length]!;
      const k = perBatch.get(name)!;
      samples.get(name)!.push((await clock.time(() => batch(name, k))) / k);
    }
  }
  const out: Record<string, InterleavedTiming> = {};
  for (const name of names) out[name] = { ms: median(samples.get(name)!), perBatch: perBatch.get(name)!, rounds: samples.get(name)! };
  return out;
}

/** What a bench's bundled in-page object offers to be timed: its operations' names, and a batch of one of them. */
interface InPageOperations {
  names(): string[];
  runBatch(name: string, times: number): unknown;
}

/**
 * timeInterleaved over the operations of the in-page object `globalThis[objectName]` (see InPageOperations), on a
 * thread clock of `page` whose empty call is a batch of none of the first operation.
 */
export async function timeInPageOperations(
  page: Page,
  objectName: string,
  options: { rounds: number; minBatchMs: number },
): Promise<{ names: string[]; timings: Record<string, InterleavedTiming> }> {
  const names = await page.evaluate((g) => (globalThis as unknown as Record<string, InPageOperations>)[g]!.names(), objectName);
  const batch = (name: string, times: number) =>
    page.evaluate((g, n, t) => (globalThis as unknown as Record<string, InPageOperations>)[g]!.runBatch(n, t), objectName, name, times);
  const clock = await ThreadClock.of(page, () => batch(names[0]!, 0));
  return { names, timings: await timeInterleaved(clock, names, batch, options) };
}
