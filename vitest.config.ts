import { defineConfig } from 'vitest/config';

// Two suites: the core in Node (fast, fake-indexeddb where needed) and the
// end-to-end suite that drives a real Chromium/Firefox with the built extension.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'node',
          // A unit test's time limit is there to catch a hang, not to time it (benchmarks do that). The first case
          // of a file pays for data built once and cached (the statements' corpus directory alone took 5–7 s with
          // the machine's two cores loaded 14 deep), so vitest's 5 s default failed such a case now and then.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
