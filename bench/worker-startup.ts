// Worker start-up, cold: the service worker is stopped (as the browser stops
// an idle one), then an extension page asks for the corpus list; the time from
// sending to the answer covers starting the worker, evaluating its script and
// (since the corpus became a lazily loaded asset) reading the corpus file.
// Also reports the worker's JavaScript size. Compare two builds:
//   npx tsx bench/worker-startup.ts [dist-dir ...] (default: dist)
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../test/e2e/support/launch-chromium.ts';

const RUNS = 15;

/** Bytes of the worker's own script and the chunks it imports statically. */
function workerBytes(dir: string): number {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) visit(resolve(file, '..', m[1]!));
  };
  visit(join(dir, 'service-worker-loader.js'));
  return [...seen].reduce((sum, f) => sum + statSync(f).size, 0);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(dir: string): Promise<void> {
  const session = await launchChromium({ extensionDir: resolve(dir) });
  try {
    const page = await session.extensionPage('extension/pages/library/index.html');
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await session.restartWorker();
      // Wait until the stopped worker is really gone, so the message starts a new one.
      for (let waited = 0; session.browser.targets().some((t) => t.type() === 'service_worker'); waited += 50) {
        if (waited > 10_000) throw new Error('the worker did not stop');
        await new Promise((r) => setTimeout(r, 50));
      }
      const { ms, ok } = await page.evaluate(async () => {
        const t0 = performance.now();
        const reply = (await chrome.runtime.sendMessage({ type: 'corpus/list', payload: {} })) as { ok: boolean };
        return { ms: performance.now() - t0, ok: reply.ok };
      });
      if (!ok) throw new Error('corpus/list failed');
      times.push(ms);
    }
    console.log(
      `${dir}: worker JS ${workerBytes(dir).toLocaleString('en')} bytes; cold start to first corpus answer: median ${median(times).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (${RUNS} runs)`,
    );
  } finally {
    await session.close();
  }
}

const dirs = process.argv.slice(2);
for (const dir of dirs.length ? dirs : ['dist']) await measure(dir);
