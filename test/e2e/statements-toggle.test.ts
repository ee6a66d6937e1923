// The page's "Show statements" switch in Chromium: it takes the statements
// Sourcelight found off the page (the reader's own highlights stay), and the
// choice is remembered for the site across reloads.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixturePages } from './support/fixture-pages.ts';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
import { OverlayProbe } from './support/overlay-probe.ts';
import { requireBuild } from './support/require-build.ts';
import { fixtureRoutes } from './support/routes.ts';

const ROGOZIN = loadFixturePages().find((p) => p.case === 'corpus' && p.expect === 'sputnik-2009-12-01-rogozin-rasmussen-constructive-talks')!;
const routes = fixtureRoutes();
const host = new URL(ROGOZIN.url).hostname;
let session: ChromiumSession;

beforeAll(async () => {
  requireBuild(DIST_DIR);
  session = await launchChromium();
});
afterAll(() => session?.close());

/** Ranges drawn at the statements' priority (0; the reader's highlights paint at 1). */
const statementRanges = (page: Page) =>
  page.evaluate(() => [...CSS.highlights.values()].filter((h) => h.priority === 0).reduce((n, h) => n + h.size, 0));

async function send(type: string, payload: unknown) {
  const reply = await session.sendFromExtensionPage({ type, payload });
  expect(reply.ok, reply.error).toBe(true);
  return reply.value;
}

async function open(): Promise<{ page: Page; probe: OverlayProbe }> {
  const page = await session.openPage(ROGOZIN.url, routes);
  await page.waitForSelector('sourcelight-root', { timeout: 20_000 });
  const probe = await OverlayProbe.attach(page, session.extensionId);
  await probe.waitFor('.sl-badge');
  return { page, probe };
}

describe('Show statements', () => {
  it('hides the statements on the page and is remembered for the site', async () => {
    await send('site/set-prefs', { host, overlay: 'collapsed' });
    await send('site/set-statements', { host, shown: true });
    let { page, probe } = await open();
    try {
      await expect.poll(() => statementRanges(page), { timeout: 15_000 }).toBeGreaterThan(0);
      await probe.click('.sl-badge');
      const toggle = await probe.waitFor('#sl-panel .sl-statements-toggle');
      expect(toggle.attributes['aria-checked']).toBe('true');
      await probe.click('#sl-panel .sl-statements-toggle');
      await expect.poll(() => statementRanges(page)).toBe(0);
      expect((await probe.query('#sl-panel .sl-statements-toggle'))?.attributes['aria-checked']).toBe('false');
      await expect.poll(() => send('site/get-statements', { host })).toBe(false);
      await probe.click('#sl-panel .sl-panel-header button:not([title])');
      await page.close();

      // Another visit to the site: the statements are known (listed in the panel) but not drawn.
      ({ page, probe } = await open());
      await probe.showTab('Statements');
      await expect.poll(async () => (await probe.queryAll('#sl-panel .sl-list > li')).length, { timeout: 15_000 }).toBeGreaterThan(0);
      expect(await statementRanges(page)).toBe(0);
      expect((await probe.query('#sl-panel .sl-statements-toggle'))?.attributes['aria-checked']).toBe('false');

      // And back on.
      await probe.click('#sl-panel .sl-statements-toggle');
      await expect.poll(() => statementRanges(page)).toBeGreaterThan(0);
      await expect.poll(() => send('site/get-statements', { host })).toBe(true);
    } finally {
      await page.close();
      await send('site/set-statements', { host, shown: true });
      await send('site/set-prefs', { host, overlay: 'collapsed' });
    }
  });
});
