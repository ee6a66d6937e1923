// Sends requests to the background worker through a given sendMessage, and
// sends again when the worker went away mid-request. The browser stops an idle
// worker, and may stop it in the middle of a request: the message then fails
// with "Receiving end does not exist" or "The message port closed", or gets no
// answer. Such a request is sent again, with growing pauses, for a bounded
// time: the next message starts a new worker. Saves can be sent again safely
// because each carries its own id (the worker returns the stored record for a
// repeat). A tab whose extension was updated or reloaded can never reach the
// worker again: that is said plainly. No extension API here, so it is tested
// in Node with a fake sendMessage.
import type { WorkerReplies } from '../background/handlers.ts';
import type { Reply, WorkerMessageType, WorkerPayload } from './messages.ts';

export class WorkerError extends Error {
  override name = 'WorkerError';
}

/** The worker could not be reached (or did not answer) for the whole retry time. */
export class WorkerUnreachableError extends WorkerError {
  override name = 'WorkerUnreachableError';
}

/** This tab's content script belongs to an extension that has since been updated, reloaded or removed. */
export class ExtensionUpdatedError extends WorkerError {
  override name = 'ExtensionUpdatedError';
  constructor() {
    super('Sourcelight was updated: reload this page to keep highlighting; your note is kept.');
  }
}

export type SendMessage = (message: unknown) => Promise<unknown>;

export interface RetryPolicy {
  /** Give up after this long (from the first attempt). */
  totalMs: number;
  /** Pause before the second attempt; doubled each time, up to maxDelayMs. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** One attempt with no answer after this long counts as a failed attempt. */
  attemptTimeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { totalMs: 20_000, firstDelayMs: 100, maxDelayMs: 2_000, attemptTimeoutMs: 15_000 };

export interface WorkerClientOptions {
  retry?: RetryPolicy;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/**
 * Requests that are quick and safe to send again (reads, idempotent writes, a
 * save that carries its own id). Everything else — imports, adding articles,
 * exports, anything that may run for long or must not run twice — is sent once
 * and waited for however long it takes: a second copy of a 50-second import
 * commit would find its session already used.
 */
const RETRY_SAFE: ReadonlySet<WorkerMessageType> = new Set([
  // The gate's one request, sent while the browser may be stopping its idle worker; a second copy that lands finds the
  // overlay started already and does nothing (extension/content/overlay-entry.ts).
  'content/load-overlay',
  'page/recognize',
  'annotations/for-page',
  'annotations/create',
  'annotations/update',
  'annotations/restore',
  'annotations/purge',
  'categories/list',
  'site/get-prefs',
  'site/set-prefs',
  'corpus/article',
]);

const NO_ANSWER = Symbol('no answer');

export function isContextInvalidated(error: unknown): boolean {
  return /Extension context invalidated/i.test(String((error as Error | null)?.message ?? error));
}

/** Failures that mean the worker went away (or is starting again): worth sending once more. */
export function isTransient(error: unknown): boolean {
  const message = String((error as Error | null)?.message ?? error);
  return /Receiving end does not exist|Could not establish connection|message port closed|message channel closed|did not answer/i.test(
    message,
  );
}

export type AskWorker = <T extends WorkerMessageType & keyof WorkerReplies>(
  type: T,
  payload: WorkerPayload<T>,
) => Promise<WorkerReplies[T]>;

export function createWorkerClient(send: SendMessage, options: WorkerClientOptions = {}): AskWorker {
  const policy = options.retry ?? DEFAULT_RETRY;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? (() => Date.now());

  const attempt = async (message: unknown, retrySafe: boolean): Promise<unknown> => {
    if (!retrySafe) return send(message);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<typeof NO_ANSWER>((resolve) => {
      timer = setTimeout(() => resolve(NO_ANSWER), policy.attemptTimeoutMs);
    });
    try {
      return await Promise.race([send(message), timeout]);
    } finally {
      clearTimeout(timer);
    }
  };

  return async (type, payload) => {
    const started = now();
    const retrySafe = RETRY_SAFE.has(type);
    let delay = policy.firstDelayMs;
    for (;;) {
      let reply: unknown;
      let failure: unknown = null;
      try {
        reply = await attempt({ type, payload }, retrySafe);
        if (reply === NO_ANSWER || reply === undefined) failure = new WorkerError(`The worker did not answer "${type}".`);
      } catch (error) {
        if (isContextInvalidated(error)) throw new ExtensionUpdatedError();
        if (!isTransient(error)) throw new WorkerError((error as Error)?.message ?? String(error));
        failure = error;
      }
      if (failure === null) {
        const answer = reply as Reply<WorkerReplies[typeof type]>;
        if (!answer.ok) throw new WorkerError(answer.error);
        return answer.value;
      }
      if (!retrySafe || now() - started + delay > policy.totalMs) {
        throw new WorkerUnreachableError(
          `Sourcelight's background worker did not answer "${type}" (${(failure as Error).message ?? failure}).`,
        );
      }
      await sleep(delay);
      delay = Math.min(delay * 2, policy.maxDelayMs);
    }
  };
}
