// The selection toolbar (category, note, Highlight, Retry, close) for the
// overlay on outlet pages. It runs as an extension page in a frame inside the
// overlay's closed shadow root, so the page sees none of the reader's pointer,
// mouse, key or focus events on it, nor the note. It talks only over the
// MessagePort the overlay hands it with the secret from this page's address
// (shared/frame-connection.ts). The overlay owns the selection and the save and
// says what to show; the note is typed here and kept as a draft in
// extension-origin storage until a highlight is saved with it. A save's
// confirmation and its Undo are shown here too, in the same frame, so the page
// can tell a save from a close by nothing it can probe.
import { render } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import '../../ui/theme.css';
import './selection-toolbar.css';
import { connectionFromOverlay } from '../../shared/frame-connection.ts';
import {
  type FromToolbar,
  isToolbarView,
  readSelectionToolbarQuery,
  type ToolbarView,
  type ToToolbar,
} from '../../shared/selection-toolbar-protocol.ts';
import { draftStore } from '../text-field/drafts.ts';
import { trackHeldKeys, useKeyAction } from '../text-field/key-release.ts';

const drafts = draftStore(readSelectionToolbarQuery(location.search).draftKey);
// Listened for at once, before anything renders (see connectionFromOverlay).
const connection = connectionFromOverlay(isToolbarView);
const heldKeys = trackHeldKeys();

function SelectionToolbar() {
  const [view, setView] = useState<ToolbarView | null>(null);
  const [noteOpen, setNoteOpen] = useState(false);
  const [note, setNote] = useState('');
  const [restored, setRestored] = useState(false);
  const [closed, setClosed] = useState(false);
  /** A save asked for and not answered yet: shown as saving at once, not when the overlay's answer comes. */
  const [asked, setAsked] = useState(false);
  const port = useRef<MessagePort | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const latest = useRef({ noteOpen, note, view });
  latest.current = { noteOpen, note, view };
  const clear = useRef<HTMLDivElement>(null);
  const status = useRef<HTMLDivElement>(null);
  const undo = useRef<HTMLButtonElement>(null);

  // What the reader does leaves the frame only once no key is held (key-release.ts).
  const send = (message: FromToolbar) => heldKeys.afterRelease(() => port.current?.postMessage(message));
  const noteNow = () => (latest.current.noteOpen ? latest.current.note : '');

  useEffect(() => {
    void connection.then(({ port: channel, init }) => {
      port.current = channel;
      // A new highlight's note starts empty: a draft typed for this passage is offered back.
      const draft = drafts.read();
      if (draft && draft.base === '' && draft.value) {
        setNote(draft.value);
        latest.current.note = draft.value;
        latest.current.noteOpen = true;
        setNoteOpen(true);
        setRestored(true);
      }
      setView(init);
      channel.onmessage = (message: MessageEvent<ToToolbar>) => {
        const m = message.data;
        if (m.type === 'view') {
          setView(m.view);
          setAsked(false);
        }
        else if (m.type === 'closed') setClosed(true);
        // Answered at once, in order after every input already handled: the port keeps order.
        else if (m.type === 'read') channel.postMessage({ type: 'current', note: noteNow() } satisfies FromToolbar);
        else if (m.type === 'clear-draft') {
          drafts.write(null);
          channel.postMessage({ type: 'draft-cleared' } satisfies FromToolbar);
        }
      };
    });
  }, []);

  // A layout effect: the focus moves in the render's own task, never a frame later out of a field clicked meanwhile.
  useLayoutEffect(() => {
    if (noteOpen) field.current?.focus();
  }, [noteOpen]);

  // Escape and Ctrl/Cmd+Enter wherever the focus is in the frame (its document's body too, after a click on the toolbar's edge).
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDownRef.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  // The frame is larger than the toolbar (its size never changes): a click on its clear part, pressed and released
  // there, closes the toolbar as a click beside it would. (The keyboard has Escape.)
  useEffect(() => {
    let pressedBeside = false;
    const beside = (event: MouseEvent) => event.target === clear.current || event.target === document.documentElement;
    const onMouseDown = (event: MouseEvent) => {
      pressedBeside = beside(event);
    };
    const onClick = (event: MouseEvent) => {
      if (pressedBeside && beside(event)) send({ type: 'close' });
    };
    document.addEventListener('mousedown', onMouseDown);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('mousedown', onMouseDown);
      document.removeEventListener('click', onClick);
    };
  }, []);

  const onKeyDown = useKeyAction<'close' | 'highlight'>(
    heldKeys,
    (event) => {
      if (event.key === 'Escape') return 'close';
      const inNote = event.target === field.current;
      if (inNote && event.key === 'Enter' && !event.isComposing && (event.ctrlKey || event.metaKey)) return 'highlight';
      return null;
    },
    (action) => {
      if (action === 'close') port.current?.postMessage({ type: 'close' } satisfies FromToolbar);
      else if (latest.current.view?.save.state !== 'saving') {
        setAsked(true);
        port.current?.postMessage({ type: 'highlight', note: noteNow() } satisfies FromToolbar);
      }
    },
  );

  // A failure (with its Retry) is brought into view: with the note open it may be below the toolbar's fold.
  const failure = view?.save.state === 'failed' ? view.save.message : null;
  useEffect(() => {
    if (failure) status.current?.scrollIntoView({ block: 'nearest' });
  }, [failure]);

  // A save confirmed: Undo takes the focus if the frame has it (the keyboard's next Enter takes the highlight
  // back). Never otherwise: moving the focus into the frame from the page would tell the page.
  const done = view?.save.state === 'saved' || view?.save.state === 'undone' ? view.save.state : null;
  // A layout effect: the focus moves in the render's own task, never a frame later out of a field clicked meanwhile.
  useLayoutEffect(() => {
    if (done === 'saved' && document.hasFocus()) undo.current?.focus();
  }, [done]);

  const onKeyDownRef = useRef(onKeyDown);
  onKeyDownRef.current = onKeyDown;

  if (!view || closed) return <div class="sl-clear" />;
  if (view.save.state === 'saved' || view.save.state === 'undone') {
    const { save } = view;
    return (
      <div class="sl-clear" ref={clear}>
        <div class="sl-toolbar sl-done">
          <p class="sl-done-text" role="status" aria-live="polite">
            {save.state === 'saved' ? 'Highlight saved.' : 'Highlight taken back.'}
            {save.state === 'saved' && save.problem && <span class="sl-error"> {save.problem}</span>}
          </p>
          {save.state === 'saved' && (
            <button type="button" class="sl-button sl-undo" ref={undo} onClick={() => send({ type: 'undo' })}>
              Undo
            </button>
          )}
          <button type="button" class="sl-button" aria-label="Close" onClick={() => send({ type: 'close' })}>
            ×
          </button>
        </div>
      </div>
    );
  }
  const saving = asked || view.save.state === 'saving';
  const failed = !asked && view.save.state === 'failed' ? view.save : null;
  const highlight = () => {
    if (saving) return;
    setAsked(true);
    send({ type: 'highlight', note: noteNow() });
  };
  return (
    <div class="sl-clear" ref={clear}>
      <div class="sl-toolbar" role="toolbar" aria-label="Highlight the selected text" aria-busy={saving ? 'true' : 'false'}>
        <select
          aria-label="Category"
          value={view.category}
          onChange={(e) => {
            const id = (e.target as HTMLSelectElement).value;
            setView({ ...view, category: id });
            send({ type: 'category', id });
          }}
        >
          {view.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
        <button type="button" class="sl-button sl-primary" disabled={saving} onClick={highlight}>
          {saving ? 'Saving…' : noteOpen ? 'Highlight with note' : 'Highlight'}
        </button>
        <button type="button" class="sl-button" aria-expanded={noteOpen} onClick={() => setNoteOpen(!noteOpen)}>
          Note…
        </button>
        <button type="button" class="sl-button" aria-label="Close" onClick={() => send({ type: 'close' })}>
          ×
        </button>
        <textarea
          ref={field}
          hidden={!noteOpen}
          aria-label="Note"
          placeholder="Your note (only you can see it)"
          rows={3}
          value={note}
          onInput={(e) => {
            const value = (e.target as HTMLTextAreaElement).value;
            latest.current.note = value;
            setNote(value);
            drafts.write({ base: '', value });
          }}
        />
        {restored && view.save.state === 'idle' && <p class="sl-save-state">Your unsaved note for this passage is back.</p>}
        <div class="sl-status" role="status" aria-live="polite" ref={status}>
          {failed && (
            <p class="sl-error">
              {failed.message}{' '}
              {failed.retry && (
                <button type="button" class="sl-button" onClick={highlight}>
                  Retry
                </button>
              )}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}

render(<SelectionToolbar />, document.getElementById('app')!);
