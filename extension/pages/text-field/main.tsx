// One text field (a note, a speaker, a name) for the overlay on outlet pages.
// It runs as an extension page inside an iframe in the overlay's closed shadow
// root, so the page never sees a key, an input, a composition or a paste. It
// talks only over the MessagePort the overlay hands it with the secret from
// this page's address (see shared/text-field-protocol.ts); what is typed is
// kept as a draft in extension-origin storage until it is saved.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import '../../ui/theme.css';
import './text-field.css';
import { connectionFromOverlay } from '../../shared/frame-connection.ts';
import { type FromFrame, isTextFieldInit, readTextFieldQuery, type ToFrame } from '../../shared/text-field-protocol.ts';
import { draftStore } from './drafts.ts';
import { trackHeldKeys, useKeyAction } from './key-release.ts';

const options = readTextFieldQuery(location.search);
const drafts = draftStore(options.draftKey);
// Listened for at once, before anything renders (see connectionFromOverlay).
const connection = connectionFromOverlay(isTextFieldInit);
const heldKeys = trackHeldKeys();

function TextField() {
  const [value, setValue] = useState('');
  const [connected, setConnected] = useState(false);
  const port = useRef<MessagePort | null>(null);
  const base = useRef('');
  const current = useRef('');
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);

  const send = (message: FromFrame) => port.current?.postMessage(message);

  useEffect(() => {
    void connection.then(({ port: channel, init: { value: stored } }) => {
      port.current = channel;
      base.current = stored;
      const draft = drafts.read();
      const restored = draft !== null && draft.base === stored && draft.value !== stored;
      current.current = restored ? draft.value : stored;
      setValue(current.current);
      setConnected(true);
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
      // Only a draft offered back is news to the overlay: it gave the stored value itself. (An echo of it would
      // count as typing there, and a wrong echo could be saved over the reader's note.)
      if (restored) send({ type: 'value', value: current.current, restored });
    });
    // Tabbing into the frame, or the overlay focusing it, lands in the field.
    const onFocus = () => field.current?.focus();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  const onInput = (event: Event) => {
    current.current = (event.target as HTMLTextAreaElement).value;
    setValue(current.current);
    drafts.write({ base: base.current, value: current.current });
    send({ type: 'value', value: current.current, restored: false });
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
    // Read-only (still focusable) until the overlay has connected and given the stored value.
    readOnly: !connected,
    'data-connected': connected ? 'true' : 'false',
    'aria-label': options.label,
    placeholder: options.placeholder,
    onInput,
    onKeyDown,
  };
  return options.multiline ? <textarea {...common} rows={options.rows ?? 3} /> : <input type="text" {...common} />;
}

render(<TextField />, document.getElementById('app')!);
