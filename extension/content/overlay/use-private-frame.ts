// One of the overlay's extension pages framed in an outlet page (a text field,
// the selection toolbar), with its private MessagePort: the frame's address
// carries a secret (see shared/frame-connection.ts) that the page cannot read
// in the closed shadow root. A frame the page navigated away is replaced by a
// new one with a new secret, and nothing is said to what is there now.

import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ConnectMessage } from '../../shared/frame-connection.ts';
import { randomId } from '../random-id.ts';

export interface PrivateFrame<ToFrame> {
  /** The frame's address; empty when this tab's extension was updated or reloaded (its pages cannot be framed any more). */
  src: string;
  /** Changes when the frame is replaced: the iframe element's key. */
  key: number;
  ref: RefObject<HTMLIFrameElement | null>;
  onLoad: () => void;
  /** Sends to the frame; false when it is not connected (yet, or any more). */
  post: (message: ToFrame) => boolean;
}

export interface PrivateFrameOptions<FromFrame, Init> {
  /** What the page starts from, read when it connects. */
  init: () => Init;
  onMessage: (message: FromFrame) => void;
  /** The frame is connected: messages can be posted. */
  onConnect?: () => void;
  /** The frame went (navigated away or reloaded): answers awaited from it will not come. */
  onDisconnect?: () => void;
}

/**
 * The origin the frame's document has. Chromium loads a dynamic address
 * (use_dynamic_url) as a document of the extension's own id; Firefox's
 * moz-extension address already is the document's origin.
 */
function frameOrigin(url: string): string {
  const parsed = new URL(url);
  const host = parsed.protocol === 'chrome-extension:' ? browser.runtime.id : parsed.host;
  return `${parsed.protocol}//${host}`;
}

/** `page` (an extension path) framed with `query` (read once per frame: it is the frame's address). */
export function usePrivateFrame<ToFrame, FromFrame, Init>(
  page: string,
  query: () => string,
  options: PrivateFrameOptions<FromFrame, Init>,
): PrivateFrame<ToFrame> {
  const [generation, setGeneration] = useState(0);
  const [frame] = useState(() => ({ secret: '', src: '', loads: 0, generation: -1 }));
  const ref = useRef<HTMLIFrameElement>(null);
  const port = useRef<MessagePort | null>(null);
  const latest = useRef(options);
  latest.current = options;

  if (frame.generation !== generation) {
    frame.generation = generation;
    frame.secret = randomId();
    frame.loads = 0;
    try {
      frame.src = `${browser.runtime.getURL(page)}?${query()}#${frame.secret}`;
    } catch {
      frame.src = '';
    }
  }

  const post = (message: ToFrame): boolean => {
    if (!port.current) return false;
    port.current.postMessage(message);
    return true;
  };

  const onLoad = () => {
    frame.loads += 1;
    const hadPort = port.current !== null;
    port.current?.close();
    port.current = null;
    if (hadPort) latest.current.onDisconnect?.();
    if (frame.loads > 1) {
      // Someone else navigated the frame: never talk to what is there now.
      setGeneration((g) => g + 1);
      return;
    }
    const channel = new MessageChannel();
    port.current = channel.port1;
    channel.port1.onmessage = (event: MessageEvent<FromFrame>) => latest.current.onMessage(event.data);
    const connect: ConnectMessage<Init> = { sourcelight: 'frame/connect', secret: frame.secret, init: latest.current.init() };
    ref.current?.contentWindow?.postMessage(connect, frameOrigin(frame.src), [channel.port2]);
    latest.current.onConnect?.();
  };

  return { src: frame.src, key: generation, ref, onLoad, post };
}
