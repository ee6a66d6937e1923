// Where the annotator's time goes on an unchanged page (issue #16): each phase
// of bench/anchoring.ts's first-frame and full-work rows (map, anchor all,
// viewport search, the targets in view intact at their place, Ranges in view)
// timed on its own, interleaved with both wholes and the text pass, on the
// anchoring bench's own pages and highlights. CPU time of the page's main
// thread (bench/support/thread-clock.ts); the phases are timed apart, so their
// sum need not equal the whole (garbage one phase leaves is paid by whichever
// runs next).
//
// Run: npx tsx bench/anchoring-phases.ts   (ANCHORING_PHASES_CHARS=100000,1000000 for both sizes)

import { loadavg } from 'node:os';
import { describeTextRange } from '../src/anchoring/describe.ts';
import { launchChromium } from '../test/e2e/support/launch-chromium.ts';
import { anchoringBundle, generateCase, pageHtml, VIEWPORT } from './anchoring.ts';
import type { AnchoringInPageApi, AnchoringPhase } from './support/anchoring-in-page.ts';
import { median } from './support/report.ts';
import { ThreadClock } from './support/thread-clock.ts';

const SIZES = (process.env.ANCHORING_PHASES_CHARS ?? '100000').split(',').map(Number);
const COUNTS = [500, 2_000];
const ROUNDS = 15;
const MIN_BATCH_MS = 20;
const PHASES: AnchoringPhase[] = ['textPass', 'firstFrame', 'whole', 'prefixMap', 'map', 'anchor', 'anchorIfStoredTextEqual', 'inView', 'pickInView', 'ranges'];
const LABELS: Record<AnchoringPhase, string> = {
  textPass: 'text pass (the floor)',
  firstFrame: 'first frame (prefix map + in view, intact + Ranges)',
  whole: 'full work (map + anchor all + Ranges in view)',
  prefixMap: '  DomTextMap.prefixFromRoot (to the viewport)',
  map: '  DomTextMap.fromRoot',
  anchor: '  anchorAll',
  anchorIfStoredTextEqual: '  (idea) text === stored text, then the results',
  inView: '  textInView (viewport search)',
  pickInView: '  anchorInView (in view, intact at its place; sorted by start)',
  ranges: '  Ranges for the highlights in view',
};

type InPage = { sourcelightAnchoringBench: AnchoringInPageApi };

const code = await anchoringBundle();
const session = await launchChromium({ withoutExtension: true });
try {
  process.stdout.write(`${await session.browser.version()}, load average ${loadavg()[0]?.toFixed(1)}\n`);
  for (const size of SIZES) {
    const { text, sets } = generateCase(size, COUNTS);
    const page = await session.browser.newPage();
    await page.setViewport(VIEWPORT);
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body>${pageHtml(text.split('\n'))}</body></html>`);
    await page.addScriptTag({ content: code });
    const run = (name: AnchoringPhase, times: number) =>
      page.evaluate((n, t) => (globalThis as unknown as InPage).sourcelightAnchoringBench.runPhase(n, t), name, times);
    const clock = await ThreadClock.of(page, () => run('textPass', 0));
    for (const highlights of sets) {
      const ours = highlights.map((h) => ({ id: h.id, selectors: describeTextRange(text, h.start, h.end) }));
      await page.evaluate((a) => (globalThis as unknown as InPage).sourcelightAnchoringBench.setTargets(a, [], []), ours);
      await page.evaluate(() => (globalThis as unknown as InPage).sourcelightAnchoringBench.preparePhases());
      const perBatch = new Map<AnchoringPhase, number>();
      for (const name of PHASES) {
        await run(name, 1);
        let k = 1;
        while (k < 1 << 16 && (await clock.time(() => run(name, k))) < MIN_BATCH_MS) k *= 2;
        perBatch.set(name, k);
      }
      const samples = new Map<AnchoringPhase, number[]>(PHASES.map((n) => [n, []]));
      for (let r = 0; r < ROUNDS; r++) {
        for (let j = 0; j < PHASES.length; j++) {
          const name = PHASES[(r + j) % PHASES.length] as AnchoringPhase;
          const k = perBatch.get(name) as number;
          samples.get(name)?.push((await clock.time(() => run(name, k))) / k);
        }
      }
      const floor = median(samples.get('textPass') as number[]);
      process.stdout.write(`${(text.length / 1000).toFixed(0)}k chars, ${highlights.length} highlights, unchanged (median of ${ROUNDS} interleaved rounds [range], CPU ms):\n`);
      for (const name of PHASES) {
        const s = [...(samples.get(name) as number[])].sort((a, b) => a - b);
        const m = median(s);
        process.stdout.write(
          `  ${LABELS[name].padEnd(46)} ${m.toFixed(4)} ms  [${(s[0] as number).toFixed(4)}–${(s[s.length - 1] as number).toFixed(4)}]  ${(m / floor).toFixed(2)}× the floor\n`,
        );
      }
    }
    await page.close();
  }
  process.stdout.write(`load average at the end ${loadavg()[0]?.toFixed(1)}\n`);
} finally {
  await session.close();
}
