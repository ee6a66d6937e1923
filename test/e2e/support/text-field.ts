// Typing into Sourcelight's text fields the way a reader does: they are
// extension-origin frames (pages/text-field/) inside the overlay's closed
// shadow root. A real mouse click puts the focus in the field, then the real
// keyboard types; values are read from the frames themselves.
import type { Frame, Page } from 'puppeteer-core';
import type { OverlayProbe } from './overlay-probe.ts';

export function textFieldFrames(page: Page): Frame[] {
  return page.frames().filter((f) => !f.detached && f.url().includes('/extension/pages/text-field/index.html'));
}

/** Waits until every text-field frame on the page is connected (its field enabled); returns them. */
export async function connectedTextFields(page: Page, atLeast = 1, timeoutMs = 15_000): Promise<Frame[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frames = textFieldFrames(page);
    // A frame that cannot be evaluated any more (being removed) is not counted.
    const ready = await Promise.all(
      frames.map((f) =>
        f
          .evaluate(() => document.querySelector('textarea[data-connected="true"], input[data-connected="true"]') !== null)
          .catch(() => null),
      ),
    );
    const live = frames.filter((_, i) => ready[i] !== null);
    if (live.length >= atLeast && ready.every((r) => r !== false)) return live;
    if (Date.now() > deadline) {
      throw new Error(`Text-field frames never connected (${ready.filter((r) => r === true).length}/${live.length}, ${frames.length} listed)`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The values of every connected text field on the page. */
export async function textFieldValues(page: Page): Promise<string[]> {
  const frames = await connectedTextFields(page, 0);
  return Promise.all(
    frames.map((f) => f.evaluate(() => document.querySelector<HTMLTextAreaElement | HTMLInputElement>('textarea, input')!.value)),
  );
}

/** Clicks the overlay's frame at `selector` and types `text` with the real keyboard (replacing what is there if asked). */
export async function typeInTextField(
  page: Page,
  probe: OverlayProbe,
  selector: string,
  text: string,
  options: { replace?: boolean; atEnd?: boolean } = {},
): Promise<void> {
  // Keyboard focus goes only to the front tab: another tab opened by an earlier test may be in front.
  await page.bringToFront();
  await probe.waitFor(selector);
  await connectedTextFields(page);
  await probe.click(selector);
  // The click lands in the field inside the frame: wait until it has the focus there.
  const deadline = Date.now() + 10_000;
  let clickedAgain = false;
  for (;;) {
    const focused = await Promise.all(
      textFieldFrames(page).map((f) => f.evaluate(() => document.hasFocus() && document.activeElement?.matches('textarea, input') === true).catch(() => false)),
    );
    if (focused.some(Boolean)) break;
    // As a reader would: a click that did not land in the field is tried once more.
    if (!clickedAgain && Date.now() > deadline - 7_000) {
      clickedAgain = true;
      await probe.click(selector);
    }
    if (Date.now() > deadline) throw new Error(`Clicking ${selector} did not focus a text field`);
    await new Promise((r) => setTimeout(r, 50));
  }
  if (options.replace) {
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
  }
  if (options.atEnd) {
    await page.keyboard.down('Control');
    await page.keyboard.press('End');
    await page.keyboard.up('Control');
  }
  await page.keyboard.type(text);
}
