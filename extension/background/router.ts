// Checks and dispatches worker-bound messages. Kept free of browser APIs so unit
// tests can drive it with forged senders and malformed payloads.
import { outletForHost } from '../../src/corpus/outlet-hosts.ts';
import {
  type Reply,
  type SenderKind,
  WORKER_MESSAGES,
  type WorkerMessageType,
  type WorkerPayload,
} from '../shared/messages.ts';
import { ValidationError } from '../shared/validate.ts';

/** The parts of the browser's MessageSender the router relies on. */
export interface MessageSenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface MessageContext {
  kind: SenderKind;
  tabId: number | null;
  /** The sending frame in its tab (0: the top frame), for scripts injected into it. */
  frameId: number | null;
  senderUrl: string;
}

export type Handlers = {
  [T in WorkerMessageType]: (payload: WorkerPayload<T>, context: MessageContext) => Promise<unknown> | unknown;
};

/**
 * A content script runs in a tab on an outlet's site; an extension page has
 * the extension's own origin. Anything else (another extension, a web page
 * through externally_connectable, a tab on another host) is nobody we serve.
 */
export function classifySender(sender: MessageSenderInfo, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId || !sender.url) return null;
  let parsed: URL;
  try {
    parsed = new URL(sender.url);
  } catch {
    return null;
  }
  // Compared as scheme + host: URL.origin is "null" for schemes a runtime does not know.
  if (`${parsed.protocol}//${parsed.host}` === extensionOrigin) return 'page';
  const isWeb = parsed.protocol === 'https:' || parsed.protocol === 'http:';
  if (isWeb && sender.tab && outletForHost(parsed.hostname)) return 'content';
  return null;
}

function refuse(error: string): Reply<never> {
  return { ok: false, error };
}

export async function routeMessage(
  handlers: Handlers,
  message: unknown,
  sender: MessageSenderInfo,
  extension: { id: string; origin: string },
): Promise<Reply<unknown>> {
  const kind = classifySender(sender, extension.id, extension.origin);
  if (!kind) return refuse('Refused: the message does not come from a Sourcelight page or an outlet page.');
  if (typeof message !== 'object' || message === null || typeof (message as { type?: unknown }).type !== 'string') {
    return refuse('Refused: a message must be an object with a string "type".');
  }
  const { type, payload } = message as { type: string; payload?: unknown };
  if (!Object.hasOwn(WORKER_MESSAGES, type)) return refuse(`Refused: unknown message type "${type}".`);
  const spec = WORKER_MESSAGES[type as WorkerMessageType];
  if (!(spec.from as readonly SenderKind[]).includes(kind)) {
    return refuse(`Refused: "${type}" may not be sent from a ${kind === 'content' ? 'web page' : 'extension page'}.`);
  }
  let checked: unknown;
  try {
    checked = spec.payload(payload, 'payload');
  } catch (error) {
    if (error instanceof ValidationError) return refuse(`Refused "${type}": ${error.message}`);
    throw error;
  }
  const context: MessageContext = {
    kind,
    tabId: sender.tab?.id ?? null,
    frameId: sender.frameId ?? null,
    senderUrl: sender.url ?? '',
  };
  try {
    const handler = handlers[type as WorkerMessageType] as (p: unknown, c: MessageContext) => unknown;
    return { ok: true, value: await handler(checked, context) };
  } catch (error) {
    return refuse(error instanceof Error ? error.message : String(error));
  }
}
