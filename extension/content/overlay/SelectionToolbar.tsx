// Appears beside a selection in the article: category, optional note, and a
// "Highlight" button. The controls are an extension page in a frame inside the
// closed shadow root (pages/selection-toolbar/), so the page sees none of the
// reader's pointer, mouse, key or focus events on them; this side keeps what
// the content script owns: the selection, the save, its retry and its undo.
// Saving changes nothing the page can observe that closing does not: the
// selection is left as it is either way, and the frame goes the same way.
// The browser command highlight-selection (Alt+Shift+H by default,
// remappable) highlights the selection straight away; a page cannot fake it,
// and page-dispatched events (isTrusted false) are ignored here.
// A save is never silent: the toolbar stays with "Saving…" until the worker
// confirms, and a failure is shown in it with the selection and note kept and
// a Retry that sends the same save (same id) again. The note is kept in the
// frame as a draft until the save succeeds, so it is offered back after a
// failure, a reload or on reopening the passage.

import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { TextTargetSelectors } from '../../../src/anchoring/selectors.ts';
import type { TabMessage } from '../../shared/messages.ts';
import {
  type FromToolbar,
  SELECTION_TOOLBAR_PAGE,
  selectionToolbarQuery,
  TOOLBAR_FRAME,
  type ToolbarSave,
  type ToolbarView,
  type ToToolbar,
} from '../../shared/selection-toolbar-protocol.ts';
import { draftKeyOf } from '../../shared/text-field-protocol.ts';
import { ExtensionUpdatedError } from '../../shared/worker-client.ts';
import type { PageAnnotator } from '../highlights/page-annotator.ts';
import { isSourcelightHost } from '../host-element.ts';
import { randomId } from '../random-id.ts';
import type { ToastMessage } from './Toast.tsx';
import { useAnnotator } from './use-annotator.ts';
import { usePrivateFrame } from './use-private-frame.ts';

interface Pending {
  selectors: TextTargetSelectors;
  top: number;
  left: number;
  /** One id per passage selected: a retry of this save is recognised by the worker. */
  saveId: string;
  draftKey: string;
  /** One per opening of the toolbar on a passage: its frame's key. */
  openId: string;
}

/** A second trigger for the same passage within this time is the same key press. */
const REPEAT_TRIGGER_MS = 1_000;
/** How long a save waits for the frame to forget the note's draft before closing it anyway. */
const DRAFT_CLEAR_WAIT_MS = 2_000;

export interface SelectionToolbarProps {
  annotator: PageAnnotator;
  toast: (m: ToastMessage) => void;
  /** Look at the current selection as soon as the toolbar mounts (it was mounted because of one). */
  lookOnMount?: boolean;
}

function draftKeyFor(selectors: TextTargetSelectors): string {
  return draftKeyOf(location.origin + location.pathname, String(selectors.position.start), selectors.quote.exact);
}

/** What the toolbar's frame can be asked, for the passage it shows. */
interface ToolbarFrameHandle {
  /** The note as the frame has it now ('' when not open); null when the frame is not connected. */
  read(): Promise<string | null>;
  /** Forgets the note's draft (it was saved); resolves once the frame has, or when it cannot answer. */
  clearDraft(): Promise<void>;
  /** The toolbar is closed: the frame draws nothing (it stays until the pointer leaves it). */
  closed(): void;
}

interface ToolbarFrameProps {
  draftKey: string;
  view: ToolbarView;
  onMessage: (message: FromToolbar) => void;
  handle: (handle: ToolbarFrameHandle) => void;
}

function ToolbarFrame({ draftKey, view, onMessage, handle }: ToolbarFrameProps) {
  const waiting = useRef<{ reads: ((note: string | null) => void)[]; clears: (() => void)[] }>({ reads: [], clears: [] });
  const latest = useRef({ view, onMessage });
  latest.current = { view, onMessage };
  const frame = usePrivateFrame<ToToolbar, FromToolbar, ToolbarView>(SELECTION_TOOLBAR_PAGE, () => selectionToolbarQuery(draftKey), {
    init: () => latest.current.view,
    onMessage: (m) => {
      if (m.type === 'current') waiting.current.reads.shift()?.(m.note);
      else if (m.type === 'draft-cleared') waiting.current.clears.shift()?.();
      else latest.current.onMessage(m);
    },
    onDisconnect: () => {
      for (const resolve of waiting.current.reads.splice(0)) resolve(null);
      for (const resolve of waiting.current.clears.splice(0)) resolve();
    },
  });
  const viewText = JSON.stringify(view);
  useEffect(() => {
    frame.post({ type: 'view', view });
  }, [viewText]);
  useEffect(
    () => () => {
      for (const resolve of waiting.current.reads.splice(0)) resolve(null);
      for (const resolve of waiting.current.clears.splice(0)) resolve();
    },
    [],
  );
  handle({
    closed: () => void frame.post({ type: 'closed' }),
    read: () =>
      new Promise((resolve) => {
        waiting.current.reads.push(resolve);
        if (!frame.post({ type: 'read' })) waiting.current.reads.pop()?.(null);
      }),
    clearDraft: () =>
      new Promise((resolve) => {
        const done = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          waiting.current.clears = waiting.current.clears.filter((c) => c !== done);
          resolve();
        }, DRAFT_CLEAR_WAIT_MS);
        waiting.current.clears.push(done);
        if (!frame.post({ type: 'clear-draft' })) {
          waiting.current.clears.pop();
          done();
        }
      }),
  });

  if (!frame.src) {
    return (
      <p class="sl-error sl-toolbar-updated" role="alert">
        {new ExtensionUpdatedError().message}
      </p>
    );
  }
  return (
    <iframe
      key={frame.key}
      ref={frame.ref}
      class="sl-toolbar-frame"
      src={frame.src}
      title="Highlight the selected text"
      onLoad={frame.onLoad}
    />
  );
}

export function SelectionToolbar({ annotator, toast, lookOnMount = false }: SelectionToolbarProps) {
  const { categories } = useAnnotator(annotator);
  const [pending, setPending] = useState<Pending | null>(null);
  /** A closed toolbar whose frame is still under the pointer (see below). */
  const [leaving, setLeaving] = useState<Pending | null>(null);
  /** Where the reader's pointer last showed in the page, and whether it was over our UI there. */
  const pointer = useRef<{ x: number; y: number; onUi: boolean } | null>(null);
  const [saveState, setSaveState] = useState<ToolbarSave>({ state: 'idle' });
  const [categoryId, setCategoryId] = useState<string>('');
  const lastTrigger = useRef<{ key: string; at: number } | null>(null);
  const frame = useRef<ToolbarFrameHandle | null>(null);
  const category = categoryId || categories.find((c) => c.id !== 'statement')?.id || 'claim';
  const latest = useRef({ category, pending, saveState });
  latest.current = { category, pending, saveState };

  // Every way the toolbar closes is the same to the page. A frame taken from under the pointer would make the
  // browser tell the page where the pointer is (on which control) and when (as soon as anything changes, such as
  // the toast after a save): a closed toolbar's frame stays, drawing nothing, until the pointer leaves it.
  const close = () => {
    const shown = latest.current.pending;
    const at = pointer.current;
    // Mouse events give whole pixels: the frame's box, a pixel wider each way.
    const overFrame =
      shown !== null &&
      at?.onUi === true &&
      at.x >= shown.left - 1 &&
      at.x <= shown.left + TOOLBAR_FRAME.width + 1 &&
      at.y >= shown.top - 1 &&
      at.y <= shown.top + TOOLBAR_FRAME.height + 1;
    if (shown && overFrame) {
      setLeaving(shown);
      frame.current?.closed();
    }
    setPending(null);
    setSaveState({ state: 'idle' });
  };

  /** Saves `target` with `note`; without one, with the note the toolbar holds for this passage, if it is open. */
  const save = async (target: Pending, note?: string) => {
    if (latest.current.saveState.state === 'saving') return;
    setSaveState({ state: 'saving' });
    try {
      const shown = latest.current.pending?.saveId === target.saveId ? frame.current : null;
      const noteText = note ?? (await shown?.read()) ?? '';
      const record = await annotator.createHighlight(target.selectors, latest.current.category, noteText, target.saveId);
      if (noteText && shown) await shown.clearDraft();
      // Closed as the close button closes it; the reader's selection is left as it is (clearing it would tell the page).
      if (latest.current.pending?.saveId === target.saveId) close();
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
    const top = Math.max(8, Math.min(rect.bottom + 8, window.innerHeight - TOOLBAR_FRAME.height - 8));
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - TOOLBAR_FRAME.width - 8));
    const draftKey = draftKeyFor(selectors);
    // The same passage again (e.g. after a failure) keeps its save id, so a retry is one save.
    const same = previous?.draftKey === draftKey;
    return { selectors, top, left, saveId: same ? previous.saveId : randomId(), draftKey, openId: same ? previous.openId : randomId() };
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
    setLeaving(null);
    void save(target);
    return true;
  };

  useEffect(() => {
    const look = () => {
      // A failed save stays on screen until the reader retries or closes it.
      if (latest.current.saveState.state !== 'idle') return;
      const described = annotator.describeSelection(window.getSelection());
      if (!described) return close();
      setPending(pendingAt(described.selectors, described.rect, latest.current.pending));
      setLeaving(null);
    };
    // The page's own mouse events say where the pointer is (over a frame of ours it is retargeted to our host, once,
    // as it comes in). Only listened to: the page gets them all the same.
    const onMouse = (event: MouseEvent) => {
      if (!event.isTrusted) return;
      const onUi = event.target instanceof Element && isSourcelightHost(event.target);
      pointer.current = { x: event.clientX, y: event.clientY, onUi };
      // Back over the page: a closed toolbar's frame can go without the page hearing of it.
      if (!onUi) setLeaving(null);
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
    document.addEventListener('mousemove', onMouse, true);
    document.addEventListener('mouseover', onMouse, true);
    document.addEventListener('keyup', onKeyUp, true);
    document.addEventListener('keydown', onKeyDown, true);
    browser.runtime.onMessage.addListener(onCommand as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
    return () => {
      document.removeEventListener('pointerup', onPointerUp, true);
      document.removeEventListener('mousemove', onMouse, true);
      document.removeEventListener('mouseover', onMouse, true);
      document.removeEventListener('keyup', onKeyUp, true);
      document.removeEventListener('keydown', onKeyDown, true);
      browser.runtime.onMessage.removeListener(onCommand as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
    };
  }, [annotator]);

  const shown = pending ?? leaving;
  if (!shown) return null;
  const view: ToolbarView = {
    categories: categories.filter((c) => c.id !== 'statement').map(({ id, label }) => ({ id, label })),
    category,
    save: saveState,
  };
  const onMessage = (openId: string) => (m: FromToolbar) => {
    const target = latest.current.pending;
    if (target?.openId !== openId) return;
    else if (m.type === 'category') setCategoryId(m.id);
    else if (m.type === 'close') close();
    else if (m.type === 'highlight' && target) void save(target, m.note);
  };
  return (
    <div
      class={pending ? 'sl-toolbar' : 'sl-toolbar-leaving'}
      style={{ top: `${shown.top}px`, left: `${shown.left}px`, width: `${TOOLBAR_FRAME.width}px`, height: `${TOOLBAR_FRAME.height}px` }}
    >
      {/* One frame per opening on a passage: it offers back the note's draft for that passage. */}
      <ToolbarFrame
        key={shown.openId}
        draftKey={shown.draftKey}
        view={view}
        onMessage={onMessage(shown.openId)}
        handle={(h) => {
          frame.current = h;
        }}
      />
    </div>
  );
}
