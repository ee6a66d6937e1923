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
import {
  type ConnectMessage,
  type FromFrame,
  readTextFieldQuery,
  type ToFrame,
} from '../../shared/text-field-protocol.ts';

const options = readTextFieldQuery(location.search);
const secret = location.hash.slice(1);
// Nothing else needs the secret: keep it out of the frame's own address.
history.replaceState(null, '', `${location.pathname}${location.search}`);

/** A draft and the stored value it was typed over: offered back only while that value is still the stored one. */
interface Draft {
  base: string;
  value: string;
}

const draftStorageKey = options.draftKey ? `sourcelight-draft:${options.draftKey}` : null;

function readDraft(): Draft | null {
  if (!draftStorageKey) return null;
  try {
    const draft = JSON.parse(localStorage.getItem(draftStorageKey) ?? 'null') as Draft | null;
    return typeof draft?.base === 'string' && typeof draft.value === 'string' ? draft : null;
  } catch {
    return null;
  }
}

function writeDraft(draft: Draft | null): void {
  if (!draftStorageKey) return;
  try {
    if (draft && draft.value !== draft.base) localStorage.setItem(draftStorageKey, JSON.stringify(draft));
    else localStorage.removeItem(draftStorageKey);
  } catch {
    // Storage refused (full or disabled): the overlay still has the value.
  }
}

/**
 * The overlay's connect message. Listened for at once, before anything
 * renders: the overlay sends it on the frame's load event, which may come
 * before the first effect of a component runs.
 */
const connection = new Promise<{ port: MessagePort; value: string }>((resolve) => {
  const onConnect = (event: MessageEvent) => {
    const data = event.data as Partial<ConnectMessage> | null;
    if (!secret || data?.sourcelight !== 'text-field/connect' || data.secret !== secret) return;
    const port = event.ports[0];
    if (!port || typeof data.value !== 'string') return;
    window.removeEventListener('message', onConnect);
    resolve({ port, value: data.value });
  };
  window.addEventListener('message', onConnect);
});

function TextField() {
  const [value, setValue] = useState('');
  const [connected, setConnected] = useState(false);
  const port = useRef<MessagePort | null>(null);
  const base = useRef('');
  const current = useRef('');
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);

  const send = (message: FromFrame) => port.current?.postMessage(message);

  useEffect(() => {
    void connection.then(({ port: channel, value: stored }) => {
      port.current = channel;
      base.current = stored;
      const draft = readDraft();
      const restored = draft !== null && draft.base === stored && draft.value !== stored;
      current.current = restored ? draft.value : stored;
      setValue(current.current);
      setConnected(true);
      channel.onmessage = (message: MessageEvent<ToFrame>) => {
        const m = message.data;
        if (m.type === 'focus') field.current?.focus();
        else if (m.type === 'clear-draft') writeDraft(null);
        else if (m.type === 'read') send({ type: 'current', value: current.current });
        else if (m.type === 'saved') {
          base.current = m.value;
          writeDraft({ base: m.value, value: current.current });
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
    writeDraft({ base: base.current, value: current.current });
    send({ type: 'value', value: current.current, restored: false });
  };
  // Submit and Escape act on the key's release: acting on keydown may remove this frame and put the
  // focus back on the page, which would then receive the keyup.
  const armed = useRef<'submit' | 'escape' | null>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      armed.current = 'escape';
    } else if (event.key === 'Enter' && !event.isComposing && (options.multiline ? event.ctrlKey || event.metaKey : !event.shiftKey)) {
      event.preventDefault();
      armed.current = 'submit';
    } else {
      armed.current = null;
    }
  };
  const onKeyUp = (event: KeyboardEvent) => {
    const action = armed.current;
    if (!action || event.key !== (action === 'escape' ? 'Escape' : 'Enter')) return;
    armed.current = null;
    send({ type: action });
  };

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
    onKeyUp,
  };
  return options.multiline ? <textarea {...common} rows={options.rows ?? 3} /> : <input type="text" {...common} />;
}

render(<TextField />, document.getElementById('app')!);
