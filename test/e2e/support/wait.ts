// Waiting on conditions outside the page (the worker's answers, files the
// browser downloads), polled until a deadline: never a fixed sleep.
import { readdirSync } from 'node:fs';

/** Polls `condition` (a throw counts as not yet) every 200 ms until it holds; throws after `timeoutMs`. */
export async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error('The condition never held');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The name of the first file in `dir` matching `pattern` once the browser has written one. */
export async function waitForFile(dir: string, pattern: RegExp, timeoutMs = 15_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const found = readdirSync(dir).find((f) => pattern.test(f));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No file matching ${pattern} was downloaded to ${dir}`);
}

/**
 * `action`'s result, or an error naming `label` if it has not settled within `ms`. A CDP call that never answers
 * (a key sent while the focus crosses into or out of an out-of-process frame, say) otherwise shows only as the test's
 * own 60 s timeout, with no line to tell which step hung.
 */
export async function within<T>(label: string, action: Promise<T>, ms = 15_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no answer in ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([action, late]);
  } finally {
    clearTimeout(timer);
  }
}
