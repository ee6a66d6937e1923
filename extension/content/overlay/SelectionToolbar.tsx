// Appears beside a selection in the article: category, optional note, and a
// "Highlight" button. The browser command highlight-selection (Alt+Shift+H by
// default, remappable) highlights the selection straight away; a page cannot
// fake it, and page-dispatched events (isTrusted false) are ignored here.
// A save is never silent: the toolbar stays with "Saving…" until the worker
// confirms, and a failure is shown in it with the selection and note kept and
// a Retry that sends the same save (same id) again. The note is typed in an
// extension-origin frame and kept there as a draft until the save succeeds,
// so it is offered back after a failure, a reload or on reopening the passage.

import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { TextTargetSelectors } from '../../../src/anchoring/selectors.ts';
import type { TabMessage } from '../../shared/messages.ts';
import { draftKeyOf } from '../../shared/text-field-protocol.ts';
import { ExtensionUpdatedError } from '../../shared/worker-client.ts';
import type { PageAnnotator } from '../highlights/page-annotator.ts';
import { isSourcelightHost } from '../host-element.ts';
import { randomId } from '../random-id.ts';
import { CategorySelect } from './HighlightsTab.tsx';
import { TextField, type TextFieldHandle } from './TextField.tsx';
import type { ToastMessage } from './Toast.tsx';
import { useAnnotator } from './use-annotator.ts';

interface Pending {
  selectors: TextTargetSelectors;
  top: number;
  left: number;
  /** One id per passage selected: a retry of this save is recognised by the worker. */
  saveId: string;
  draftKey: string;
}

type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'failed'; message: string; retry: boolean };

const TOOLBAR_WIDTH = 360;
/** A second trigger for the same passage within this time is the same key press. */
const REPEAT_TRIGGER_MS = 1_000;

export interface SelectionToolbarProps {
  annotator: PageAnnotator;
  toast: (m: ToastMessage) => void;
  /** Look at the current selection as soon as the toolbar mounts (it was mounted because of one). */
  lookOnMount?: boolean;
}

function draftKeyFor(selectors: TextTargetSelectors): string {
  return draftKeyOf(location.origin + location.pathname, String(selectors.position.start), selectors.quote.exact);
}

export function SelectionToolbar({ annotator, toast, lookOnMount = false }: SelectionToolbarProps) {
  const { categories } = useAnnotator(annotator);
  const [pending, setPending] = useState<Pending | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ state: 'idle' });
  const [categoryId, setCategoryId] = useState<string>('');
  const [noteOpen, setNoteOpen] = useState(false);
  const [restored, setRestored] = useState(false);
  const note = useRef('');
  const lastTrigger = useRef<{ key: string; at: number } | null>(null);
  const field = useRef<TextFieldHandle | null>(null);
  const category = categoryId || categories.find((c) => c.id !== 'statement')?.id || 'claim';
  const latest = useRef({ category, pending, saveState, noteOpen });
  latest.current = { category, pending, saveState, noteOpen };

  const close = () => {
    setPending(null);
    setSaveState({ state: 'idle' });
    setNoteOpen(false);
    setRestored(false);
    note.current = '';
  };

  const save = async (target: Pending, withNote: string) => {
    if (latest.current.saveState.state === 'saving') return;
    setSaveState({ state: 'saving' });
    try {
      // The note as the frame has it now: its last keystrokes may not have reached us before the click.
      const noteOfThisPassage = latest.current.noteOpen && latest.current.pending?.saveId === target.saveId;
      const noteText = noteOfThisPassage ? ((await field.current?.read()) ?? withNote) : withNote;
      const record = await annotator.createHighlight(target.selectors, latest.current.category, noteText, target.saveId);
      field.current?.clearDraft();
      if (latest.current.pending?.saveId === target.saveId) close();
      window.getSelection()?.removeAllRanges();
      // Undoing a save takes the highlight back for good: nothing of it stays in the database.
      toast({
        text: 'Highlight saved.',
        action: { label: 'Undo', run: () => void annotator.remove(record.id).then(() => annotator.purge(record.id)).catch(() => undefined) },
      });
    } catch (error) {
      const updated = error instanceof ExtensionUpdatedError;
      const message = updated ? (error as Error).message : `Not saved: ${(error as Error).message} Your selection and note are kept.`;
      setSaveState({ state: 'failed', message, retry: !updated });
    }
  };

  const pendingAt = (selectors: TextTargetSelectors, rect: DOMRect, previous: Pending | null): Pending => {
    const top = Math.min(rect.bottom + 8, window.innerHeight - 160);
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - TOOLBAR_WIDTH - 8));
    const draftKey = draftKeyFor(selectors);
    // The same passage again (e.g. after a failure) keeps its save id, so a retry is one save.
    const saveId = previous?.draftKey === draftKey ? previous.saveId : randomId();
    return { selectors, top, left, saveId, draftKey };
  };

  const highlightSelectionNow = (): boolean => {
    const described = annotator.describeSelection(window.getSelection());
    if (!described) return false;
    // One key press may arrive twice (the browser's command and the page-level fallback): save once.
    const { start, end } = described.selectors.position;
    const trigger = `${start}-${end}`;
    const previous = lastTrigger.current;
    if (previous && previous.key === trigger && Date.now() - previous.at < REPEAT_TRIGGER_MS) return true;
    lastTrigger.current = { key: trigger, at: Date.now() };
    const target = pendingAt(described.selectors, described.rect, latest.current.pending);
    setPending(target);
    void save(target, latest.current.pending?.saveId === target.saveId && latest.current.noteOpen ? note.current : '');
    return true;
  };

  useEffect(() => {
    const look = () => {
      // A failed save stays on screen until the reader retries or closes it.
      if (latest.current.saveState.state !== 'idle') return;
      const described = annotator.describeSelection(window.getSelection());
      if (!described) return close();
      const next = pendingAt(described.selectors, described.rect, latest.current.pending);
      if (next.draftKey !== latest.current.pending?.draftKey) {
        setNoteOpen(false);
        setRestored(false);
        note.current = '';
      }
      setPending(next);
    };
    const onPointerUp = (event: PointerEvent) => {
      if (!event.isTrusted) return;
      // Clicks inside the overlay (ours) keep the toolbar as it is.
      const target = event.target as Element | null;
      if (target && isSourcelightHost(target)) return;
      setTimeout(look, 0);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (!event.isTrusted) return;
      if (event.shiftKey || event.key.startsWith('Arrow')) look();
    };
    // Alt+Shift+H in the page, from the reader's own keyboard only: where the browser does not deliver its
    // highlight-selection command (a browser that hands the keys to the page, as Firefox under automation does).
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.isTrusted || !(event.altKey && event.shiftKey && event.code === 'KeyH')) return;
      if (highlightSelectionNow()) event.preventDefault();
    };
    // The highlight-selection command comes from the browser (through the worker), never from the page.
    const onCommand = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
      if ((message as TabMessage | null)?.type !== 'selection/highlight') return false;
      sendResponse(highlightSelectionNow());
      return false;
    };
    if (lookOnMount) look();
    document.addEventListener('pointerup', onPointerUp, true);
    document.addEventListener('keyup', onKeyUp, true);
    document.addEventListener('keydown', onKeyDown, true);
    browser.runtime.onMessage.addListener(onCommand as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
    return () => {
      document.removeEventListener('pointerup', onPointerUp, true);
      document.removeEventListener('keyup', onKeyUp, true);
      document.removeEventListener('keydown', onKeyDown, true);
      browser.runtime.onMessage.removeListener(onCommand as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
    };
  }, [annotator]);

  if (!pending) return null;
  const saving = saveState.state === 'saving';
  return (
    <div
      class="sl-toolbar"
      role="toolbar"
      aria-label="Highlight the selected text"
      aria-busy={saving ? 'true' : 'false'}
      style={{ top: `${pending.top}px`, left: `${pending.left}px` }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <CategorySelect categories={categories} value={category} onChange={setCategoryId} />
      <button
        type="button"
        class="sl-button sl-primary"
        disabled={saving}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => void save(pending, noteOpen ? note.current : '')}
      >
        {saving ? 'Saving…' : noteOpen ? 'Highlight with note' : 'Highlight'}
      </button>
      <button
        type="button"
        class="sl-button"
        aria-expanded={noteOpen}
        onClick={() => {
          setNoteOpen(!noteOpen);
          if (!noteOpen) queueMicrotask(() => field.current?.focus());
        }}
      >
        Note…
      </button>
      <button type="button" class="sl-button" aria-label="Close" onClick={close}>
        ×
      </button>
      {/* Always there (hidden until wanted) so a kept draft for this passage is offered back. */}
      <TextField
        key={pending.draftKey}
        label="Note"
        placeholder="Your note (only you can see it)"
        multiline
        rows={3}
        value=""
        draftKey={pending.draftKey}
        hidden={!noteOpen}
        handle={(h) => {
          field.current = h;
        }}
        onValue={(value, fromDraft) => {
          note.current = value;
          if (fromDraft && value) {
            setNoteOpen(true);
            setRestored(true);
          }
        }}
        onSubmit={() => void save(pending, note.current)}
        onEscape={close}
      />
      {restored && saveState.state === 'idle' && <p class="sl-save-state">Your unsaved note for this passage is back.</p>}
      <div role="status" aria-live="polite" style={{ width: '100%' }}>
        {saveState.state === 'failed' && (
          <p class="sl-error">
            {saveState.message}{' '}
            {saveState.retry && (
              <button type="button" class="sl-button" onMouseDown={(e) => e.preventDefault()} onClick={() => void save(pending, noteOpen ? note.current : '')}>
                Retry
              </button>
            )}
          </p>
        )}
      </div>
    </div>
  );
}
