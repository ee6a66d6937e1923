// The compare view's differences and the reader's own highlights on the
// extension pages, in a real Chromium with the built extension: 002 vs 003
// shows each outlet's kind and wire, who each quotes and the sentences only
// one reports; a highlight made in the reader page shows on the outlet page.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from './support/axe.ts';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
import { requireBuild } from './support/require-build.ts';

const SPUTNIK_002 = 'sputnik-2009-12-01-rogozin-rasmussen-constructive-talks';
const REUTERS_003 = 'reuters-2009-12-04-nato-russia-sign-agreement';
const comparePath = (a: string, b: string) => `extension/pages/compare/index.html?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;

let session: ChromiumSession;

beforeAll(async () => {
  requireBuild(DIST_DIR);
  session = await launchChromium();
});
afterAll(() => session?.close());

async function open(path: string, ready: string): Promise<Page> {
  const page = await session.extensionPage(path);
  await page.waitForSelector(ready, { timeout: 30_000 });
  return page;
}

describe('compare view: differences', () => {
  it('002 vs 003: outlet kind and wire, speaker lists side by side, sentences only in each', async () => {
    const page = await open(comparePath(SPUTNIK_002, REUTERS_003), '[data-diff-side="b"]');
    try {
      const view = await page.evaluate(() => {
        const side = (s: string) => {
          const root = document.querySelector(`[data-diff-side="${s}"]`)!;
          return {
            title: root.querySelector('h3')?.textContent,
            kind: root.querySelector('[data-outlet-kind]')?.textContent,
            wire: root.querySelector('[data-wire]')?.textContent,
            speakers: [...root.querySelectorAll('[data-speaker]')].map((li) => li.getAttribute('data-speaker')),
            inBoth: [...root.querySelectorAll('[data-speaker][data-in-both]')].length,
            onlyHeading: [...root.querySelectorAll('h4')].map((h) => h.textContent ?? '').find((t) => t.startsWith('Only in')),
            onlyIn: [...root.querySelectorAll('[data-only-in] li')].map((li) => li.textContent ?? ''),
          };
        };
        return { a: side('a'), b: side('b'), passages: document.querySelectorAll('[data-passage-button]').length };
      });
      expect(view.a.title).toBe('Sputnik');
      expect(view.a.kind).toBe('State media');
      expect(view.a.wire).toBe('RIA Novosti');
      expect(view.b.title).toBe('Reuters');
      expect(view.b.kind).toBe('Commercial');
      expect(view.b.wire).toMatch(/Reuters/);
      expect(view.a.speakers).toEqual(expect.arrayContaining(['Dmitry Rogozin', 'James Appathurai']));
      expect(view.b.speakers).toEqual(expect.arrayContaining(['Sergei Lavrov', 'Anders Fogh Rasmussen', 'Dmitry Medvedev']));
      expect(view.a.inBoth + view.b.inBoth).toBe(0);
      expect(view.a.onlyHeading).toMatch(/^Only in Sputnik \(\d+ of \d+ sentences\)$/);
      expect(view.b.onlyHeading).toMatch(/^Only in Reuters \(\d+ of \d+ sentences\)$/);
      expect(view.a.onlyIn.some((t) => t.startsWith('Rogozin said earlier that the Canadian delegation had blocked'))).toBe(true);
      expect(view.b.onlyIn.some((t) => t.startsWith("Lavrov denied that Russia was trying to stop NATO's enlargement"))).toBe(true);
      // The shared passages are still there, below.
      expect(view.passages).toBeGreaterThan(0);
      expect(describeViolations(await runAxe(page))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
