// Evaluating in the overlay's extension frames (text fields, the selection
// toolbar). They are out-of-process frames: an extension origin inside an
// outlet's page. Puppeteer tracks each such frame through the session it
// auto-attaches to the frame's target, and on a loaded machine it now and then
// never binds a new frame to its session: the frame is listed, loaded,
// connected and working (it takes the focus, the reader can type in it), but
// Frame.evaluate waits for an execution context that never comes, and so did
// evaluating through the frame's own Puppeteer session (`_client()`), which
// was still the page's. Tests saw "no field took the focus", a note missing
// from the fields' values, a save with no feedback. So the harness attaches a
// CDP session of its own to the frame's target (an out-of-process frame's
// target id is its frame id) and evaluates there, in the frame's default
// context, independent of what Puppeteer has heard.
import type { Browser, CDPSession, Frame } from 'puppeteer-core';

interface FrameWithId {
  /** The frame's id in the DevTools protocol: for an out-of-process frame, also its target's id. */
  _id: string;
}

const browserSessions = new WeakMap<Browser, Promise<CDPSession>>();
const frameSessions = new WeakMap<Frame, Promise<CDPSession | null>>();

function browserSession(browser: Browser): Promise<CDPSession> {
  let session = browserSessions.get(browser);
  if (!session) {
    session = browser.target().createCDPSession();
    browserSessions.set(browser, session);
  }
  return session;
}

/** A session of the harness's own on `frame`'s target, or null for a frame with no target of its own (in-process). */
function frameSession(frame: Frame): Promise<CDPSession | null> {
  let session = frameSessions.get(frame);
  if (!session) {
    session = (async () => {
      const browser = await browserSession(frame.page().browser());
      const targetId = (frame as unknown as FrameWithId)._id;
      const { targetInfos } = await browser.send('Target.getTargets');
      if (!targetInfos.some((t) => t.targetId === targetId && t.type === 'iframe')) return null;
      const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
      const own = browser.connection()?.session(sessionId);
      if (!own) throw new Error(`No session for frame ${frame.url()}`);
      return own;
    })();
    // A failed attach (the frame going away) is not kept: the next call tries again.
    session.catch(() => frameSessions.delete(frame));
    frameSessions.set(frame, session);
  }
  return session;
}

/** What `fn(...args)` returns in `frame`'s page world (fn must be self-contained, args JSON; as Frame.evaluate). */
export async function evaluateInFrame<A extends unknown[], T>(frame: Frame, fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> {
  const client = await frameSession(frame);
  if (!client) return frame.evaluate(fn as (...a: unknown[]) => T, ...args) as Promise<T>;
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
