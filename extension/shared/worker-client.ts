// Typed requests to the background worker from content scripts and extension
// pages. A refusal or failure comes back as a thrown Error with the worker's
// message, so callers show it instead of acting on missing data.
import browser from 'webextension-polyfill';
import type { WorkerReplies } from '../background/handlers.ts';
import type { Reply, WorkerMessageType, WorkerPayload } from './messages.ts';

export class WorkerError extends Error {
  override name = 'WorkerError';
}

export async function askWorker<T extends WorkerMessageType & keyof WorkerReplies>(
  type: T,
  payload: WorkerPayload<T>,
): Promise<WorkerReplies[T]> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<WorkerReplies[T]> | undefined;
  if (!reply) throw new WorkerError(`Sourcelight's background worker did not answer "${type}".`);
  if (!reply.ok) throw new WorkerError(reply.error);
  return reply.value;
}
