// Recognition on a long page, in Debian's Chromium: a 1 MB outlet page with a
// corpus article in its middle (other full stories and comment threads above
// and below it, from fixtures/long-pages), as a ratio to the extraction pass.
// Run: npx tsx bench/long-page.ts, or npx tsx bench/run.ts --only=long-page.
//
// The real extractPageText and recognize, bundled with esbuild and injected
// (bench/support/recognition-in-page.ts, as bench/chromium-recognition.ts
// does), timed in CPU time of the page's main thread (CDP ThreadTime, see
// bench/support/thread-clock.ts): medians of interleaved rounds of batches. With the 5-article index
// and the synthetic 10,005-article one; the recognised id and the region are
// checked. Also the content script's sliced reading of the same page, traced:
// its longest slice in thread time (a long task is 50 ms).
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleForPage } from './support/bundle-for-page.ts';
import { longPages } from '../fixtures/long-pages/long-pages.ts';
import { generateSyntheticCorpus } from '../scripts/generate-synthetic-corpus.ts';
import { parseCatalog } from '../src/corpus/catalog.ts';
import { compileCorpus } from '../src/corpus/compile.ts';
import { serializeIndex } from '../src/recognition/index-codec.ts';
import { buildRecognitionIndex } from '../src/recognition/recognition-index.ts';
import { launchChromium } from '../test/e2e/support/launch-chromium.ts';
import type { TraceEvent } from './support/main-thread-trace.ts';
import { runRecognitionInPage } from './support/recognition-run.ts';
import { type Figure, formatSection, ms, type Section, times } from './support/report.ts';

const ROOT = join(import.meta.dirname, '..');
const ROUNDS = 15;
/** CPU time a timed batch lasts at least: the page call's own cost is then noise. */
const MIN_BATCH_MS = 20;
const PAGE_BYTES = 1_000_000;
const RATIO_TARGET = 1.5;
const LONG_TASK_MS = 50;

function corpusArticles() {
  const dir = join(ROOT, 'fixtures/corpus');
  const catalog = parseCatalog(JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')));
  return compileCorpus(catalog, (f) => readFileSync(join(dir, f), 'utf8')).articles;
}

/** The held-back page with the Lavrov article among six stories, grown to 1 MB with stories and comments on both sides. */
function megabytePage(): { url: string; html: string; expect: string } {
  const pages = longPages('test');
  const around = pages.find((p) => p.name === 'test/sputnik-0-stories-around')!;
  const others = pages.find((p) => p.name === 'test/sputnik-0-stories-only')!;
  const comments = pages.find((p) => p.name === 'test/sputnik-1-comments-200')!;
  const stories = [...others.html.matchAll(/<article class="b-article"[\s\S]*?<\/article>/g)].map((m) => m[0]).join('\n');
  const thread = /<section class="comments"[\s\S]*?<\/section>/.exec(comments.html)![0];
  const article = /<article class="b-article" data-article-id="117172470"[\s\S]*?<\/article>/.exec(around.html)![0];
  const unit = `${stories}\n${thread}`;
  const copies = Math.max(1, Math.round((PAGE_BYTES - around.html.length) / 2 / unit.length));
  const filler = Array.from({ length: copies }, () => unit).join('\n');
  const html = around.html.replace(article, () => `${filler}\n${article}\n${filler}`);
  return { url: around.url, html, expect: around.expect! };
}



/** The content script's reading, in the page: extractPageTextSliced as it runs there (sliceMs 8). */
const SLICED_ENTRY = `
import { extractPageTextSliced } from ${JSON.stringify(join(ROOT, 'src/recognition/page-text.ts'))};
globalThis.sourcelightSliced = async () => (await extractPageTextSliced(document, { sliceMs: 8 })).paragraphs.length;`;

/**
 * The slices of a sliced reading, from a trace of it: each slice after the
 * first runs in a timer task. Their longest wall time and thread time (the
 * CPU the main thread spent: on this shared machine a task also waits for a
 * core, which is no work of ours).
 */
function longestSlices(trace: Uint8Array): { wallMs: number; threadMs: number; slices: number } {
  const parsed = JSON.parse(new TextDecoder().decode(trace)) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const timers = events.filter((e) => e.name === 'TimerFire');
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined);
  let wallMs = 0;
  let threadMs = 0;
  let slices = 0;
  for (const timer of timers) {
    const task = tasks.find((t) => t.pid === timer.pid && t.tid === timer.tid && t.ts <= timer.ts && timer.ts <= t.ts + t.dur!);
    if (!task) continue;
    slices++;
    wallMs = Math.max(wallMs, task.dur! / 1000);
    threadMs = Math.max(threadMs, (task.tdur ?? task.dur!) / 1000);
  }
  return { wallMs, threadMs, slices };
}

function slicedBundle(): Promise<string> {
  return bundleForPage({ source: SLICED_ENTRY, resolveDir: ROOT });
}

export async function runLongPageBench(): Promise<Section> {
  const articles = corpusArticles();
  // Keeping the corpus articles' texts, as the shipped index does.
  const corpusIds = new Set(articles.map((a) => a.id));
  const keepTextOf = (a: { id: string }) => corpusIds.has(a.id);
  const small = Buffer.from(serializeIndex(buildRecognitionIndex(articles, { keepTextOf }))).toString('base64');
  const large = Buffer.from(serializeIndex(buildRecognitionIndex([...generateSyntheticCorpus(10_000), ...articles], { keepTextOf }))).toString('base64');
  const code = await bundleForPage({ file: join(ROOT, 'bench/support/recognition-in-page.ts') });
  const sliced = await slicedBundle();
  const target = megabytePage();

  const session = await launchChromium({ withoutExtension: true });
  try {
    const page = await session.openPage(target.url, new Map([[target.url, target.html]]));
    await page.addScriptTag({ content: code });
    await page.addScriptTag({ content: sliced });
    // The worst of three traced readings.
    let slicing = { wallMs: 0, threadMs: 0, slices: 0 };
    for (let i = 0; i < 3; i++) {
      await page.tracing.start({ categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      await page.evaluate(() => (globalThis as unknown as { sourcelightSliced: () => Promise<number> }).sourcelightSliced());
      const traced = longestSlices(await page.tracing.stop() as Uint8Array);
      if (traced.slices === 0) throw new Error('bench: the trace shows no slice of the sliced reading');
      if (traced.threadMs > slicing.threadMs) slicing = traced;
    }
    const loadBefore = loadavg()[0]!;
    const run = await runRecognitionInPage(page, { small, large }, { rounds: ROUNDS, minBatchMs: MIN_BATCH_MS, expect: target.expect, what: 'the 1 MB page' });
    const loadAfter = loadavg()[0]!;
    const floor = run.extract.ms;
    const row = (name: string, key: string): Figure[] => {
      const both = run.extractAndRecognize[key]!.ms;
      const alone = run.recognizeOnly[key]!.ms;
      return [
        { name: `extract + recognise, ${name} indexed`, value: ms(both), baseline: ms(floor), ratio: times(both / floor), target: `≤ ${RATIO_TARGET}× the floor`, pass: both / floor <= RATIO_TARGET },
        { name: `  recognise alone (in the worker), ${name}`, value: ms(alone), baseline: ms(floor), ratio: times(alone / floor), target: '', pass: null },
      ];
    };
    return {
      title: `Recognition on a 1 MB page, article in the middle (bench/long-page.ts, ${await session.browser.version()})`,
      method: [
        `One ${(target.html.length / 1e6).toFixed(2)} MB Sputnik page (fixtures/long-pages, held-back set): stories and 200-comment threads,`,
        'the corpus article, the same again. Real extractPageText and recognize injected, timed in CPU time of the page\'s',
        `main thread (CDP ThreadTime, less an empty call): median of ${ROUNDS} interleaved rounds, batches ≥ ${MIN_BATCH_MS} ms of CPU.`,
        'Floor = one extractPageText pass. The recognised id is checked for both indexes.',
      ],
      figures: [
        { name: 'floor: extractPageText', value: ms(floor), baseline: '', ratio: times(1), target: '', pass: null },
        ...row('5 articles', '5'),
        ...row('10,005 articles', '10005'),
        { name: 'content script: longest slice, thread time', value: ms(slicing.threadMs), baseline: '', ratio: '', target: `< ${LONG_TASK_MS} ms`, pass: slicing.threadMs < LONG_TASK_MS },
        { name: '  the same, wall time (waits for a core too)', value: ms(slicing.wallMs), baseline: '', ratio: '', target: '', pass: null },
      ],
      notes: [
        `${run.paragraphs} paragraphs, ${run.chars} characters read; the sliced reading ran ${slicing.slices} timer slices (sliceMs 8), traced.`,
        `load average (1 min) ${loadBefore.toFixed(1)} before the timed rounds, ${loadAfter.toFixed(1)} after; an empty page call cost ${ms(run.callOverheadMs)} of CPU (taken off every batch)`,
      ],
    };
  } finally {
    await session.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${formatSection(await runLongPageBench())}\n`);
}
