// A text-field frame has the focus as soon as it is clicked, which can be
// before the overlay has connected and handed it the stored value (a CI run
// once lost a note's first word that way). Here the frame page is opened on
// its own in the real browser, typed in with the real keyboard while nothing
// has connected, and only then sent the connect message the overlay would
// send: what was typed is kept after the stored value and reaches the overlay's
// port as typing.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, DIST_DIR, launchChromium } from './support/launch-chromium.ts';
import { requireBuild } from './support/require-build.ts';

let session: ChromiumSession;

beforeAll(async () => {
  requireBuild(DIST_DIR);
  session = await launchChromium();
});
afterAll(() => session?.close());

const SECRET = 'before-connecting-test-secret';

/** Connects the frame page as the overlay would, keeping what arrives on the overlay's end of the port. */
function connect(page: Page, stored: string) {
  return page.evaluate(
    (secret, value) => {
      const channel = new MessageChannel();
      const got: unknown[] = [];
      (window as unknown as { __got: unknown[] }).__got = got;
      channel.port1.onmessage = (event) => got.push(event.data);
      window.postMessage({ sourcelight: 'frame/connect', secret, init: { value } }, '*', [channel.port2]);
    },
    SECRET,
    stored,
  );
}

const received = (page: Page) => page.evaluate(() => (window as unknown as { __got: unknown[] }).__got);
const field = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('textarea')!;
    return { value: el.value, connected: el.getAttribute('data-connected') };
  });

describe('a note field typed in before the overlay connects', () => {
  it('keeps every key, after the stored note, and sends it to the overlay as typing', async () => {
    const page = await session.extensionPage(`extension/pages/text-field/index.html?label=Note&multiline=1#${SECRET}`);
    try {
      await page.bringToFront();
      await page.waitForSelector('textarea');
      await page.click('textarea');
      await page.keyboard.type('typed while connecting');
      expect(await field(page)).toEqual({ value: 'typed while connecting', connected: 'false' });

      await connect(page, 'Stored note');
      await expect.poll(() => field(page)).toEqual({ value: 'Stored note typed while connecting', connected: 'true' });
      await expect.poll(() => received(page)).toEqual([{ type: 'value', value: 'Stored note typed while connecting', restored: false }]);

      // Typing goes on where it was, and each input reaches the overlay.
      await page.keyboard.type('!');
      await expect.poll(async () => (await received(page)).at(-1)).toEqual({ type: 'value', value: 'Stored note typed while connecting!', restored: false });
    } finally {
      await page.close();
    }
  });
});
