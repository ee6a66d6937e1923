// The gate's one message: "load the rest of the content script into this
// page". It is sent once per page, and the browser may be stopping an idle
// worker at that very moment: the message then fails with "Receiving end does
// not exist" (or gets no reply), and without a second try the page would show
// nothing at all. So it is sent again, with growing pauses, for a bounded time,
// the same failures counting as transient as for every other request
// (worker-retry.ts). Sending it twice is safe: the overlay script starts only
// once per page (overlay-entry.ts). No extension API here, so it is tested in
// Node with a fake sendMessage; the gate stays small (a loop, no client).
import { isContextInvalidated, isTransient, type SendMessage } from '../shared/worker-retry.ts';

export const LOAD_OVERLAY_MESSAGE = { type: 'content/load-overlay', payload: {} } as const;

export interface OverlayRequestTiming {
  /** Give up after this long (from the first attempt). */
  totalMs: number;
  /** Pause before the second attempt; doubled each time, up to 2 s. */
  firstDelayMs: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const DEFAULT_TIMING: OverlayRequestTiming = { totalMs: 20_000, firstDelayMs: 100 };

/**
 * Asks the worker to load the overlay; resolves to null once it did, or to the
 * sentence to log when it refused, could not be reached in time, or this tab
 * belongs to an extension that was since reloaded (never sent again then).
 */
export async function requestOverlay(send: SendMessage, timing: OverlayRequestTiming = DEFAULT_TIMING): Promise<string | null> {
  const sleep = timing.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = timing.now ?? (() => Date.now());
  const started = now();
  let delay = timing.firstDelayMs;
  for (;;) {
    let failure: string;
    try {
      const reply = (await send(LOAD_OVERLAY_MESSAGE)) as { ok: boolean; error?: string } | undefined;
      if (reply?.ok) return null;
      if (reply) return reply.error ?? 'the background worker refused to load the overlay.';
      failure = 'the background worker did not answer.';
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (isContextInvalidated(error) || !isTransient(error)) return message;
      failure = message;
    }
    if (now() - started + delay > timing.totalMs) return `the background worker could not be reached (${failure})`;
    await sleep(delay);
    delay = Math.min(delay * 2, 2_000);
  }
}
