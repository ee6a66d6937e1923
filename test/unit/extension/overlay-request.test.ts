// The gate's request for the overlay against a fake sendMessage: a page loaded
// while the browser stops its idle worker used to get no overlay at all (the
// one message failed with "Receiving end does not exist"; the newer-database
// end-to-end case caught it about once in twelve runs). The request is now
// sent again across the restart, for a bounded time, and never repeated after
// a refusal or an extension reload.

import { describe, expect, it } from 'vitest';
import { LOAD_OVERLAY_MESSAGE, requestOverlay } from '../../../extension/content/overlay-request.ts';
import { fakeTime, gone, scripted } from '../helpers/scripted-send.ts';

describe('the gate asks the worker for the overlay', () => {
  it('sends again while the worker restarts, then stops at the first yes', async () => {
    const time = fakeTime();
    const { send, sent } = scripted([gone, gone, () => undefined, () => ({ ok: true, value: null })]);
    expect(await requestOverlay(send, { totalMs: 20_000, firstDelayMs: 100, ...time })).toBeNull();
    expect(sent).toEqual([LOAD_OVERLAY_MESSAGE, LOAD_OVERLAY_MESSAGE, LOAD_OVERLAY_MESSAGE, LOAD_OVERLAY_MESSAGE]);
    expect(time.pauses).toEqual([100, 200, 400]);
  });

  it('sends once when the first try is answered', async () => {
    const { send, sent } = scripted([() => ({ ok: true, value: null })]);
    expect(await requestOverlay(send, { totalMs: 20_000, firstDelayMs: 100, ...fakeTime() })).toBeNull();
    expect(sent).toHaveLength(1);
  });

  it("passes a refusal on as the worker's words, sent once", async () => {
    const { send, sent } = scripted([() => ({ ok: false, error: 'The overlay can only be loaded into a tab.' })]);
    expect(await requestOverlay(send, { totalMs: 20_000, firstDelayMs: 100, ...fakeTime() })).toBe('The overlay can only be loaded into a tab.');
    expect(sent).toHaveLength(1);
  });

  it('never sends again from a tab whose extension was reloaded, nor after an unknown error', async () => {
    const reloaded = scripted([
      () => {
        throw new Error('Extension context invalidated.');
      },
    ]);
    expect(await requestOverlay(reloaded.send, { totalMs: 20_000, firstDelayMs: 100, ...fakeTime() })).toMatch(/context invalidated/);
    expect(reloaded.sent).toHaveLength(1);
    const odd = scripted([
      () => {
        throw new Error('No tab with id: 7.');
      },
    ]);
    expect(await requestOverlay(odd.send, { totalMs: 20_000, firstDelayMs: 100, ...fakeTime() })).toBe('No tab with id: 7.');
    expect(odd.sent).toHaveLength(1);
  });

  it('gives up after the bounded time with the last failure in words, pauses capped at two seconds', async () => {
    const time = fakeTime();
    const { send, sent } = scripted([]);
    const problem = await requestOverlay(send, { totalMs: 10_000, firstDelayMs: 100, ...time });
    expect(problem).toMatch(/could not be reached \(Could not establish connection\. Receiving end does not exist\.\)/);
    expect(time.pauses).toEqual([100, 200, 400, 800, 1_600, 2_000, 2_000, 2_000]);
    expect(sent).toHaveLength(time.pauses.length + 1);
    expect(time.now()).toBeLessThanOrEqual(10_000);
  });
});
