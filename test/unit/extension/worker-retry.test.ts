// The worker client against a fake sendMessage: sends again across a worker
// restart (with growing pauses, for a bounded time), never repeats a refusal,
// and names an extension update plainly.

import { describe, expect, it, vi } from 'vitest';
import {
  createWorkerClient,
  ExtensionUpdatedError,
  type RetryPolicy,
  type SendMessage,
  WorkerError,
  WorkerUnreachableError,
} from '../../../extension/shared/worker-retry.ts';
import { fakeTime, gone, scripted } from '../helpers/scripted-send.ts';

const POLICY: RetryPolicy = { totalMs: 5_000, firstDelayMs: 100, maxDelayMs: 1_000, attemptTimeoutMs: 2_000 };

const portClosed = () => {
  throw new Error('The message port closed before a response was received.');
};
const SAVE = {
  saveId: 'c0ffee00-0000-4000-8000-000000000001',
  url: 'https://sputniknews.com/a',
  corpusId: null,
  selectors: {
    quote: { type: 'TextQuoteSelector' as const, exact: 'words' },
    position: { type: 'TextPositionSelector' as const, start: 0, end: 5 },
  },
  categoryId: 'claim',
  note: 'n',
  tags: [],
};

describe('askWorker retries', () => {
  it('sends the same message again after the worker went away, and returns the answer', async () => {
    const time = fakeTime();
    const { send, sent } = scripted([gone, portClosed, () => undefined, () => ({ ok: true, value: { id: SAVE.saveId } })]);
    const ask = createWorkerClient(send, { retry: POLICY, ...time });
    await expect(ask('annotations/create', SAVE)).resolves.toEqual({ id: SAVE.saveId });
    expect(sent).toHaveLength(4);
    for (const message of sent) expect(message).toEqual({ type: 'annotations/create', payload: SAVE });
    expect(time.pauses).toEqual([100, 200, 400]);
  });

  it('gives up after the bounded time with a clear error', async () => {
    const time = fakeTime();
    const { send, sent } = scripted([]);
    const ask = createWorkerClient(send, { retry: POLICY, ...time });
    const failure = ask('annotations/create', SAVE);
    await expect(failure).rejects.toBeInstanceOf(WorkerUnreachableError);
    await expect(failure).rejects.toThrow(/did not answer "annotations\/create"/);
    expect(time.now()).toBeLessThanOrEqual(POLICY.totalMs);
    expect(sent.length).toBeGreaterThan(3);
    expect(Math.max(...time.pauses)).toBe(POLICY.maxDelayMs);
  });

  it('counts an attempt with no answer at all as failed, and tries again', async () => {
    const time = fakeTime();
    const hangs = () => new Promise(() => undefined);
    const { send, sent } = scripted([hangs, () => ({ ok: true, value: 'collapsed' })]);
    const ask = createWorkerClient(send, { retry: { ...POLICY, attemptTimeoutMs: 20 }, ...time });
    await expect(ask('site/get-prefs', { host: 'sputniknews.com' })).resolves.toBe('collapsed');
    expect(sent).toHaveLength(2);
  });

  it('never repeats a refusal', async () => {
    const time = fakeTime();
    const { send, sent } = scripted([() => ({ ok: false, error: 'Refused "annotations/create": payload.note: too long' })]);
    const ask = createWorkerClient(send, { retry: POLICY, ...time });
    await expect(ask('annotations/create', SAVE)).rejects.toThrow(/too long/);
    expect(sent).toHaveLength(1);
  });

  it('does not repeat requests that must run once', async () => {
    const time = fakeTime();
    const { send, sent } = scripted([gone]);
    const ask = createWorkerClient(send, { retry: POLICY, ...time });
    await expect(ask('categories/create', { label: 'Loaded', color: '#1c7ed6' })).rejects.toBeInstanceOf(WorkerUnreachableError);
    expect(sent).toHaveLength(1);
  });

  it('waits for a long request that must not run twice, past the attempt timeout, and sends it once', async () => {
    vi.useFakeTimers();
    try {
      const sent: unknown[] = [];
      // An import commit that takes far longer than one attempt's timeout.
      const send: SendMessage = (message) => {
        sent.push(message);
        return new Promise((resolve) => setTimeout(() => resolve({ ok: true, value: { added: 3 } }), POLICY.attemptTimeoutMs * 5));
      };
      const ask = createWorkerClient(send, { retry: POLICY });
      const reply = ask('library/import-commit', { sessionId: 'session-1' });
      await vi.advanceTimersByTimeAsync(POLICY.attemptTimeoutMs * 5);
      await expect(reply).resolves.toMatchObject({ added: 3 });
      expect(sent).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says plainly that the extension was updated, without retrying', async () => {
    const time = fakeTime();
    const { send, sent } = scripted([
      () => {
        throw new Error('Extension context invalidated.');
      },
    ]);
    const ask = createWorkerClient(send, { retry: POLICY, ...time });
    const failure = ask('annotations/create', SAVE);
    await expect(failure).rejects.toBeInstanceOf(ExtensionUpdatedError);
    await expect(failure).rejects.toThrow('Sourcelight was updated: reload this page to keep highlighting; your note is kept.');
    expect(sent).toHaveLength(1);
  });

  it('passes other errors through once', async () => {
    const time = fakeTime();
    const { send, sent } = scripted([
      () => {
        throw new TypeError('Something else broke');
      },
    ]);
    const ask = createWorkerClient(send, { retry: POLICY, ...time });
    const failure = ask('categories/list', {});
    await expect(failure).rejects.toBeInstanceOf(WorkerError);
    await expect(failure).rejects.toThrow('Something else broke');
    expect(sent).toHaveLength(1);
  });
});

// The gate's request for the overlay: a page loaded while the browser stopped its idle worker used to get no overlay at
// all (the one message failed with "Receiving end does not exist"; the newer-database end-to-end case caught it about
// once in twelve runs). It is now retry-safe: sent again across the restart, never after a refusal or a reload.
describe('the gate asks the worker for the overlay', () => {
  const LOAD = { type: 'content/load-overlay', payload: {} };

  it('sends again while the worker restarts, then stops at the first yes', async () => {
    const time = fakeTime();
    const { send, sent } = scripted([gone, gone, () => undefined, () => ({ ok: true, value: null })]);
    const ask = createWorkerClient(send, { retry: { ...POLICY, totalMs: 20_000 }, ...time });
    await expect(ask('content/load-overlay', {})).resolves.toBeNull();
    expect(sent).toEqual([LOAD, LOAD, LOAD, LOAD]);
    expect(time.pauses).toEqual([100, 200, 400]);
  });

  it("passes a refusal on as the worker's words, sent once", async () => {
    const { send, sent } = scripted([() => ({ ok: false, error: 'The overlay can only be loaded into a tab.' })]);
    const ask = createWorkerClient(send, { retry: POLICY, ...fakeTime() });
    await expect(ask('content/load-overlay', {})).rejects.toThrow('The overlay can only be loaded into a tab.');
    expect(sent).toHaveLength(1);
  });

  it('never sends again from a tab whose extension was reloaded', async () => {
    const { send, sent } = scripted([
      () => {
        throw new Error('Extension context invalidated.');
      },
    ]);
    const ask = createWorkerClient(send, { retry: POLICY, ...fakeTime() });
    await expect(ask('content/load-overlay', {})).rejects.toBeInstanceOf(ExtensionUpdatedError);
    expect(sent).toHaveLength(1);
  });

  it('gives up after the bounded time, saying the worker could not be reached', async () => {
    const time = fakeTime();
    const { send, sent } = scripted([]);
    const ask = createWorkerClient(send, { retry: POLICY, ...time });
    await expect(ask('content/load-overlay', {})).rejects.toBeInstanceOf(WorkerUnreachableError);
    expect(sent).toHaveLength(time.pauses.length + 1);
    expect(time.now()).toBeLessThanOrEqual(POLICY.totalMs);
  });
});
