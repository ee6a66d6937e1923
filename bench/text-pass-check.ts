// Is the anchoring bench's floor (bench/anchoring.ts, "text pass") a real
// read of the page's text? It gathers every Text node's data with a
// TreeWalker and joins the pieces. A pass that ends in a V8 cons string
// (pieces concatenated, never flattened) would copy no characters at all, so
// this times, on the bench's own generated pages, in CPU time of the page's
// main thread:
// - the floor as the bench runs it (walk + Array.prototype.join);
// - the same, then one character read from the middle of the result (which
//   flattens a cons string: it would cost the copy if join had not made it);
// - walk + `+=` (a cons string: the characters are never copied);
// - walk + `+=`, then one character read (the flattening, i.e. the copy);
// - the walk alone (each node's data read, nothing joined).
// If join's result were a cons string, rows 1 and 3 would cost alike and
// row 2 would cost like row 4.
//
// Run: npx tsx bench/text-pass-check.ts

import { loadavg } from 'node:os';
import type { CDPSession, Page } from 'puppeteer-core';
import { launchChromium } from '../test/e2e/support/launch-chromium.ts';
import { generateCase } from './anchoring.ts';

const PAGE_SIZES = [100_000, 1_000_000];
const ROUNDS = 15;
const MIN_BATCH_MS = 20;

// Plain JavaScript, added as a script tag (functions handed to page.evaluate
// would carry the TypeScript loader's helpers with them).
const IN_PAGE = `
window.textPassCheck = (() => {
  const walk = (each) => {
    const w = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n !== null; n = w.nextNode()) each(n.data);
  };
  let sink;
  const passes = {
    join: () => { const parts = []; walk((d) => parts.push(d)); return parts.join(''); },
    joinThenRead: () => { const parts = []; walk((d) => parts.push(d)); const s = parts.join(''); return s.charCodeAt(s.length >> 1); },
    cons: () => { let s = ''; walk((d) => { s += d; }); return s; },
    consThenRead: () => { let s = ''; walk((d) => { s += d; }); return s.charCodeAt(s.length >> 1); },
    walkOnly: () => { let k = 0; walk((d) => { k += d.length; }); return k; },
  };
  return { run: (name, times) => { for (let i = 0; i < times; i++) sink = passes[name](); return typeof sink; } };
})();`;

const NAMES = ['join', 'joinThenRead', 'cons', 'consThenRead', 'walkOnly'] as const;
const LABELS: Record<(typeof NAMES)[number], string> = {
  join: 'walk + join (the floor)',
  joinThenRead: 'walk + join, one char read',
  cons: 'walk + += (cons string)',
  consThenRead: 'walk + +=, one char read (flattened)',
  walkOnly: 'walk alone',
};

async function threadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const thread = metrics.find((m) => m.name === 'ThreadTime');
  if (!thread) throw new Error('text-pass-check: this Chromium reports no ThreadTime metric');
  return thread.value * 1000;
}

async function batch(page: Page, cdp: CDPSession, name: string, times: number): Promise<number> {
  const before = await threadMs(cdp);
  await page.evaluate((n, t) => (globalThis as unknown as { textPassCheck: { run(n: string, t: number): string } }).textPassCheck.run(n, t), name, times);
  return (await threadMs(cdp)) - before;
}

const session = await launchChromium({ withoutExtension: true });
try {
  process.stdout.write(`${await session.browser.version()}, load average ${loadavg()[0]?.toFixed(1)}\n`);
  for (const size of PAGE_SIZES) {
    const { text } = generateCase(size, []);
    const page = await session.browser.newPage();
    const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head><body><article>\n${text.split('\n').map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n</article></body></html>`);
    await page.addScriptTag({ content: IN_PAGE });
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const perBatch = new Map<string, number>();
    for (const name of NAMES) {
      await batch(page, cdp, name, 1);
      let k = 1;
      while (k < 8_192 && (await batch(page, cdp, name, k)) < MIN_BATCH_MS) k *= 2;
      perBatch.set(name, k);
    }
    const samples = new Map<string, number[]>(NAMES.map((n) => [n, []]));
    for (let r = 0; r < ROUNDS; r++) {
      // Each round starts with the next pass: the first of a round tends to pay for the round before's garbage.
      for (let j = 0; j < NAMES.length; j++) {
        const name = NAMES[(r + j) % NAMES.length] as (typeof NAMES)[number];
        const k = perBatch.get(name) as number;
        samples.get(name)?.push((await batch(page, cdp, name, k)) / k);
      }
    }
    process.stdout.write(`${(text.length / 1000).toFixed(0)}k chars (median of ${ROUNDS} interleaved rounds, each starting with the next pass [range], CPU ms of the page's main thread):\n`);
    for (const name of NAMES) {
      const s = [...(samples.get(name) as number[])].sort((a, b) => a - b);
      const fmt = (v: number) => v.toFixed(3);
      process.stdout.write(`  ${LABELS[name].padEnd(40)} ${fmt(s[s.length >> 1] as number)} ms  [${fmt(s[0] as number)}–${fmt(s[s.length - 1] as number)}]\n`);
    }
    await page.close();
  }
  process.stdout.write(`load average at the end ${loadavg()[0]?.toFixed(1)}\n`);
} finally {
  await session.close();
}
