// Evaluating in the overlay's extension frames (text fields, the selection
// toolbar). They are out-of-process frames: an extension origin inside an
// outlet's page. Puppeteer's Frame.evaluate waits for the execution context it
// tracks for the frame, and on a loaded machine it now and then never learns
// of one (the frame is loaded, connected and working): that evaluate then
// waits until it times out, and a test saw "no field took the focus", a
// missing note or a save with no feedback. Asking the frame's own CDP session
// with no context id runs in the frame's default context at once, without
// waiting for Puppeteer to have heard of it.
import type { CDPSession, Frame } from 'puppeteer-core';

interface FrameWithClient {
  /** Puppeteer's CDP session for the frame: its own target's for an out-of-process frame. Internal, used by DevTools. */
  _client(): CDPSession;
}

const clientOf = (frame: Frame): CDPSession => (frame as unknown as FrameWithClient)._client();

/** What `fn(...args)` returns in `frame`'s page world (fn must be self-contained, args JSON; as Frame.evaluate). */
export async function evaluateInFrame<A extends unknown[], T>(frame: Frame, fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> {
  const client = clientOf(frame);
  // An in-process frame shares the page's session, where no context id means the page's own main frame.
  if (client === clientOf(frame.page().mainFrame())) return frame.evaluate(fn as (...a: unknown[]) => T, ...args) as Promise<T>;
  const result = (await client.send('Runtime.evaluate', {
    expression: `(${fn.toString()})(...${JSON.stringify(args)})`,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value?: unknown }; exceptionDetails?: { exception?: { description?: string }; text: string } };
  if (result.exceptionDetails) {
    throw new Error(`In frame ${frame.url()}: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
  }
  return result.result.value as T;
}

/** Waits until `selector` matches an element in `frame`, a visible one if asked (as Frame.waitForSelector, without its context wait). */
export async function waitInFrame(frame: Frame, selector: string, { visible = false, timeoutMs = 20_000 } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const shown = await evaluateInFrame(
      frame,
      (s: string, mustShow: boolean) => {
        const el = document.querySelector(s);
        if (!el) return false;
        if (!mustShow) return true;
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      },
      selector,
      visible,
    ).catch(() => false);
    if (shown) return;
    if (Date.now() > deadline) throw new Error(`${selector} never showed in frame ${frame.url()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
