// Typed requests to the background worker from content scripts and extension
// pages. A refusal or failure comes back as a thrown Error with the worker's
// message, so callers show it instead of acting on missing data; a worker
// that went away mid-request is asked again (worker-retry.ts).
import browser from 'webextension-polyfill';
import { type AskWorker, createWorkerClient } from './worker-retry.ts';

export { ExtensionUpdatedError, WorkerError, WorkerUnreachableError } from './worker-retry.ts';

export const askWorker: AskWorker = createWorkerClient((message) => browser.runtime.sendMessage(message));
