// Where the reader types on an outlet page: an iframe of the extension's
// text-field page (pages/text-field/), so the page sees none of the keys,
// input, composition or clipboard events. The frame gets a private
// MessagePort, proved by the secret in its address; a frame the page
// navigated away is replaced by a new one with a new secret.

import { useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import {
  type ConnectMessage,
  type FromFrame,
  TEXT_FIELD_PAGE,
  type TextFieldOptions,
  type ToFrame,
  textFieldQuery,
} from '../../shared/text-field-protocol.ts';
import { ExtensionUpdatedError } from '../../shared/worker-client.ts';
import { randomId } from '../random-id.ts';

export interface TextFieldHandle {
  focus(): void;
  /** The value is stored: the frame drops its draft (or keeps a newer one against it). */
  saved(value: string): void;
  /** The draft was used for a new highlight: forget it. */
  clearDraft(): void;
  /**
   * The value as the frame has it now. A click in the page can arrive before the
   * frame's last input messages: saving asks first, so no keystroke is lost.
   * Null when the frame is not connected.
   */
  read(): Promise<string | null>;
}

export interface TextFieldProps extends TextFieldOptions {
  /** The stored value the field starts from. */
  value: string;
  /** Every change the reader makes, and a draft offered back on connecting (`restored`). */
  onValue: (value: string, restored: boolean) => void;
  onSubmit?: () => void;
  /** Without it, Escape acts as if pressed on the frame element (closing the toolbar or panel around it). */
  onEscape?: () => void;
  autoFocus?: boolean;
  hidden?: boolean;
  handle?: (handle: TextFieldHandle) => void;
}

const LINE_PX = 20;

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

export function TextField(props: TextFieldProps) {
  const [generation, setGeneration] = useState(0);
  const [frame] = useState(() => ({ secret: '', src: '', loads: 0, generation: -1 }));
  const element = useRef<HTMLIFrameElement>(null);
  const port = useRef<MessagePort | null>(null);
  const pendingReads = useRef<((value: string | null) => void)[]>([]);
  /** Focus asked for before the frame connected: given on connecting. */
  const focusOnConnect = useRef(false);
  const latest = useRef(props);
  latest.current = props;

  if (frame.generation !== generation) {
    frame.generation = generation;
    frame.secret = randomId();
    frame.loads = 0;
    try {
      frame.src = `${browser.runtime.getURL(TEXT_FIELD_PAGE)}?${textFieldQuery(props)}#${frame.secret}`;
    } catch {
      // This tab's extension was updated or reloaded: its pages cannot be framed any more.
      frame.src = '';
    }
  }

  const post = (message: ToFrame) => port.current?.postMessage(message);
  const handle: TextFieldHandle = {
    // Only the frame focuses its field: focusing the iframe element from here as well started a second focus change,
    // from the page's process, that crossed the frame's own in the browser. Now and then that left both processes
    // sure the field had the focus while the browser sent the keys to the page, where they were lost; clicking the
    // field again did not mend it, as the frame saw nothing to report (saves.test.ts, issue #15).
    focus: () => {
      if (port.current) post({ type: 'focus' });
      else focusOnConnect.current = true;
    },
    saved: (value) => post({ type: 'saved', value }),
    clearDraft: () => post({ type: 'clear-draft' }),
    read: () =>
      new Promise((resolve) => {
        if (!port.current) return resolve(null);
        pendingReads.current.push(resolve);
        post({ type: 'read' });
      }),
  };
  props.handle?.(handle);

  const onLoad = () => {
    frame.loads += 1;
    port.current?.close();
    port.current = null;
    for (const resolve of pendingReads.current.splice(0)) resolve(null);
    if (frame.loads > 1) {
      // Someone else navigated the frame: never talk to what is there now.
      setGeneration((g) => g + 1);
      return;
    }
    const channel = new MessageChannel();
    port.current = channel.port1;
    channel.port1.onmessage = (event: MessageEvent<FromFrame>) => {
      const m = event.data;
      if (m.type === 'value') latest.current.onValue(m.value, m.restored);
      else if (m.type === 'current') pendingReads.current.shift()?.(m.value);
      else if (m.type === 'submit') latest.current.onSubmit?.();
      else if (m.type === 'escape') {
        if (latest.current.onEscape) latest.current.onEscape();
        else element.current?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: false }));
      }
    };
    const connect: ConnectMessage = { sourcelight: 'text-field/connect', secret: frame.secret, value: latest.current.value };
    element.current?.contentWindow?.postMessage(connect, frameOrigin(frame.src), [channel.port2]);
    if (latest.current.autoFocus || focusOnConnect.current) handle.focus();
    focusOnConnect.current = false;
  };

  if (!frame.src) {
    return (
      <p class="sl-error" role="alert">
        {new ExtensionUpdatedError().message}
      </p>
    );
  }
  const height = props.multiline ? (props.rows ?? 3) * LINE_PX + 12 : LINE_PX + 12;
  return (
    <iframe
      key={generation}
      ref={element}
      class="sl-text-field"
      src={frame.src}
      title={props.label}
      style={{ height: `${height}px`, display: props.hidden ? 'none' : 'block' }}
      onLoad={onLoad}
      // Focus that reaches the frame element but not its document (a click the browser handled in the page, as
      // Chromium sometimes does while an out-of-process frame is busy): hand it to the field inside.
      onFocus={() => post({ type: 'focus' })}
      onMouseDown={() => post({ type: 'focus' })}
    />
  );
}
