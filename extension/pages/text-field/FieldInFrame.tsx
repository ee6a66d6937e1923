// The one field a text-field frame holds (see main.tsx for why it is framed).
// Until the overlay connects, what is typed stays in the field only; on
// connecting, the field starts from the stored value (or its draft) with that
// typing kept after it (starting-value.ts), and from then on every input goes
// to the overlay and into the draft.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FromFrame, TextFieldInit, TextFieldOptions, ToFrame } from '../../shared/text-field-protocol.ts';
import type { DraftStore } from './drafts.ts';
import { type HeldKeys, useKeyAction } from './key-release.ts';
import { startingValue } from './starting-value.ts';

export interface FieldInFrameProps {
  options: TextFieldOptions;
  /** The overlay's connect message (connectionFromOverlay, listened for before the first render). */
  connection: Promise<{ port: MessagePort; init: TextFieldInit }>;
  drafts: DraftStore;
  heldKeys: HeldKeys;
}

export function FieldInFrame({ options, connection, drafts, heldKeys }: FieldInFrameProps) {
  const [value, setValue] = useState('');
  const [connected, setConnected] = useState(false);
  const port = useRef<MessagePort | null>(null);
  const base = useRef('');
  const current = useRef('');
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const composing = useRef(false);
  /** The start, held back while a composition (an input method) is open: setting the value would cancel it. */
  const startAfterComposition = useRef<(() => void) | null>(null);

  const send = (message: FromFrame) => port.current?.postMessage(message);

  useEffect(() => {
    void connection.then(({ port: channel, init: { value: stored } }) => {
      const start = () => {
        const typedBefore = current.current;
        const { value: first, offer, restored } = startingValue(stored, drafts.read(), typedBefore);
        base.current = stored;
        current.current = first;
        port.current = channel;
        // Messages wait on the port until this is set: a `read` is answered only with the value started from.
        channel.onmessage = (message: MessageEvent<ToFrame>) => {
          const m = message.data;
          if (m.type === 'focus') field.current?.focus();
          else if (m.type === 'clear-draft') drafts.write(null);
          else if (m.type === 'read') send({ type: 'current', value: current.current });
          else if (m.type === 'saved') {
            base.current = m.value;
            drafts.write({ base: m.value, value: current.current });
          }
        };
        setValue(first);
        setConnected(true);
        if (typedBefore !== '') drafts.write({ base: stored, value: first });
        // Only news goes to the overlay: it gave the stored value itself. (An echo of it would count as typing
        // there, and a wrong echo could be saved over the reader's note.)
        if (offer) send({ type: 'value', value: first, restored });
      };
      if (composing.current) startAfterComposition.current = start;
      else start();
    });
    // Tabbing into the frame, or the overlay focusing it, lands in the field.
    const onFocus = () => field.current?.focus();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  const onInput = (event: Event) => {
    current.current = (event.target as HTMLTextAreaElement).value;
    setValue(current.current);
    if (!port.current) return; // Not connected yet: kept in the field, and joined to the stored value on connecting.
    drafts.write({ base: base.current, value: current.current });
    send({ type: 'value', value: current.current, restored: false });
  };
  const onCompositionEnd = () => {
    composing.current = false;
    const start = startAfterComposition.current;
    startAfterComposition.current = null;
    // After the composition's last input event, which may follow compositionend.
    if (start) setTimeout(start);
  };
  // Submit and Escape act once the keys are released (see key-release.ts).
  const onKeyDown = useKeyAction<'submit' | 'escape'>(
    heldKeys,
    (event) => {
      if (event.key === 'Escape') return 'escape';
      if (event.key === 'Enter' && !event.isComposing && (options.multiline ? event.ctrlKey || event.metaKey : !event.shiftKey)) return 'submit';
      return null;
    },
    (action) => send({ type: action }),
  );

  const common = {
    ref: field,
    value,
    'data-connected': connected ? 'true' : 'false',
    'aria-label': options.label,
    placeholder: options.placeholder,
    onInput,
    onKeyDown,
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd,
  };
  return options.multiline ? <textarea {...common} rows={options.rows ?? 3} /> : <input type="text" {...common} />;
}
