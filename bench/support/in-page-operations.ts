// The in-page half of timeInPageOperations (thread-clock.ts): what a bench bundles into a tab to have its operations
// timed by name, and the decoding of the base64 a bench hands its index over in.

/** The bytes of a base64 string (an index serialised in Node and passed to the page as text). */
export function decodeBase64(base64: string): Uint8Array {
  const s = atob(base64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Keeps results alive so no call can be optimised away. */
let sink: unknown = null;

/** Keeps `value` alive, as a timed operation's result is: for work an operation does besides what it returns. */
export function keep(value: unknown): void {
  sink = value;
}

/**
 * names() and runBatch(name, times) over the operations `current()` returns when asked (a bench's load() may replace
 * them): what timeInPageOperations calls in the page.
 */
export function timedOperations(current: () => Record<string, () => unknown>): { names(): string[]; runBatch(name: string, times: number): number } {
  return {
    names: () => Object.keys(current()),
    runBatch(name: string, times: number): number {
      if (times === 0) return 0;
      const operation = current()[name];
      if (!operation) throw new Error(`bench: no operation "${name}"`);
      for (let i = 0; i < times; i++) sink = operation();
      return sink === null ? 0 : 1;
    },
  };
}
