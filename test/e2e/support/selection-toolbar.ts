// Driving Sourcelight's selection toolbar the way a reader does. Its controls
// are an extension page (pages/selection-toolbar/) in a frame inside the
// overlay's closed shadow root: the frame's place comes from the overlay (the
// probe), the control's place inside it from the frame's own document, and the
// real mouse and keyboard do the rest.
import type { Frame, Page } from 'puppeteer-core';
import { evaluateInFrame, waitInFrame } from './frame-evaluate.ts';
import type { OverlayProbe } from './overlay-probe.ts';
import { answerSoon, keysReach } from './text-field.ts';

const TOOLBAR_PAGE = '/extension/pages/selection-toolbar/index.html';

/** The toolbar frames on the page (one while the toolbar is open; none when closed). */
export function toolbarFrames(page: Page): Frame[] {
  return page.frames().filter((f) => !f.detached && f.url().includes(TOOLBAR_PAGE));
}

/** Whether the overlay shows the toolbar now. */
export async function toolbarOpen(probe: OverlayProbe): Promise<boolean> {
  return (await probe.query('.sl-toolbar')) !== null;
}

/** The open toolbar's frame once it shows its controls (connected to the overlay). */
export async function toolbarFrame(page: Page, probe: OverlayProbe, timeoutMs = 20_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe.query('.sl-toolbar iframe.sl-toolbar-frame').catch(() => null)) {
      const frames = toolbarFrames(page);
      const ready = await Promise.all(frames.map((f) => answerSoon(f, () => document.querySelector('[role="toolbar"]') !== null)));
      const frame = frames.filter((_, i) => ready[i]).at(-1);
      if (frame) return frame;
    }
    if (Date.now() > deadline) throw new Error('The selection toolbar never showed its controls');
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface ToolbarElement {
  text: string;
  attributes: Record<string, string>;
}

/** An element of the open toolbar (null when the toolbar or the element is not there). */
export async function toolbarQuery(page: Page, probe: OverlayProbe, selector: string): Promise<ToolbarElement | null> {
  if (!(await toolbarOpen(probe))) return null;
  const [frame] = toolbarFrames(page).slice(-1);
  if (!frame) return null;
  return evaluateInFrame(
    frame,
    (s: string) => {
      const el = document.querySelector(s);
      return el ? { text: el.textContent ?? '', attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])) } : null;
    },
    selector,
  ).catch(() => null);
}

/** Waits for an element of the open toolbar. */
export async function waitForToolbar(page: Page, probe: OverlayProbe, selector = '[role="toolbar"]', timeoutMs = 20_000): Promise<ToolbarElement> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await toolbarQuery(page, probe, selector).catch(() => null);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`The selection toolbar never showed ${selector}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Where, in the page's viewport, the centre of the toolbar's element `selector` is. */
export async function toolbarPoint(page: Page, probe: OverlayProbe, selector: string): Promise<{ x: number; y: number }> {
  const frame = await toolbarFrame(page, probe);
  await waitInFrame(frame, selector, { visible: true });
  const outer = await probe.waitForStill('.sl-toolbar iframe.sl-toolbar-frame');
  const inner = await evaluateInFrame(frame, (s: string) => {
    // As a reader would: scrolled into view inside the toolbar first.
    document.querySelector(s)!.scrollIntoView({ block: 'nearest' });
    const r = document.querySelector(s)!.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, selector);
  return { x: outer.rect.x + inner.x, y: outer.rect.y + inner.y };
}

/** Clicks the toolbar's element `selector` with the real mouse. */
export async function clickToolbar(page: Page, probe: OverlayProbe, selector: string): Promise<void> {
  const { x, y } = await toolbarPoint(page, probe, selector);
  await page.mouse.click(x, y);
}

/** Picks a category in the toolbar (as choosing it from the list does). */
export async function chooseToolbarCategory(page: Page, probe: OverlayProbe, id: string): Promise<void> {
  const frame = await toolbarFrame(page, probe);
  // What Frame.select does (set the value, then input and change events), through the harness's own session.
  await evaluateInFrame(
    frame,
    (value: string) => {
      const select = document.querySelector<HTMLSelectElement>('select[aria-label="Category"]')!;
      select.value = value;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    id,
  );
}

/** The toolbar's note as typed (null when the toolbar is not open). */
export async function toolbarNote(page: Page, probe: OverlayProbe): Promise<string | null> {
  if (!(await toolbarOpen(probe))) return null;
  const frame = await toolbarFrame(page, probe);
  return evaluateInFrame(frame, () => document.querySelector('textarea')!.value);
}

/** Opens the toolbar's note (Note…) if it is closed, clicks into it and types `text` with the real keyboard. */
export async function typeInToolbarNote(page: Page, probe: OverlayProbe, text: string): Promise<void> {
  await page.bringToFront();
  const frame = await toolbarFrame(page, probe);
  if ((await toolbarQuery(page, probe, 'button[aria-expanded]'))?.attributes['aria-expanded'] !== 'true') {
    await clickToolbar(page, probe, 'button[aria-expanded]'); // Note…
  }
  await waitInFrame(frame, 'textarea:not([hidden])');
  // The field takes the focus on opening; a click puts the caret in it as a reader would, and is repeated
  // until the frame has the keyboard (on a busy machine keys can go elsewhere for a while).
  const deadline = Date.now() + 30_000;
  for (;;) {
    await clickToolbar(page, probe, 'textarea');
    const focused = await answerSoon(frame, () => document.hasFocus() && document.activeElement?.localName === 'textarea');
    if (focused && (await keysReach(page, frame, 3_000))) break;
    if (Date.now() > deadline) throw new Error('The toolbar’s note never took the keyboard');
  }
  await page.keyboard.type(text);
}

/** The toolbar frame there is now (open, or closed a moment ago and still in its place), or null. */
function currentToolbarFrame(page: Page): Frame | null {
  return toolbarFrames(page).at(-1) ?? null;
}

/** Whether the toolbar's frame (open or closed a moment ago) says `text` in place of its controls, e.g. "Highlight saved.". */
export async function toolbarSays(page: Page, text: string): Promise<boolean> {
  const frame = currentToolbarFrame(page);
  if (!frame) return false;
  return evaluateInFrame(frame, (t: string) => document.querySelector('.sl-done-text')?.textContent?.includes(t) ?? false, text).catch(() => false);
}

/** Waits until the toolbar's frame confirms the save ("Highlight saved."); the frame that does. */
export async function waitForToolbarSaved(page: Page, timeoutMs = 20_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = currentToolbarFrame(page);
    if (frame && (await toolbarSays(page, 'Highlight saved.'))) return frame;
    if (Date.now() > deadline) throw new Error('The selection toolbar never said "Highlight saved."');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Clicks Undo on the toolbar frame's confirmation of a save, with the real mouse. */
export async function clickToolbarUndo(page: Page, probe: OverlayProbe): Promise<void> {
  const frame = await waitForToolbarSaved(page);
  const outer = await probe.waitForStill('iframe.sl-toolbar-frame');
  const inner = await evaluateInFrame(frame, () => {
    const r = document.querySelector('.sl-undo')!.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  await page.mouse.click(outer.rect.x + inner.x, outer.rect.y + inner.y);
}
