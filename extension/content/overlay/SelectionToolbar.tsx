// Appears beside a selection in the article: category, optional note, and a
// "Highlight" button. The controls are an extension page in a frame inside the
// closed shadow root (pages/selection-toolbar/), so the page sees none of the
// reader's pointer, mouse, key or focus events on them; this side keeps what
// the content script owns: the selection, the save, its retry and its undo.
// Saving changes nothing the page can observe that closing does not: the
// selection is left as it is either way, and the frame goes the same way. After
// a save or a close from the toolbar its frame stays where it was, the same
// size, for AFTER_ACTION_MS: a save's "Highlight saved." and its Undo are shown
// in it (never in a toast at the foot of the window, where a page probing
// `elementsFromPoint` would find it), a closed toolbar's frame is clear.
// A save by the keyboard command leaves the toolbar open, saying so, as it would
// be had nothing happened; the reader closes it as any open toolbar.
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
  AFTER_ACTION_MS,
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

/** A toolbar closed from its frame (or under the pointer): its frame stays for a while, showing `save`. */
interface Going {
  target: Pending;
  save: ToolbarSave;
  /** It stays until then whatever the pointer does; after that, until the pointer is off it (0: that only). */
  until: number;
}

/** A second trigger for the same passage within this time is the same key press. */
const REPEAT_TRIGGER_MS = 1_000;
/** How long a save waits for the frame to forget the note's draft before closing it anyway. */
const DRAFT_CLEAR_WAIT_MS = 2_000;

export interface SelectionToolbarProps {
  annotator: PageAnnotator;
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
  // A frame gone (disconnected or unmounted) answers no more: its waiting reads get no note, its clears are done.
  const releaseWaiting = () => {
    for (const resolve of waiting.current.reads.splice(0)) resolve(null);
    for (const resolve of waiting.current.clears.splice(0)) resolve();
  };
  const frame = usePrivateFrame<ToToolbar, FromToolbar, ToolbarView>(SELECTION_TOOLBAR_PAGE, () => selectionToolbarQuery(draftKey), {
    init: () => latest.current.view,
    onMessage: (m) => {
      if (m.type === 'current') waiting.current.reads.shift()?.(m.note);
      else if (m.type === 'draft-cleared') waiting.current.clears.shift()?.();
      else latest.current.onMessage(m);
    },
    onDisconnect: releaseWaiting,
  });
  const viewText = JSON.stringify(view);
  useEffect(() => {
    frame.post({ type: 'view', view });
  }, [viewText]);
  useEffect(() => releaseWaiting, []);
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

export function SelectionToolbar({ annotator, lookOnMount = false }: SelectionToolbarProps) {
  const { categories } = useAnnotator(annotator);
  const [pending, setPending] = useState<Pending | null>(null);
  /** A closed toolbar whose frame stays for now (see below). */
  const [going, setGoing] = useState<Going | null>(null);
  /** The highlight each opening of the toolbar saved (by its openId), for its Undo. */
  const saved = useRef(new Map<string, string>());
  /** Where the reader's pointer last showed in the page, and whether it was over our UI there. */
  const pointer = useRef<{ x: number; y: number; onUi: boolean } | null>(null);
  const [saveState, setSaveState] = useState<ToolbarSave>({ state: 'idle' });
  const [categoryId, setCategoryId] = useState<string>('');
  const lastTrigger = useRef<{ key: string; at: number } | null>(null);
  const frame = useRef<ToolbarFrameHandle | null>(null);
  const category = categoryId || categories.find((c) => c.id !== 'statement')?.id || 'claim';
  const latest = useRef({ category, pending, saveState, going });
  latest.current = { category, pending, saveState, going };

  /** Whether the reader's pointer is over `shown`'s frame, as far as the page's own mouse events tell. */
  const pointerOver = (shown: Pending): boolean => {
    const at = pointer.current;
    // Mouse events give whole pixels: the frame's box, a pixel wider each way.
    return (
      at?.onUi === true &&
      at.x >= shown.left - 1 &&
      at.x <= shown.left + TOOLBAR_FRAME.width + 1 &&
      at.y >= shown.top - 1 &&
      at.y <= shown.top + TOOLBAR_FRAME.height + 1
    );
  };

  // Every way the toolbar closes is the same to the page. Closed from the frame (close, Escape, a save, an Undo),
  // its frame stays as it is for AFTER_ACTION_MS from the reader's action, whatever came of it: a save's
  // confirmation and Undo are shown in it, otherwise it draws nothing. Then, and when the page's own events close
  // it (the selection went), it goes once the pointer is off it: a frame taken from under the pointer would make
  // the browser tell the page where the pointer is (on which control) and when.
  const closeFromFrame = (actedAt: number, save: ToolbarSave = { state: 'idle' }) => {
    const shown = latest.current.pending;
    if (!shown) return;
    if (save.state === 'idle') frame.current?.closed();
    setGoing({ target: shown, save, until: actedAt + AFTER_ACTION_MS });
    setPending(null);
    setSaveState({ state: 'idle' });
  };
  const closeFromPage = () => {
    const shown = latest.current.pending ?? latest.current.going?.target ?? null;
    if (shown && pointerOver(shown)) {
      frame.current?.closed();
      setGoing({ target: shown, save: { state: 'idle' }, until: 0 });
    } else setGoing(null);
    setPending(null);
    setSaveState({ state: 'idle' });
  };

  useEffect(() => {
    if (!going || going.until === 0) return;
    const timer = setTimeout(
      () => setGoing((now) => (now?.target.openId !== going.target.openId ? now : pointerOver(now.target) ? { ...now, until: 0 } : null)),
      Math.max(0, going.until - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [going]);

  /** Undo on a save's confirmation: the highlight taken back for good (nothing of it stays in the database). */
  const undo = async (openId: string) => {
    const recordId = saved.current.get(openId);
    if (!recordId) return;
    const show = (save: ToolbarSave) => setGoing((now) => (now?.target.openId === openId ? { ...now, save } : now));
    // An Undo on a toolbar still open (saved by the keyboard command) closes it as its close button does.
    if (latest.current.pending?.openId === openId) closeFromFrame(Date.now(), { state: 'saved' });
    try {
      await annotator.remove(recordId);
      await annotator.purge(recordId);
      saved.current.delete(openId);
      show({ state: 'undone' });
    } catch (error) {
      show({ state: 'saved', problem: `Not taken back: ${(error as Error).message}` });
    }
  };

  /**
   * Saves `target` with `note`; without one, with the note the toolbar holds for this passage, if it is open.
   * From the toolbar (`fromToolbar`) it then closes as its close button does; by the keyboard command it stays open.
   */
  const save = async (target: Pending, fromToolbar: boolean, note?: string) => {
    if (latest.current.saveState.state === 'saving') return;
    const actedAt = Date.now();
    setSaveState({ state: 'saving' });
    try {
      const shown = latest.current.pending?.saveId === target.saveId ? frame.current : null;
      const noteText = note ?? (await shown?.read()) ?? '';
      const record = await annotator.createHighlight(target.selectors, latest.current.category, noteText, target.saveId);
      if (noteText && shown) await shown.clearDraft();
      saved.current.set(target.openId, record.id);
      // The reader's selection is left as it is (clearing it would tell the page).
      if (latest.current.pending?.saveId !== target.saveId) return;
      if (fromToolbar) closeFromFrame(actedAt, { state: 'saved' });
      else setSaveState({ state: 'saved' });
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
    setGoing(null);
    void save(target, false);
    return true;
  };

  useEffect(() => {
    const look = () => {
      // A save under way, or a failed one, stays on screen until the reader retries or closes it.
      const { saveState: now, pending: open } = latest.current;
      if (now.state === 'saving' || now.state === 'failed') return;
      const described = annotator.describeSelection(window.getSelection());
      if (!described) return closeFromPage();
      const next = pendingAt(described.selectors, described.rect, open);
      // A toolbar saying its passage was saved (by the keyboard command) stays while that passage is selected.
      if (open && now.state !== 'idle' && next.draftKey === open.draftKey) return;
      setSaveState({ state: 'idle' });
      setPending(next);
      setGoing(null);
    };
    // The page's own mouse events say where the pointer is (over a frame of ours it is retargeted to our host, once,
    // as it comes in). Only listened to: the page gets them all the same.
    const onMouse = (event: MouseEvent) => {
      if (!event.isTrusted) return;
      const onUi = event.target instanceof Element && isSourcelightHost(event.target);
      pointer.current = { x: event.clientX, y: event.clientY, onUi };
      // Back over the page: a closed toolbar's frame, its time over, can go without the page hearing of it.
      if (!onUi) setGoing((now) => (now && now.until <= Date.now() ? null : now));
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

  const shown = pending ?? going?.target;
  if (!shown) return null;
  const view: ToolbarView = {
    categories: categories.filter((c) => c.id !== 'statement').map(({ id, label }) => ({ id, label })),
    category,
    save: pending ? saveState : (going?.save ?? { state: 'idle' }),
  };
  const onMessage = (openId: string) => (m: FromToolbar) => {
    if (m.type === 'undo') return void undo(openId);
    const target = latest.current.pending;
    if (target?.openId !== openId) {
      // Closing a save's confirmation: it draws nothing from now on (the frame stays its time all the same).
      if (m.type === 'close' && latest.current.going?.target.openId === openId) frame.current?.closed();
      return;
    }
    if (m.type === 'category') setCategoryId(m.id);
    else if (m.type === 'close') closeFromFrame(Date.now());
    else if (m.type === 'highlight') void save(target, true, m.note);
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
