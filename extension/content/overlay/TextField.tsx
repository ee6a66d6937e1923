// Where the reader types on an outlet page: an iframe of the extension's
// text-field page (pages/text-field/), so the page sees none of the keys,
// input, composition or clipboard events. The frame gets a private
// MessagePort, proved by the secret in its address; a frame the page
// navigated away is replaced by a new one with a new secret.

import { useRef } from 'preact/hooks';
import { type FromFrame, TEXT_FIELD_PAGE, type TextFieldInit, type TextFieldOptions, type ToFrame, textFieldQuery } from '../../shared/text-field-protocol.ts';
import { ExtensionUpdatedError } from '../../shared/worker-client.ts';
import { usePrivateFrame } from './use-private-frame.ts';

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

export function TextField(props: TextFieldProps) {
  const pendingReads = useRef<((value: string | null) => void)[]>([]);
  /** Focus asked for before the frame connected: given on connecting. */
  const focusOnConnect = useRef(false);
  const latest = useRef(props);
  latest.current = props;

  const frame = usePrivateFrame<ToFrame, FromFrame, TextFieldInit>(TEXT_FIELD_PAGE, () => textFieldQuery(props), {
    init: () => ({ value: latest.current.value }),
    onMessage: (m) => {
      if (m.type === 'value') latest.current.onValue(m.value, m.restored);
      else if (m.type === 'current') pendingReads.current.shift()?.(m.value);
      else if (m.type === 'submit') latest.current.onSubmit?.();
      else if (m.type === 'escape') {
        if (latest.current.onEscape) latest.current.onEscape();
        else frame.ref.current?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: false }));
      }
    },
    onConnect: () => {
      if (latest.current.autoFocus || focusOnConnect.current) handle.focus();
      focusOnConnect.current = false;
    },
    onDisconnect: () => {
      for (const resolve of pendingReads.current.splice(0)) resolve(null);
    },
  });

  const post = (message: ToFrame) => frame.post(message);
  const handle: TextFieldHandle = {
    // Only the frame focuses its field: focusing the iframe element from here as well started a second focus change,
    // from the page's process, that crossed the frame's own in the browser. Now and then that left both processes
    // sure the field had the focus while the browser sent the keys to the page, where they were lost; clicking the
    // field again did not mend it, as the frame saw nothing to report (saves.test.ts, issue #15).
    focus: () => {
      if (!post({ type: 'focus' })) focusOnConnect.current = true;
    },
    saved: (value) => post({ type: 'saved', value }),
    clearDraft: () => post({ type: 'clear-draft' }),
    read: () =>
      new Promise((resolve) => {
        pendingReads.current.push(resolve);
        if (!post({ type: 'read' })) pendingReads.current.pop()?.(null);
      }),
  };
  props.handle?.(handle);

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
      key={frame.key}
      ref={frame.ref}
      class="sl-text-field"
      src={frame.src}
      title={props.label}
      style={{ height: `${height}px`, display: props.hidden ? 'none' : 'block' }}
      onLoad={frame.onLoad}
      // Focus that reaches the frame element but not its document (a click the browser handled in the page, as
      // Chromium sometimes does while an out-of-process frame is busy): hand it to the field inside.
      onFocus={() => post({ type: 'focus' })}
      onMouseDown={() => post({ type: 'focus' })}
    />
  );
}
