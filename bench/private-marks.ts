// What drawing the reader's highlights as boxes in the closed shadow root
// (extension/content/highlights/private-marks.ts) costs, in Debian's Chromium:
// a generated article page of ~100,000 characters with 500 and 2,000
// highlights (15–150 characters, one in ten across two
// paragraphs), all drawn. Timed in CPU time of the page's main thread (CDP
// ThreadTime around each call, less an empty call's cost), in interleaved
// rounds:
// - layout alone: the page's width changed (every line reflows), then one box
//   read, which makes Chromium lay the page out again: what any script that
//   reads layout after such a change pays first;
// - the same change, then a full placement of every mark (a box per client
//   rect, clipped): what the painter does a frame after a resize;
// - the painter's one-second check for an unannounced move (two marks' rects), on a page at rest.
// Not part of `npm run bench`:  npx tsx bench/private-marks.ts
// (PRIVATE_MARKS_CHARS=100000,1000000 adds the 1M page. It did not finish in ten minutes until each
// mark's text walk started at its own first node instead of the top of the page.)
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'puppeteer-core';
import { launchChromium } from '../test/e2e/support/launch-chromium.ts';
import { loadCompiledCorpus } from '../test/unit/helpers/corpus.ts';
import { ThreadClock } from './support/thread-clock.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = 7;
const URL = 'https://sputniknews.com/bench/private-marks';

/** The painter as one script for the page: `globalThis.PrivateMarks`. */
async function painterBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { PrivateMarks } from './extension/content/highlights/private-marks.ts'; globalThis.PrivateMarks = PrivateMarks;`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    plugins: [
      {
        name: 'inline-css',
        setup(b) {
          b.onResolve({ filter: /\?inline$/ }, (args) => ({ path: join(args.resolveDir, args.path.replace(/\?inline$/, '')), namespace: 'inline' }));
          b.onLoad({ filter: /.*/, namespace: 'inline' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
        },
      },
    ],
  });
  return result.outputFiles[0]!.text;
}

/** Corpus paragraphs repeated (numbered, so no two are the same) up to `chars` characters, one <p> each. */
function articlePage(chars: number): string {
  const paragraphs = loadCompiledCorpus().articles.flatMap((a) => a.paragraphs);
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const text = `${i}. ${paragraphs[i % paragraphs.length]!}`;
    out.push(`<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
    length += text.length;
  }
  return `<!doctype html><html><head><title>bench</title></head><body><article>${out.join('\n')}</article></body></html>`;
}

type InPage = {
  PrivateMarks: new (root: () => ShadowRoot | null) => unknown;
  benchMarks: { marks: { pending: { all: boolean }; place(): void; moved(): boolean }; flip: boolean };
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function runCase(page: Page, chars: number, highlights: number): Promise<string> {
  await page.evaluate(
    (count: number) => {
      const g = globalThis as unknown as InPage;
      let seed = 7;
      const random = () => {
        seed = (seed * 48271) % 2147483647;
        return seed / 2147483647;
      };
      const nodes = [...document.querySelectorAll('article p')].map((p) => p.firstChild as Text);
      const ranges: Range[] = [];
      for (let i = 0; i < count; i++) {
        const at = Math.floor(random() * (nodes.length - 1));
        const node = nodes[at]!;
        const range = document.createRange();
        if (i % 10 === 9) {
          // Across two paragraphs: the end of one and the start of the next.
          range.setStart(node, Math.max(0, node.length - 40));
          range.setEnd(nodes[at + 1]!, Math.min(40, nodes[at + 1]!.length));
        } else {
          const length = 15 + Math.floor(random() * 135);
          const start = Math.floor(random() * Math.max(1, node.length - length));
          range.setStart(node, start);
          range.setEnd(node, Math.min(node.length, start + length));
        }
        ranges.push(range);
      }
      const host = document.createElement('div');
      const shadow = host.attachShadow({ mode: 'closed' });
      document.documentElement.append(host);
      const marks = new g.PrivateMarks(() => shadow) as { draw(r: Map<string, Range[]>, s: { id: string; color: string }[]): void };
      marks.draw(new Map([['claim', ranges]]), [{ id: 'claim', color: '#d9480f' }]);
      g.benchMarks = { marks: marks as unknown as InPage['benchMarks']['marks'], flip: false };
    },
    highlights,
  );
  const clock = await ThreadClock.of(page, () => page.evaluate(() => 0));
  const relayout = () =>
    page.evaluate(() => {
      const b = (globalThis as unknown as InPage).benchMarks;
      b.flip = !b.flip;
      document.body.style.width = b.flip ? '97%' : '';
      document.body.getBoundingClientRect();
    });
  const placeAll = () =>
    page.evaluate(() => {
      const b = (globalThis as unknown as InPage).benchMarks;
      b.flip = !b.flip;
      document.body.style.width = b.flip ? '97%' : '';
      b.marks.pending.all = true;
      b.marks.place();
    });
  // 100 checks in one call, so that the figure is the check's and not the call's.
  const check = () =>
    page.evaluate(() => {
      const marks = (globalThis as unknown as InPage).benchMarks.marks;
      for (let i = 0; i < 100; i++) marks.moved();
    });
  await placeAll();
  const layout: number[] = [];
  const placed: number[] = [];
  const checked: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    layout.push(await clock.time(relayout));
    placed.push(await clock.time(placeAll));
    // The check runs on a page at rest: let the frame that draws the placement pass first, outside the timing.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    checked.push((await clock.time(check)) / 100);
  }
  const boxes = await page.evaluate(() => document.documentElement.lastElementChild!.isConnected);
  if (!boxes) throw new Error('bench: the painter host is gone');
  const fmt = (values: number[], digits = 1) =>
    `${median(values).toFixed(digits)} ms (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;
  return `${(chars / 1000).toLocaleString('en-US')}k chars, ${highlights} highlights: layout alone ${fmt(layout)}; layout + placing every mark ${fmt(placed)}; the 1 s check at rest ${fmt(checked, 3)}`;
}

async function main(): Promise<void> {
  const bundle = await painterBundle();
  console.error('private marks: painter bundled');
  const session = await launchChromium({ withoutExtension: true });
  const lines: string[] = [];
  try {
    for (const chars of (process.env.PRIVATE_MARKS_CHARS ?? "100000").split(",").map(Number)) {
      for (const highlights of [500, 2_000]) {
        console.error(`private marks: ${chars} characters, ${highlights} highlights…`);
        const page = await session.openPage(URL, new Map([[URL, articlePage(chars)]]));
        await page.setViewport({ width: 1280, height: 900 });
        // tsx keeps functions' names with a helper the page lacks: give it one.
        await page.addScriptTag({ content: `globalThis.__name = (f) => f;\n${bundle}` });
        lines.push(await runCase(page, chars, highlights));
        console.error(`  ${lines.at(-1)}`);
        await page.close();
      }
    }
  } finally {
    await session.close();
  }
  console.log(`private marks, CPU time of the page's main thread, median (range) of ${ROUNDS} interleaved rounds; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  for (const line of lines) console.log(`  ${line}`);
}

await main();
