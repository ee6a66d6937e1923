// The overlay script may be injected twice into one page: the gate sends its
// request again when the worker restarted mid-request, and the first copy may
// have arrived (worker-retry.ts). Each injection evaluates the whole bundle
// afresh against the same world's global object, as re-importing the entry
// module after a module reset does here: only the first copy starts.
import { afterEach, describe, expect, it, vi } from 'vitest';

const start = vi.fn(async () => undefined);
vi.mock('../../../extension/content/recognize-and-mount.ts', () => ({ start }));

const STARTED = Symbol.for('sourcelight.overlay-started');

afterEach(() => {
  delete (globalThis as { [STARTED]?: true })[STARTED];
  start.mockClear();
});

describe('the overlay entry', () => {
  it('starts on its first evaluation in a world', async () => {
    await import('../../../extension/content/overlay-entry.ts');
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('does nothing when evaluated again in the same world', async () => {
    vi.resetModules();
    await import('../../../extension/content/overlay-entry.ts');
    vi.resetModules();
    await import('../../../extension/content/overlay-entry.ts');
    expect(start).toHaveBeenCalledTimes(1);
  });
});
