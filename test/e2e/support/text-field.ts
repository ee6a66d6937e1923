// Typing into Sourcelight's text fields the way a reader does: they are
// extension-origin frames (pages/text-field/) inside the overlay's closed
// shadow root. A real mouse click puts the focus in the field, then the real
// keyboard types; values are read from the frames themselves.
import type { Frame, KeyInput, Page } from 'puppeteer-core';
import { evaluateInFrame } from './frame-evaluate.ts';
import type { OverlayProbe } from './overlay-probe.ts';
import { within } from './wait.ts';

export function textFieldFrames(page: Page): Frame[] {
  return page.frames().filter((f) => !f.detached && f.url().includes('/extension/pages/text-field/index.html'));
}

/**
 * What `fn` returns in `frame`, or null if the frame cannot answer (being removed) or does not within `ms`:
 * one frame that does not answer must not hold up every other one. (Evaluated through a CDP session of the
 * harness's own, see frame-evaluate.ts: Puppeteer, which now and then never bound a new frame to its target on a
 * loaded machine, was why such a frame did not answer.)
 */
export async function answerSoon<T>(frame: Frame, fn: () => T, ms = 3_000): Promise<T | null> {
  return (within('a text-field frame', evaluateInFrame(frame, fn), ms) as Promise<T | null>).catch(() => null);
}

/** Waits until every text-field frame on the page that answers is connected (its field enabled); returns them. */
export async function connectedTextFields(page: Page, atLeast = 1, timeoutMs = 30_000): Promise<Frame[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frames = textFieldFrames(page);
    // A frame that cannot be evaluated (being removed, or not answering) is not counted.
    const ready = await Promise.all(
      frames.map((f) => answerSoon(f, () => document.querySelector('textarea[data-connected="true"], input[data-connected="true"]') !== null)),
    );
    const live = frames.filter((_, i) => ready[i] !== null);
    if (live.length >= atLeast && ready.every((r) => r !== false)) return live;
    if (Date.now() > deadline) {
      throw new Error(
        `Text-field frames never connected (${ready.filter((r) => r === true).length}/${live.length}, ${frames.length} listed, ${frames.length - live.length} not answering)`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The values of every connected text field on the page. */
export async function textFieldValues(page: Page): Promise<string[]> {
  const frames = await connectedTextFields(page, 0);
  return Promise.all(
    frames.map((f) => evaluateInFrame(f, () => document.querySelector<HTMLTextAreaElement | HTMLInputElement>('textarea, input')!.value)),
  );
}

/** The text-field frame whose field has the keyboard focus inside it, if one does. */
async function focusedTextFieldFrame(page: Page): Promise<Frame | null> {
  for (const frame of textFieldFrames(page)) {
    const focused = await answerSoon(frame, () => document.hasFocus() && document.activeElement?.matches('textarea, input') === true);
    if (focused) return frame;
  }
  return null;
}

/**
 * Whether a key pressed now reaches `frame`. A frame's document reports the focus
 * as soon as it takes it, but the browser routes keys to an out-of-process frame
 * only once it has heard of that: until then they go to the page (and are lost to
 * the field). Shift alone changes nothing in the field. Keys are counted, never
 * reset, so a slow key from an earlier try still counts as reaching the frame.
 */
export async function keysReach(page: Page, frame: Frame, timeoutMs: number): Promise<boolean> {
  const seen = () => evaluateInFrame(frame, () => (window as unknown as { __slKeysSeen?: number }).__slKeysSeen ?? 0).catch(() => -1);
  const before = await evaluateInFrame(frame, () => {
    const w = window as unknown as { __slKeysSeen?: number };
    if (w.__slKeysSeen === undefined) {
      w.__slKeysSeen = 0;
      window.addEventListener('keydown', () => (w.__slKeysSeen = (w.__slKeysSeen ?? 0) + 1), true);
    }
    return w.__slKeysSeen;
  }).catch(() => -1);
  if (before < 0) return false;
  await page.keyboard.press('Shift');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await seen()) > before) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Presses `key` where its release removes the frame that has the keyboard (Escape in a text field closing the panel
 * around it; Enter in a speaker's field saving the correction and closing its form; Enter in the new-tags field adding
 * them and replacing the field with a fresh frame), without waiting on the browser's answer to the release. Not needed
 * in the selection toolbar: its frame stays at least AFTER_ACTION_MS after any of its keys, and while the pointer is on it. Chromium answers the DevTools protocol's
 * Input.dispatchKeyEvent only once the renderer that got the key acknowledges it, and drops the answer for good when
 * that frame's widget is gone first: the frame acts on the release (key-release.ts) and tells the overlay, which
 * removes it, so on a loaded machine the removal can reach the browser before the acknowledgement, and the key-up
 * then never answers (a scratch run that delayed the frame's acknowledgement by 1.5 s saw no answer for 15 s, while
 * the panel had closed; the same delay on a key that leaves the frame in place was answered after 1.6 s). A reader's
 * keyboard waits on no answer. The key-down, which the frame only notes, is waited on; the caller waits for what the
 * key does.
 */
export async function pressKeyThatRemovesItsFrame(page: Page, key: KeyInput): Promise<void> {
  await within(`${key} down`, page.keyboard.down(key));
  // Settled when the page closes, if never before.
  void page.keyboard.up(key).catch(() => undefined);
}

/**
 * Where the focus and the click went, for a failure to explain itself: what the overlay has at the centre of
 * `selector` (what a click there reaches), what holds the focus in the page and the overlay, and each text-field
 * frame's own view.
 */
async function focusDiagnosis(page: Page, probe: OverlayProbe, selector: string): Promise<string> {
  const overlay = await probe
    .evaluate<string>(`
      const el = root?.querySelector(${JSON.stringify(selector)});
      if (!el) return 'the element is gone';
      const r = el.getBoundingClientRect();
      const x = r.x + r.width / 2, y = r.y + r.height / 2;
      const hit = root.elementFromPoint(x, y);
      const name = (e) => e ? e.localName + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '') : 'nothing';
      return 'element at ' + [r.x, r.y, r.width, r.height].map(Math.round).join(',') + ' in a ' + innerWidth + 'x' + innerHeight +
        ' view; at its centre: ' + name(hit) + (hit === el ? ' (itself)' : '') + '; page focus: ' + name(document.activeElement) +
        ', has focus ' + document.hasFocus() + '; overlay focus: ' + name(root.activeElement);`)
    .catch((e: unknown) => `overlay not readable: ${String(e)}`);
  const frames = await Promise.all(
    page
      .frames()
      .filter((f) => f.url().includes('/extension/pages/text-field/'))
      .map(async (f) => {
        const view = await answerSoon(f, () => {
          const field = document.querySelector('textarea, input');
          return `hasFocus ${document.hasFocus()}, active ${document.activeElement?.localName ?? 'none'}, connected ${field?.getAttribute('data-connected')}`;
        });
        return `${f.detached ? 'detached ' : ''}frame: ${view ?? 'no answer'}`;
      }),
  );
  return [overlay, ...frames].join('\n');
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
  // Keys that reach the page instead are counted, so a failure can say where they went.
  await page.evaluate(() => {
    const w = window as unknown as { __slPageKeys?: number };
    if (w.__slPageKeys !== undefined) return;
    w.__slPageKeys = 0;
    window.addEventListener('keydown', () => (w.__slPageKeys = (w.__slPageKeys ?? 0) + 1), true);
  });
  await probe.waitFor(selector);
  await connectedTextFields(page);
  await probe.click(selector);
  // The click lands in the field inside the frame: wait until it has the focus there and keys reach it (on a
  // busy machine either can take seconds). A field that did not take them is clicked again, as a reader would.
  const deadline = Date.now() + 30_000;
  let clickedAt = Date.now();
  for (;;) {
    const frame = await focusedTextFieldFrame(page);
    if (frame && (await keysReach(page, frame, 3_000))) break;
    if (Date.now() > deadline) {
      const toPage = await page.evaluate(() => (window as unknown as { __slPageKeys?: number }).__slPageKeys ?? 0).catch(() => 0);
      throw new Error(
        `Clicking ${selector} did not give a text field the keyboard (${frame ? 'a field had the focus, but no key reached it' : 'no field took the focus'}; ${toPage} keys reached the page)\n${await focusDiagnosis(page, probe, selector)}`,
      );
    }
    // Clicked again when no field took the focus after 2 s, or keys still went elsewhere after 6 s.
    if (Date.now() - clickedAt > (frame ? 6_000 : 2_000)) {
      await probe.click(selector);
      clickedAt = Date.now();
    } else if (!frame) {
      await new Promise((r) => setTimeout(r, 100));
    }
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
