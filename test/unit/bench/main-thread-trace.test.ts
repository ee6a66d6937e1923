// The benchmark's split of a traced page load between the content script and
// the page (bench/support/main-thread-trace.ts): the content-script target is
// judged on it, so work must land on the side that did it.
import { describe, expect, it } from 'vitest';
import { splitMainThread } from '../../../bench/support/main-thread-trace.ts';

const PAGE = 'https://sputniknews.com/some-page.html';
const EXTENSION = 'chrome-extension://abc/content/gate.js';
const ISOLATED = { worldId: 5, worldName: 'Sourcelight' };

/** A trace-event array on one thread; times in microseconds. */
function trace(events: { name: string; ts: number; dur: number; tdur?: number; args?: Record<string, unknown> }[]): Uint8Array {
  const all = [{ name: 'ParseHTML', ts: 0, dur: 100, args: { beginData: { url: PAGE } } }, ...events];
  return new TextEncoder().encode(JSON.stringify({ traceEvents: all.map((e) => ({ ph: 'X', pid: 1, tid: 1, args: {}, ...e })) }));
}

describe('splitMainThread', () => {
  it('counts thread time apart from wall time, where the trace has it', () => {
    const split = splitMainThread(
      trace([
        { name: 'RunTask', ts: 1_000, dur: 5_000 },
        { name: 'EvaluateScript', ts: 1_000, dur: 4_800, tdur: 1_200, args: { data: { url: EXTENSION } } },
        { name: 'RunTask', ts: 7_000, dur: 500 },
        { name: 'TimerFire', ts: 7_000, dur: 400 },
        { name: 'v8.callFunction', ts: 7_010, dur: 300, args: ISOLATED },
      ]),
      PAGE,
    );
    expect(split.extensionScriptMs).toBeCloseTo(5.2, 6);
    // The timer event has no thread time: its wall time stands in.
    expect(split.extensionScriptCpuMs).toBeCloseTo(1.6, 6);
  });

  it('gives the content script its own evaluation, and the page its own scripts', () => {
    const split = splitMainThread(
      trace([
        { name: 'RunTask', ts: 1_000, dur: 1_000 },
        { name: 'EvaluateScript', ts: 1_000, dur: 900, args: { data: { url: EXTENSION } } },
        { name: 'RunTask', ts: 3_000, dur: 600 },
        { name: 'EvaluateScript', ts: 3_000, dur: 500, args: { data: { url: PAGE } } },
      ]),
      PAGE,
    );
    expect(split).toMatchObject({ extensionScriptMs: 0.9, pageScriptMs: 0.5, extensionTaskMs: 1, pageTaskMs: 0.6 });
  });

  it('gives the content script the whole of its own timer', () => {
    const split = splitMainThread(
      trace([
        { name: 'RunTask', ts: 1_000, dur: 800 },
        { name: 'TimerFire', ts: 1_000, dur: 700 },
        { name: 'v8.callFunction', ts: 1_010, dur: 600, args: ISOLATED },
        { name: 'FunctionCall', ts: 1_020, dur: 550, args: { data: { url: EXTENSION } } },
      ]),
      PAGE,
    );
    expect(split).toMatchObject({ extensionScriptMs: 0.7, pageScriptMs: 0 });
  });

  it('splits a page script whose DOM change runs the content script’s observer in its microtasks', () => {
    const split = splitMainThread(
      trace([
        { name: 'RunTask', ts: 1_000, dur: 3_000 },
        { name: 'EvaluateScript', ts: 1_000, dur: 2_500, args: { data: { url: PAGE } } },
        { name: 'v8.run', ts: 1_010, dur: 2_400, args: { fileName: PAGE, worldId: 0 } },
        { name: 'RunMicrotasks', ts: 3_100, dur: 300 },
        { name: 'v8.callFunction', ts: 3_110, dur: 200, args: ISOLATED },
        { name: 'FunctionCall', ts: 3_120, dur: 180, args: { data: { url: EXTENSION } } },
      ]),
      PAGE,
    );
    expect(split.extensionScriptMs).toBeCloseTo(0.2, 6);
    expect(split.pageScriptMs).toBeCloseTo(2.3, 6);
    // The whole task still counts toward the upper bound, as it ran extension work.
    expect(split.extensionTaskMs).toBe(3);
  });
});
