// The reader's highlights as Sourcelight draws them on an outlet page: boxes
// in the overlay's closed shadow root (extension/content/highlights/
// private-marks.ts), which the page's scripts cannot reach. A test reads them
// the way only the extension can, through the probe, in the content script's
// world: each mark's range (its element keeps it), colour and boxes.
import type { Page } from 'puppeteer-core';
import { OverlayProbe } from './overlay-probe.ts';

type Rect = { x: number; y: number; width: number; height: number };

export interface DrawnMark {
  /** The marked text (its Range's toString()). */
  text: string;
  /** The underline colour: the category's (or the teacher's set's) colour, as given. */
  color: string;
  /** The boxes drawn, in client coordinates. */
  boxes: Rect[];
  /** The client rects of the range's text, to compare the boxes with. */
  textRects: Rect[];
}

/** Every reader mark drawn on the page (probe: one already attached, else one is attached for this look). */
export async function drawnMarks(page: Page, extensionId: string, probe?: OverlayProbe): Promise<DrawnMark[]> {
  const own = probe ? null : await OverlayProbe.attach(page, extensionId);
  try {
    return await (probe ?? own!).evaluate<DrawnMark[]>(`
      const rect = (r) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
      return [...(root?.querySelectorAll('.sl-marks > .sl-mark') ?? [])].map((el) => ({
        text: el.markedRange?.toString() ?? '',
        color: el.style.getPropertyValue('--sl-mark-line'),
        boxes: [...el.querySelectorAll('.sl-mark-box')].map((b) => rect(b.getBoundingClientRect())),
        textRects: el.markedRange ? [...el.markedRange.getClientRects()].filter((r) => r.width > 0).map(rect) : [],
      }));`);
  } finally {
    await own?.detach();
  }
}

/** The texts of the reader's highlights drawn on the page. */
export async function drawnMarkTexts(page: Page, extensionId: string, probe?: OverlayProbe): Promise<string[]> {
  return (await drawnMarks(page, extensionId, probe)).map((m) => m.text);
}
