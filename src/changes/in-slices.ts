// Runs a generator of bounded steps in time slices, yielding to the event loop
// between slices so that no slice is a long task on the page's main thread.

/** Runs `steps` to the end, at most about `sliceMs` of work at a time; stops early (null) when `cancelled()` says so. */
export async function runInSlices<T>(steps: Generator<void, T, void>, sliceMs = 8, cancelled: () => boolean = () => false): Promise<T | null> {
  for (;;) {
    const deadline = performance.now() + sliceMs;
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      if (performance.now() >= deadline) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (cancelled()) return null;
  }
}
