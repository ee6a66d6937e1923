// Firefox: the selection toolbar is an extension page framed in the outlet
// page at a moz-extension address (its origin differs from Chromium's dynamic
// one: see use-private-frame.ts). The reader selects a passage with the mouse;
// the frame connects to the overlay (it shows the categories the overlay sends
// it) and Highlight saves: the toolbar closes only once the worker confirms a
// save (a failure keeps it open with the reason).
import type { Frame } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadFixturePages } from '../support/fixture-pages.ts';
import { DIST_FIREFOX_DIR, type FirefoxSession, launchFirefox } from '../support/launch-firefox.ts';
import { requireBuild } from '../support/require-build.ts';
import { fixtureRoutes } from '../support/routes.ts';
import { dragSelect, pickPassages } from '../support/select-text.ts';

const fixture = loadFixturePages().find((p) => p.case === 'corpus' && p.url.includes('oyetimes.com'));
let session: FirefoxSession;

beforeAll(async () => {
  requireBuild(DIST_FIREFOX_DIR);
  session = await launchFirefox();
});
afterAll(() => session?.close());

/** What the toolbar's frame shows: its controls' text, 'closed' when it shows none, 'gone' when it is gone. */
async function toolbarText(frame: Frame): Promise<string> {
  if (frame.detached) return 'gone';
  return frame.evaluate(() => document.querySelector('[role="toolbar"]')?.textContent ?? 'closed').catch(() => 'gone');
}

it('Firefox: the selection toolbar’s frame connects and its Highlight saves', async () => {
  if (!fixture) throw new Error('fixtures/pages/pages.json has no Oye! Times corpus page');
  const page = await session.openPage(fixture.url, fixtureRoutes());
  try {
    await page.waitForSelector('sourcelight-root', { timeout: 20_000 });
    const [passage] = await pickPassages(page, 1);
    expect(await dragSelect(page, passage!)).toBe(true);
    let frame: Frame | undefined;
    await expect
      .poll(
        async () => {
          // Each frame's own location: over BiDi, Firefox 140.12 ESR reports no navigation of a frame the page
          // creates, so Puppeteer's frame.url() stays about:blank.
          for (const f of page.frames()) {
            const address = await f.evaluate(() => location.href).catch(() => '');
            if (address.includes('/extension/pages/selection-toolbar/index.html') && (await toolbarText(f)).includes('Highlight')) frame = f;
          }
          return frame !== undefined;
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    expect(await toolbarText(frame!)).toMatch(/^Claim.*Highlight.*Note…/);
    // A trusted key press on the focused button: frame.click() asks Firefox 140.12 ESR for the frame's element with a
    // BiDi locator it does not know ("context").
    await frame!.$eval('.sl-primary', (button) => (button as HTMLElement).focus());
    await page.keyboard.press('Enter');
    await expect.poll(() => toolbarText(frame!), { timeout: 20_000 }).toMatch(/^(closed|gone)$/);
    // The save is confirmed in the same frame, in the toolbar's place.
    await expect
      .poll(() => frame!.evaluate(() => document.querySelector('.sl-done-text')?.textContent ?? '').catch(() => 'gone'), { timeout: 20_000 })
      .toBe('Highlight saved.');
  } finally {
    await page.close();
  }
});
