// What any content script pays to read a page, beside Sourcelight's gate: the
// traced page loads of the content-script section (chromium-recognition.ts)
// for throwaway extensions whose whole content script is
//   - empty,
//   - `document.title` (the first touch of the DOM from the isolated world),
//   - the gate's one XPath call and nothing else,
//   - a timer that does nothing, 1 s after the script runs (what any later
//     look costs before it looks at anything),
// and for Sourcelight's built content/gate.js, alone in such an extension and
// in the built extension. If the gate's code costs what its one XPath call
// costs, there is little left to cut in it. Not part of the default run (about
// 9 minutes):
//   npx vite build && npx tsx bench/run.ts --only=floor
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GATE_SCRIPT } from '../extension/shared/content-files.ts';
import { ARTICLE_GATE_XPATH } from '../src/recognition/article-gate.ts';
import { DIST_DIR } from '../test/e2e/support/launch-chromium.ts';
import { loadFixturePages } from '../test/e2e/support/fixture-pages.ts';
import { fixtureRoutes } from '../test/e2e/support/routes.ts';
import { EMPTY_CONTENT_SCRIPT, extensionWithContentScript, nonArticlePages, traceLoads } from './chromium-recognition.ts';
import { type Figure, median, ms, type Section, times } from './support/report.ts';

const VARIANTS: { name: string; dir: () => string }[] = [
  { name: 'empty content script', dir: () => extensionWithContentScript(EMPTY_CONTENT_SCRIPT) },
  { name: 'document.title only', dir: () => extensionWithContentScript('document.title;') },
  {
    name: "the gate's XPath call only",
    dir: () => extensionWithContentScript(`document.evaluate(${JSON.stringify(ARTICLE_GATE_XPATH)}, document, null, 3, null).booleanValue;`),
  },
  { name: 'a timer that does nothing (1 s on)', dir: () => extensionWithContentScript('setTimeout(() => {}, 1000);') },
  // Same code as the next, without the rest of the extension (its worker, host permissions, overlay module).
  { name: 'built content/gate.js, alone', dir: () => extensionWithContentScript(readFileSync(join(DIST_DIR, GATE_SCRIPT), 'utf8')) },
  { name: 'Sourcelight (the built extension)', dir: () => DIST_DIR },
];

export async function runContentScriptFloorBench(): Promise<Section> {
  const routes = fixtureRoutes();
  const targets = nonArticlePages(loadFixturePages());
  const perVariant: { name: string; perPage: number[] }[] = [];
  for (const variant of VARIANTS) {
    const loads = await traceLoads(variant.dir(), targets, routes, false);
    perVariant.push({ name: variant.name, perPage: targets.map((t) => loads.get(t.file)!.extensionScriptCpuMs) });
  }
  const empty = median(perVariant[0]!.perPage);
  const figures: Figure[] = perVariant.map(({ name, perPage }) => ({
    name,
    value: ms(median(perPage)),
    baseline: ms(empty),
    ratio: times(median(perPage) / empty),
    target: '',
    pass: null,
  }));
  return {
    title: 'Content-script floor: what reading a page at all costs (built extension vs throwaway variants, Chromium)',
    method: [
      `Each variant on the ${targets.length} non-article fixture pages; per page the median of the traced loads (as in the`,
      'content-script section, in thread time), value = the median over the pages. baseline = the empty content script.',
    ],
    figures,
    notes: perVariant.map(({ name, perPage }) => `${name.padEnd(38)} ${perPage.map((x) => ms(x)).join('  ')}  (${targets.map((t) => t.file).join(', ')})`),
  };
}
